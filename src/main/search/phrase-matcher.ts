/**
 * True phrase matching, which lunr lacks: the phrase's indexed words must sit
 * at consecutive word positions (checked on the stored word ordinals, so only
 * items holding every word are examined), and each candidate is then checked
 * against the text itself, because stop words are not in the index and
 * "cessation of hostilities" must not match "cessation by hostilities".
 */
import { analyzeWord, isStopWord, phraseForm } from './analyzer';
import { MAX_RECORDED_LENGTH, unpackIndex, unpackLength } from './item-analysis';
import type { Segment } from './segment';
import { tokenize, type WordToken } from './tokenizer';
import { nextWordStart, previousWord, wordAt, type WordBounds } from './word-walker';

export interface PhraseOccurrences {
  segmentIndex: number;
  item: number;
  field: number;
  /** Each occurrence, first word start to last word end, in the field's text. */
  spans: { start: number; end: number }[];
}

export interface PhraseSearch {
  words: readonly string[];
  fields: readonly number[];
  segments: readonly Segment[];
  isWanted: (segment: Segment, item: number) => boolean;
  /** The text of an item's field, by segment and local item number (so it can be cached per segment). */
  fieldText: (segment: Segment, item: number, field: number) => string;
}

interface PhraseTerm {
  term: string;
  /** Word offset within the phrase. */
  offset: number;
}

/** The phrase's indexed words with their offsets; empty when the phrase is only stop words. */
export function phraseTerms(words: readonly string[]): PhraseTerm[] {
  const terms: PhraseTerm[] = [];
  words.forEach((word, offset) => {
    const term = analyzeWord(word);
    if (term !== null) terms.push({ term, offset });
  });
  return terms;
}

export function findPhrase(search: PhraseSearch): PhraseOccurrences[] {
  const terms = phraseTerms(search.words);
  if (terms.length === 0) return [];
  const forms = search.words.map(phraseForm);
  const found: PhraseOccurrences[] = [];
  // Reused across items: a phrase of a common word examines tens of thousands of them.
  const entries: number[] = new Array<number>(terms.length).fill(-1);
  const occurrences: Uint32Array[] = terms.map(() => new Uint32Array(0));
  const candidates: Candidate[] = [];
  search.segments.forEach((segment, segmentIndex) => {
    const ids = terms.map((term) => segment.termId(term.term));
    if (ids.includes(-1)) return;
    for (const field of search.fields) {
      const ranges = ids.map((id) => segment.fieldEntries(id, field));
      if (ranges.some(([from, to]) => from === to)) continue;
      // Walk the rarest word's items and look the others up: far fewer probes.
      let anchor = 0;
      ranges.forEach(([from, to], index) => {
        const [anchorFrom, anchorTo] = ranges[anchor]!;
        if (to - from < anchorTo - anchorFrom) anchor = index;
      });
      const [anchorFrom, anchorTo] = ranges[anchor]!;
      for (let entry = anchorFrom; entry < anchorTo; entry += 1) {
        const item = segment.data.entryItem[entry]!;
        if (!search.isWanted(segment, item)) continue;
        let present = true;
        for (let t = 0; t < terms.length && present; t += 1) {
          entries[t] = t === anchor ? entry : segment.findEntry(ranges[t]![0], ranges[t]![1], item);
          present = entries[t] !== -1;
        }
        if (!present) continue;
        for (let t = 0; t < terms.length; t += 1) occurrences[t] = segment.occurrences(entries[t]!, scratch(t));
        candidateStarts(terms, occurrences, anchor, candidates);
        if (candidates.length === 0) continue;
        const spans = verify(search.fieldText(segment, item, field), candidates, forms, terms[anchor]!.offset);
        if (spans.length > 0) found.push({ segmentIndex, item, field, spans });
      }
    }
  });
  return found;
}

/** Where the phrase would start, by word ordinal and by the anchor word's offset in the text. */
interface Candidate {
  start: number;
  anchorAt: number;
  /** The anchor word's length as indexed (capped at MAX_RECORDED_LENGTH). */
  anchorLength: number;
}

/** Fills `candidates` with the starts where every indexed word of the phrase sits at its offset. */
function candidateStarts(terms: PhraseTerm[], occurrences: Uint32Array[], anchor: number, candidates: Candidate[]): void {
  candidates.length = 0;
  const anchorOccurrences = occurrences[anchor]!;
  const anchorOffset = terms[anchor]!.offset;
  for (let at = 0; at < anchorOccurrences.length; at += 2) {
    const start = unpackIndex(anchorOccurrences[at + 1]!) - anchorOffset;
    if (start < 0) continue;
    let placed = true;
    for (let t = 0; t < terms.length && placed; t += 1) {
      if (t !== anchor) placed = hasWordAt(occurrences[t]!, start + terms[t]!.offset);
    }
    if (placed) candidates.push({ start, anchorAt: anchorOccurrences[at]!, anchorLength: unpackLength(anchorOccurrences[at + 1]!) });
  }
}

