/**
 * Plain-text import: turns a news-style .txt file (headline, standfirst,
 * byline, photo captions, body) into typed blocks over one normalized text.
 *
 * The heuristics are deliberately conservative: when a block is not clearly a
 * byline, standfirst or caption it stays a paragraph, because a mislabelled
 * paragraph is styled differently but a mislabelled byline hides body text.
 */
import type { Block } from '../../shared/model';
import { countWords, normalizeInline, normalizeLineEndings } from '../text/normalize';
import { findDateline } from './dateline';
import { buildDocumentText, type DraftBlock } from './document-builder';
import { ImportError } from './import-error';
import { MAX_BYLINE_LENGTH, MAX_TITLE_LENGTH, clipText } from './metadata-limits';

export interface ParsedArticle {
  title: string;
  byline: string | null;
  /** The publication, when the text names it (e.g. a "<Publication> Staff" byline). */
  source: string | null;
  text: string;
  blocks: Block[];
  wordCount: number;
  /** When the article was published, as an ISO 8601 date or date-time, if the file says. */
  publishedAt?: string | null;
  /** The website or publisher the file names (og:site_name, EPUB publisher). */
  siteName?: string | null;
  /** The article's web address, when the file gives it (a saved page's canonical address). */
  url?: string | null;
  /** The article's language as a BCP 47 tag, when the file says. */
  language?: string | null;
}

interface RawBlock {
  text: string;
  /** The block was one line repeated, as scraped photo captions often are. */
  repeated: boolean;
}

const MAX_TITLE_CHARS = 300;
/** A byline is a dozen words at most; a longer block is not tested (and its cleanup never runs over megabytes). */
const MAX_BYLINE_CHARS = 300;
const MAX_STANDFIRST_WORDS = 80;
const MAX_CAPTION_WORDS = 20;
const MAX_HEADING_WORDS = 12;
/** How many blocks after the title may still be front matter (standfirst, byline). */
const FRONT_MATTER_WINDOW = 3;
/** Scraped photo captions come doubled, at most tripled; more copies of a line are text, not a caption's repeat. */
const MAX_CAPTION_COPIES = 3;

