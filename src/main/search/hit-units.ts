/**
 * Grows matched words to the passage "Code all hits" proposes: the words
 * themselves, or the sentence or block around each. Worked out in the search
 * worker, which holds every document's text: proposing 20,000 sentences
 * across thousands of articles then costs no body reads in main and no texts
 * sent to the window. Offsets are the document's text offsets.
 */
import type { Block, TextRange } from '../../shared/model';
import type { HitUnit } from '../../shared/concordance';

const segmenters = new Map<string, Intl.Segmenter>();
/** One sentence segmenter per language: making one costs more than a segmentation. */
function sentenceSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(key, found);
  }
  return found;
}

/** The passages to propose for one document's matched words (inside `block`), sorted, overlapping ones merged. */
export function unitRanges(text: string, blocks: readonly Block[], ranges: readonly TextRange[], unit: HitUnit, locale?: string): TextRange[] {
  const grown = ranges.map((range) => {
    if (unit === 'words') return range;
    const block = blocks.find((candidate) => range.start >= candidate.start && range.start < candidate.end);
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
  for (const part of sentenceSegmenter(locale).segment(text.slice(block.start, block.end))) {
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