// Reused decode buffers, one per phrase word.
const scratchBuffers: Uint32Array[] = [];
function scratch(slot: number): Uint32Array {
  return (scratchBuffers[slot] ??= new Uint32Array(256));
}

/** Whether occurrence pairs (in text order) include word number `index`. */
function hasWordAt(occurrences: Uint32Array, index: number): boolean {
  let low = 0;
  let high = occurrences.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = unpackIndex(occurrences[middle * 2 + 1]!);
    if (found === index) return true;
    if (found < index) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Generous room per word when reading a candidate's neighbourhood instead of the whole text. */
const CHARS_PER_WORD = 48;

/**
 * Checks each candidate against the text, stepping word by word out from the
 * anchor word (see word-walker); a window of the tokenizer is the fallback
 * for text the walker leaves to it.
 */
function verify(text: string, candidates: Candidate[], forms: string[], anchorOffset: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { start, anchorAt, anchorLength } of candidates) {
    let span = walkPhrase(text, anchorAt, anchorLength, forms, anchorOffset);
    if (span === null) {
      const words = wordsAround(text, anchorAt, anchorOffset, forms.length - anchorOffset - 1) ?? tokenize(text).slice(start, start + forms.length);
      span = matches(words, forms) ? { start: words[0]!.start, end: words.at(-1)!.end } : undefined;
    }
    if (span) spans.push(span);
  }
  return spans;
}

/** The phrase's span if the words around the anchor read as `forms`; undefined if not; null if the walker cannot tell. */
function walkPhrase(
  text: string,
  anchorAt: number,
  anchorLength: number,
  forms: string[],
  anchorOffset: number,
): { start: number; end: number } | undefined | null {
  // The anchor itself is known from the index to read right, and its length too unless it was capped.
  const anchor = anchorLength < MAX_RECORDED_LENGTH ? { start: anchorAt, end: anchorAt + anchorLength } : wordAt(text, anchorAt);
  if (anchor === null) return null;
  let first = anchor;
  for (let k = anchorOffset - 1; k >= 0; k -= 1) {
    const word = previousWord(text, first.start);
    if (word === null) return null;
    if (word === undefined || !readsAs(text, word, forms[k]!)) return undefined;
    first = word;
  }
  let last = anchor;
  for (let k = anchorOffset + 1; k < forms.length; k += 1) {
    const start = nextWordStart(text, last.end);
    if (start === -1) return null;
    if (start >= text.length || !mayReadAs(text, start, forms[k]!)) return undefined;
    const word = wordAt(text, start);
    if (word === null) return null;
    if (!readsAs(text, word, forms[k]!)) return undefined;
    last = word;
  }
  return { start: first.start, end: last.end };
}

/**
 * A first-letter check before reading a whole word: lowercasing, the
 * possessive step and the stemmer all keep a word's first letter, so a
 * different first letter settles most candidates after one character.
 */
function mayReadAs(text: string, start: number, form: string): boolean {
  const code = text.charCodeAt(start);
  if (code >= 128) return true;
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return lower === form.charCodeAt(0);
}

/** The `before` words preceding the word at `anchorAt`, that word, and the `after` words following it; null if the window is short. */
function wordsAround(text: string, anchorAt: number, before: number, after: number): WordToken[] | null {
  const windowStart = Math.max(0, anchorAt - (before + 1) * CHARS_PER_WORD);
  const windowEnd = Math.min(text.length, anchorAt + (after + 2) * CHARS_PER_WORD);
  const tokens = tokenize(text.slice(windowStart, windowEnd));
  const anchorIndex = tokens.findIndex((token) => token.start + windowStart === anchorAt);
  if (anchorIndex === -1) return null;
  const first = anchorIndex - before;
  const last = anchorIndex + after;
  // The first window word may be a cut word; it is only trusted when the window starts the text.
  if (first < (windowStart === 0 ? 0 : 1) || last >= tokens.length - (windowEnd === text.length ? 0 : 1)) return null;
  return tokens.slice(first, last + 1).map((token) => ({ ...token, start: token.start + windowStart, end: token.end + windowStart }));
}

/**
 * Whether the word in the text has the phrase form `form`. Most checks are of
 * a stop word against a different word, so a length test settles them before
 * any string is made.
 */
function readsAs(text: string, word: WordBounds, form: string): boolean {
  const length = word.end - word.start;
  // Lowercasing keeps the length and the possessive adds two; a stem is never longer than its word.
  if (length < form.length) return false;
  // A stop word is matched as written (lowercased), give or take a possessive.
  if (isStopWord(form) && length !== form.length && length !== form.length + 2) return false;
  if (length === form.length && text.slice(word.start, word.end).toLowerCase() === form) return true;
  return phraseForm(text.slice(word.start, word.end)) === form;
}

function matches(words: WordToken[], forms: string[]): boolean {
  return words.length === forms.length && words.every((token, k) => phraseForm(token.word) === forms[k]);
}