const STAFF_BYLINE = /^(.+?)\s+(staff|staff writers?|reporters?|correspondents?|newsroom|news desk|desk|editors?)$/i;
const BY_BYLINE = /^by\s+\S/i;
// With the full stops of Chinese and Japanese, Arabic and Devanagari, so their paragraphs are not taken for captions.
const SENTENCE_END = /[.!?…:;"”’')\]。！？؟।」』]$/;

export function parsePlainText(input: string, fileName: string): ParsedArticle {
  const raw = splitBlocks(input);
  if (raw.length === 0) {
    throw new ImportError('empty', `"${fileName}" is empty: there is no text to import.`);
  }
  const drafts = classify(raw);
  const { text, blocks } = buildDocumentText(drafts);
  const titleDraft = drafts.find((d) => d.kind === 'title');
  const bylineDraft = drafts.find((d) => d.kind === 'byline');
  const byline = bylineDraft ? clipText(bylineName(bylineDraft.text), MAX_BYLINE_LENGTH) : null;
  const dateline = findDateline(raw.map((block) => block.text));
  return {
    title: clipText(titleDraft?.text ?? titleFromFileName(fileName, raw[0]!.text), MAX_TITLE_LENGTH),
    byline,
    source: (byline ? sourceFromByline(byline) : null) ?? dateline.agency,
    text,
    blocks,
    wordCount: drafts
      .filter((d) => d.kind !== 'title' && d.kind !== 'byline' && d.kind !== 'caption')
      .reduce((sum, d) => sum + countWords(d.text), 0),
    publishedAt: dateline.publishedAt,
  };
}

/** Splits on blank lines; lines inside a block are soft wraps and are joined. */
function splitBlocks(input: string): RawBlock[] {
  const lines = normalizeLineEndings(input).split('\n');
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    const cleaned = current.map(normalizeInline).filter((line) => line !== '');
    current = [];
    if (cleaned.length === 0) return;
    // Only a caption's repeat is collapsed: a few copies of one short line that is no sentence. Anything
    // else stays as written, however repetitive, because collapsing it would drop the text itself.
    const repeated =
      cleaned.length > 1 &&
      cleaned.length <= MAX_CAPTION_COPIES &&
      cleaned.every((line) => line === cleaned[0]) &&
      countWords(cleaned[0]!) <= MAX_CAPTION_WORDS &&
      !SENTENCE_END.test(cleaned[0]!);
    blocks.push({ text: repeated ? cleaned[0]! : cleaned.join(' '), repeated });
  };
  for (const line of lines) {
    if (normalizeInline(line) === '') flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

function classify(raw: RawBlock[]): DraftBlock[] {
  const drafts: DraftBlock[] = raw.map((block) => ({ kind: 'paragraph', text: block.text }));
  const hasTitle = raw.length > 1 && raw[0]!.text.length <= MAX_TITLE_CHARS;
  let bodyStart = 0;
  if (hasTitle) {
    drafts[0]!.kind = 'title';
    bodyStart = 1;
    const bylineAt = findByline(raw);
    if (bylineAt !== -1) {
      // Everything between headline and byline is the standfirst; one block at most.
      if (bylineAt === 2 && countWords(raw[1]!.text) <= MAX_STANDFIRST_WORDS) drafts[1]!.kind = 'standfirst';
      drafts[bylineAt]!.kind = 'byline';
      drafts[bylineAt]!.text = cleanByline(raw[bylineAt]!.text);
      bodyStart = bylineAt + 1;
    }
  }
  // Captions sit between the front matter and the first paragraph of the body.
  let index = bodyStart;
  while (index < raw.length - 1 && isCaptionLike(raw[index]!)) {
    drafts[index]!.kind = 'caption';
    index += 1;
  }
  for (; index < raw.length; index += 1) {
    const block = raw[index]!;
    if (block.repeated) drafts[index]!.kind = 'caption';
    else if (isHeadingLike(block.text) && index + 1 < raw.length) drafts[index]!.kind = 'heading';
  }
  return drafts;
}

function findByline(raw: RawBlock[]): number {
  const last = Math.min(raw.length - 2, FRONT_MATTER_WINDOW);
  for (let i = 1; i <= last; i += 1) {
    if (raw[i]!.text.length <= MAX_BYLINE_CHARS && isByline(cleanByline(raw[i]!.text))) return i;
  }
  return -1;
}

function isByline(text: string): boolean {
  if (countWords(text) > 12 || SENTENCE_END.test(text)) return false;
  return BY_BYLINE.test(text) || STAFF_BYLINE.test(text);
}

/** Strips the dangling separators scraped bylines end with ("Arutz Sheva Staff ,"). */
function cleanByline(text: string): string {
  return text.replace(/[\s,;|·•–—-]+$/u, '');
}

function bylineName(byline: string): string {
  return byline.replace(/^by\s+/i, '');
}

function sourceFromByline(byline: string): string | null {
  return STAFF_BYLINE.exec(byline)?.[1] ?? null;
}

function isCaptionLike(block: RawBlock): boolean {
  if (block.repeated) return true;
  return countWords(block.text) <= MAX_CAPTION_WORDS && !SENTENCE_END.test(block.text);
}

function isHeadingLike(text: string): boolean {
  const words = countWords(text);
  return words > 0 && words <= MAX_HEADING_WORDS && !SENTENCE_END.test(text) && !/[,]$/.test(text);
}

/** A title for a text that has none of its own: its file name, else its first words. */
function titleFromFileName(fileName: string, firstBlock: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  if (base !== '') return base.charAt(0).toUpperCase() + base.slice(1);
  const words = firstBlock.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : firstBlock;
}
