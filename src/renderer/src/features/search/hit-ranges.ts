/**
 * Which passages "Code all hits" proposes: the matched words of a search, or
 * the sentence or block around each. Pure, so it is tested with tables.
 * Offsets are the document's text offsets, as search hits and blocks carry them.
 */
import type { Block, SearchResultsView, TextRange } from '../../../../shared/model';
import { segmenter } from '../reader/text-steps';

export type HitUnit = 'words' | 'sentence' | 'paragraph';

/** One proposed passage of one document. */
export interface ProposedPassage {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
}

/** The document hits' matched words, per document; everything else is counted as left out. */
export interface HitRanges {
  documents: { documentId: string; documentTitle: string; ranges: TextRange[] }[];
  /** Hits in notes, memos, existing passages or titles, which have no body text to code. */
  leftOut: number;
}

/** Blocks that are not the article's body: matches there are not coded. */
const NOT_BODY = new Set<Block['kind']>(['title', 'byline']);

export function bodyHitRanges(results: SearchResultsView, blocksOf: (documentId: string) => readonly Block[] | undefined): HitRanges {
  let leftOut = 0;
  const documents: HitRanges['documents'] = [];
  for (const group of results.groups) {
    const ranges: TextRange[] = [];
    for (const hit of group.hits) {
      const blocks = group.documentId ? blocksOf(group.documentId) : undefined;
      const body = hit.kind === 'document' && blocks ? hit.ranges.filter((r) => isBody(blocks, r)) : [];
      if (body.length === 0) leftOut++;
      ranges.push(...body);
    }
    if (group.documentId && ranges.length > 0) documents.push({ documentId: group.documentId, documentTitle: group.documentTitle, ranges });
  }
  return { documents, leftOut };
}

function isBody(blocks: readonly Block[], range: TextRange): boolean {
  const block = blockAt(blocks, range.start);
  return block !== undefined && !NOT_BODY.has(block.kind);
}

function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.find((block) => offset >= block.start && offset < block.end);
}

/** The passages to propose for one document's matched words, sorted, overlapping ones merged. */
export function unitRanges(text: string, blocks: readonly Block[], ranges: readonly TextRange[], unit: HitUnit, locale?: string): TextRange[] {
  const grown = ranges.map((range) => {
    if (unit === 'words') return range;
    const block = blockAt(blocks, range.start);
    if (!block) return range;
    if (unit === 'paragraph') return { start: block.start, end: Math.max(block.end, range.end) };
    return sentenceAround(text, block, range, locale);
  });
  return mergeOverlapping(grown);
}

export function mergeOverlapping(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Words ending in a full stop that do not end a sentence: titles and other common abbreviations. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'pres', 'st', 'mt', 'jr', 'sr', 'vs', 'approx', 'dept', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
/** Initialisms like "U.S." or "U.N.", and a single initial like "J.". */
const INITIALISM = /(?:^|[\s(“"‘'«])(?:\p{L}\.)+$/u;

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  if (INITIALISM.test(trimmed)) return true;
  const word = /([\p{L}.]+)\.$/u.exec(trimmed)?.[1]?.toLowerCase();
  return word !== undefined && ABBREVIATIONS.has(word);
}

/** Sentences of one block as ranges of the text, ends before the trailing spaces, abbreviations not ending one. */
export function blockSentences(text: string, block: Pick<Block, 'start' | 'end'>, locale?: string): TextRange[] {
  const sentences: TextRange[] = [];
  let joinNext = false;
  for (const part of segmenter(locale, 'sentence').segment(text.slice(block.start, block.end))) {
    const start = block.start + part.index;
    const end = start + part.segment.trimEnd().length;
    const last = sentences.at(-1);
    if (joinNext && last) last.end = end;
    else if (end > start) sentences.push({ start, end });
    joinNext = endsWithAbbreviation(part.segment);
  }
  return sentences;
}

function sentenceAround(text: string, block: Block, range: TextRange, locale: string | undefined): TextRange {
  const sentences = blockSentences(text, block, locale);
  const first = sentences.find((s) => range.start < s.end) ?? { start: range.start, end: range.end };
  const last = [...sentences].reverse().find((s) => range.end > s.start) ?? first;
  return { start: Math.min(first.start, range.start), end: Math.max(last.end, range.end) };
}

/** The default tag for a query: its words under `search/`, without search syntax. */
export function defaultTagPath(query: string): string {
  const words = query.replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).filter(Boolean).join(' ');
  return `search/${words || 'hits'}`;
}
