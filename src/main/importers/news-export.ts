/**
 * A news database's export of many articles in one file (Nexis Uni's Word or
 * text download), split into one article each. It is told by its markers: at
 * least two lines reading "End of Document", which an ordinary document does
 * not have, so every other Word or text file is read as one article, as
 * before.
 */
import { buildArticle, titleFromFileName } from './article-builder';
import type { DraftBlock } from './document-builder';
import { readExportedArticle } from './exported-article';
import { ImportError } from './import-error';
import { refuseTooManyArticles, type ParsedFile } from './parsed-file';
import type { ParsedArticle } from './plain-text';

const END_OF_DOCUMENT = /^end of document$/i;
const MIN_MARKERS = 2;

/** True when `text` may hold an export's markers: a cheap test before the lines are looked at. */
export function mayBeNewsExport(text: string): boolean {
  const first = text.search(/end of document/i);
  return first !== -1 && /end of document/i.test(text.slice(first + 15));
}

/** The export's articles, or null when the lines are not an export (and are to be read as one article). */
export function findNewsExport(rawLines: readonly string[], fileName: string): ParsedFile | null {
  const lines = rawLines.map((line) => line.trim());
  const ends = lines.flatMap((line, index) => (END_OF_DOCUMENT.test(line) ? [index] : []));
  if (ends.length < MIN_MARKERS) return null;
  refuseTooManyArticles(ends.length, fileName);
  const articles: ParsedArticle[] = [];
  const notes: string[] = [];
  let start = 0;
  for (const [index, end] of ends.entries()) {
    const article = articleOf(lines.slice(start, end), fileName, index + 1);
    if (typeof article === 'string') notes.push(article);
    else articles.push(article);
    start = end + 1;
  }
  if (lines.slice(start).some((line) => line !== '')) notes.push(`The text after the last “End of Document” in "${fileName}" is no complete article; it was left out.`);
  if (articles.length === 0) throw new ImportError('no-content', `"${fileName}" is a news export of ${ends.length} articles, none of which holds any text.`);
  return { articles, notes };
}

/** The article, or a note saying why it was left out. */
function articleOf(lines: readonly string[], fileName: string, number: number): ParsedArticle | string {
  const read = readExportedArticle(lines);
  const body: DraftBlock[] = read.paragraphs.map((text) => ({ kind: 'paragraph', text }));
  if (read.highlight !== null) body.unshift({ kind: 'standfirst', text: read.highlight });
  const named = read.headline === null ? `Article ${number}` : `Article ${number}, “${read.headline}”,`;
  if (read.paragraphs.length === 0) return `${named} in "${fileName}" has no text; it was left out.`;
  return buildArticle({
    fileName,
    title: read.headline ?? `${titleFromFileName(fileName)}, article ${number}`,
    byline: read.byline,
    siteName: read.outlet,
    publishedAt: read.publishedAt,
    language: read.language,
    body,
  });
}
