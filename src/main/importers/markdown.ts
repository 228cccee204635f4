/**
 * Markdown import: rendered to HTML by marked, then sanitized and walked like
 * any other HTML, so raw HTML inside the Markdown contributes its text and
 * nothing else. The first level-1 heading is the title unless front matter
 * names one.
 */
import { Marked } from 'marked';
import { normalizeLineEndings } from '../text/normalize';
import { buildArticle } from './article-builder';
import { toIsoDate } from './html-metadata';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks, takeText } from './html-to-blocks';
import type { ParsedArticle } from './plain-text';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

export function parseMarkdown(source: string, fileName: string): ParsedArticle {
  const { fields, body } = splitFrontMatter(normalizeLineEndings(source));
  const content = sanitizeHtml(markdown.parse(body, { async: false }));
  const frontMatterTitle = fields.get('title') ?? null;
  const heading = frontMatterTitle === null ? takeText(content, (element) => element.localName === 'h1') : null;
  return buildArticle({
    fileName,
    title: frontMatterTitle ?? heading,
    titleIsBodyText: heading !== null,
    byline: fields.get('author') ?? fields.get('authors') ?? null,
    siteName: fields.get('publisher') ?? fields.get('site') ?? null,
    publishedAt: toIsoDate(fields.get('date') ?? null),
    body: htmlToBlocks(content),
  });
}

/** The YAML-style header static site generators and Pandoc put between two `---` lines. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Reads only flat `key: value` lines, which is all Scholia uses; a full YAML
 * parser would be one more dependency for fields nobody shows.
 */
export function splitFrontMatter(source: string): { fields: Map<string, string>; body: string } {
  const match = FRONT_MATTER.exec(source);
  const fields = new Map<string, string>();
  if (!match) return { fields, body: source };
  for (const line of match[1]!.split('\n')) {
    const field = /^([A-Za-z][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (!field) continue;
    const value = unquote(field[2]!);
    if (value !== '') fields.set(field[1]!.toLowerCase(), value);
  }
  return { fields, body: source.slice(match[0].length) };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  const inner = quoted ? quoted[2]! : value;
  // A YAML flow list of authors: [Ada Lovelace, Charles Babbage]
  const list = /^\[(.*)\]$/.exec(inner);
  return list ? list[1]!.split(',').map((item) => unquote(item.trim())).join(', ') : inner;
}
