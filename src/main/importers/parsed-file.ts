/**
 * What one imported file yields. Most files are one article; a feed, or a
 * news database's export, holds many, each of which becomes its own
 * document. Parts of a file left out on purpose (a feed item with a headline
 * and no text) are named in notes, so the user learns of them.
 */
import { ImportError } from './import-error';
import type { ParsedArticle } from './plain-text';

export interface ParsedFile {
  /** In the file's order; never empty (a file with no article is refused). */
  articles: ParsedArticle[];
  /** What of the file was left out, and why, in words for the user. */
  notes: string[];
}

/**
 * Far beyond one download from a news database (Nexis Uni hands out 100
 * articles at a time, Factiva 100) or any real feed, low enough that a file
 * claiming millions of articles is refused before it fills the library.
 */
export const MAX_ARTICLES_PER_FILE = 1_000;

/** A file that is one article. */
export const singleArticle = (article: ParsedArticle): ParsedFile => ({ articles: [article], notes: [] });

/** The one article a file holds, for uses that take one (a new version); a file of several is refused. */
export function onlyArticle(file: ParsedFile, fileName: string): ParsedArticle {
  if (file.articles.length === 1) return file.articles[0]!;
  throw new ImportError(
    'several-articles',
    `"${fileName}" holds ${file.articles.length.toLocaleString('en')} articles, not one. Import the file, then choose the article you mean.`,
  );
}

/** Refuses a file before its articles are read when it holds more than Scholia takes from one file. */
export function refuseTooManyArticles(count: number, fileName: string, what = 'articles'): void {
  if (count <= MAX_ARTICLES_PER_FILE) return;
  throw new ImportError(
    'too-large',
    `"${fileName}" holds ${count.toLocaleString('en')} ${what}; Scholia imports up to ${MAX_ARTICLES_PER_FILE.toLocaleString('en')} from one file. Split it into smaller files.`,
  );
}
