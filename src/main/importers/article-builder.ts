/**
 * Assembles a ParsedArticle from what a format importer found, so every
 * format counts words, places the title and byline and names its fallback
 * title the same way the plain-text importer does.
 */
import { countWords, normalizeInline } from '../text/normalize';
import { buildDocumentText, type DraftBlock } from './document-builder';
import { ImportError } from './import-error';
import { MAX_BYLINE_LENGTH, MAX_SITE_NAME_LENGTH, MAX_TITLE_LENGTH, clipText, rawPrefix } from './metadata-limits';
import type { ParsedArticle } from './plain-text';

export interface ArticleParts {
  fileName: string;
  /** The title the file declares; null lets the file name stand in. */
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** The article's web address and language, already checked (see web-address.ts, language-tag.ts). */
  url?: string | null;
  language?: string | null;
  /** The body, without title or byline blocks: those are added here. */
  body: readonly DraftBlock[];
  /**
   * The title was lifted out of the body (a leading heading), so a file that
   * is nothing but that heading still has text. A title from metadata alone
   * (a page saved before its script rendered the article) does not count.
   */
  titleIsBodyText?: boolean;
}

/** Blocks that are about the article rather than part of it, so they do not count as words read. */
const UNCOUNTED_KINDS = new Set(['title', 'byline', 'caption']);

export function buildArticle(parts: ArticleParts): ParsedArticle {
  const body = parts.body.map((draft) => ({ kind: draft.kind, text: normalizeInline(draft.text) }));
  if (!body.some((draft) => draft.text !== '') && !(parts.titleIsBodyText && parts.title !== null)) {
    throw new ImportError('no-content', `"${parts.fileName}" contains no readable text.`);
  }
  const declaredTitle = parts.title === null ? '' : clipText(parts.title, MAX_TITLE_LENGTH);
  const title = declaredTitle !== '' ? declaredTitle : titleFromFileName(parts.fileName);
  const byline = cleanByline(parts.byline);
  const drafts: DraftBlock[] = [{ kind: 'title', text: title }];
  if (byline !== null) drafts.push({ kind: 'byline', text: byline });
  drafts.push(...dropRepeatedFrontMatter(body, title, byline));
  const { text, blocks } = buildDocumentText(drafts);
  const siteName = parts.siteName === null ? '' : clipText(parts.siteName, MAX_SITE_NAME_LENGTH);
  return {
    title,
    byline,
    source: siteName !== '' ? siteName : null,
    text,
    blocks,
    wordCount: drafts.filter((d) => !UNCOUNTED_KINDS.has(d.kind)).reduce((sum, d) => sum + countWords(d.text), 0),
    publishedAt: parts.publishedAt,
    siteName: siteName !== '' ? siteName : null,
    url: parts.url ?? null,
    language: parts.language ?? null,
  };
}

/** A title for a file that declares none: its name without extension, dashes turned to spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  if (base === '') return 'Untitled';
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function cleanByline(byline: string | null): string | null {
  if (byline === null) return null;
  const cleaned = normalizeInline(rawPrefix(byline, MAX_BYLINE_LENGTH))
    .replace(/^by\s+/i, '')
    .replace(/[\s,;|·•–—-]+$/u, '');
  return cleaned === '' ? null : clipText(cleaned, MAX_BYLINE_LENGTH);
}

/**
 * Pages and documents often repeat their headline and byline at the top of the
 * body; the title and byline blocks already carry them, and a duplicate would
 * make a quote of the headline match twice.
 */
function dropRepeatedFrontMatter(body: DraftBlock[], title: string, byline: string | null): DraftBlock[] {
  const lookahead = 3;
  const repeats = new Set([comparable(title)]);
  if (byline !== null) {
    repeats.add(comparable(byline));
    repeats.add(comparable(`By ${byline}`));
  }
  const nonEmpty = body.filter((draft) => draft.text !== '');
  const head = nonEmpty.slice(0, lookahead).filter((draft) => !repeats.has(comparable(draft.text)));
  return [...head, ...nonEmpty.slice(lookahead)];
}

function comparable(text: string): string {
  return text.toLocaleLowerCase().replace(/[\s.:]+$/u, '');
}
