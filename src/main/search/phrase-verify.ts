/**
 * Checking a phrase candidate against the text itself: the index knows where
 * the indexed words stand, not the stop words between them, so "cessation of
 * hostilities" is confirmed (or refused) by reading the words around the
 * candidate's anchor word.
 */
import { phraseForm } from './analyzer';
import { MAX_RECORDED_LENGTH } from './item-analysis';
import { tokenize, type WordToken } from './tokenizer';
import { nextWordStart, previousWord, wordAt, type WordBounds } from './word-walker';

/** How each phrase word reads (see phraseForm), and whether it is a stop word, matched as written. */
export interface PhraseForms {
  forms: string[];
  stopWords: boolean[];
}

/** A candidate to check against the text: where the phrase would start (word ordinal), and the anchor word. */
export interface Candidate {
  start: number;
  anchorAt: number;
  /** The anchor word's length as indexed (capped at MAX_RECORDED_LENGTH). */
  anchorLength: number;
}

/** Generous room per word when reading a candidate's neighbourhood instead of the whole text. */
const CHARS_PER_WORD = 48;

/**
 * Checks a candidate against the text, stepping word by word out from the
 * anchor word (see word-walker); a window of the tokenizer is the fallback
 * for text the walker leaves to it.
 */
export function verify(text: string, candidate: Candidate, { forms, stopWords }: PhraseForms, anchorOffset: number): { start: number; end: number } | undefined {
  const { start, anchorAt, anchorLength } = candidate;
  const span = walkPhrase(text, anchorAt, anchorLength, forms, stopWords, anchorOffset);
  if (span !== null) return span;
  const words = wordsAround(text, anchorAt, anchorOffset, forms.length - anchorOffset - 1) ?? tokenize(text).slice(start, start + forms.length);
  return matches(words, forms) ? { start: words[0]!.start, end: words.at(-1)!.end } : undefined;
}

/** The phrase's span if the words around the anchor read as `forms`; undefined if not; null if the walker cannot tell. */
function walkPhrase(
  text: string,
  anchorAt: number,
  anchorLength: number,
  forms: string[],
  stopWords: boolean[],
  anchorOffset: number,
): { start: number; end: number } | undefined | null {
  // The anchor itself is known from the index to read right, and its length too unless it was capped.
  const anchor = anchorLength < MAX_RECORDED_LENGTH ? { start: anchorAt, end: anchorAt + anchorLength } : wordAt(text, anchorAt);
  if (anchor === null) return null;
  let first = anchor;
  for (let k = anchorOffset - 1; k >= 0; k -= 1) {
    const word = previousWord(text, first.start);
    if (word === null) return null;
    if (word === undefined || !readsAs(text, word, forms[k]!, stopWords[k]!)) return undefined;
    first = word;
  }
  let last = anchor;
  for (let k = anchorOffset + 1; k < forms.length; k += 1) {
    const start = nextWordStart(text, last.end);
    if (start === -1) return null;
    if (start >= text.length || !mayReadAs(text, start, forms[k]!)) return undefined;
    const word = wordAt(text, start);
    if (word === null) return null;
    if (!readsAs(text, word, forms[k]!, stopWords[k]!)) return undefined;
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
  // The window's edges are moved out of any word they fall in: a dictionary may split
  // a cut run of Chinese or Thai differently from the whole run.
  const windowStart = wordEdge(text, Math.max(0, anchorAt - (before + 1) * CHARS_PER_WORD), -1);
  const windowEnd = wordEdge(text, Math.min(text.length, anchorAt + (after + 2) * CHARS_PER_WORD), 1);
  if (windowStart === -1 || windowEnd === -1) return null;
  const tokens = tokenize(text.slice(windowStart, windowEnd));
  const anchorIndex = tokens.findIndex((token) => token.start + windowStart === anchorAt);
  if (anchorIndex === -1) return null;
  const first = anchorIndex - before;
  const last = anchorIndex + after;
  if (first < 0 || last >= tokens.length) return null;
  return tokens.slice(first, last + 1).map((token) => ({ ...token, start: token.start + windowStart, end: token.end + windowStart }));
}

/** Furthest a window edge is moved to leave a word; past it the whole text is tokenized instead. */
const MAX_EDGE_SHIFT = 256;
/** What can stand inside a word: letters, digits, marks, the characters that join them, and either half of a surrogate pair. */
const IN_WORD = /[\u200d\p{L}\p{N}\p{M}'’.,\u00ad\u200c\ud800-\udfff]/u;

/** The nearest position at or beyond `at` (towards `direction`) with no word across it; -1 if too far. */
function wordEdge(text: string, at: number, direction: -1 | 1): number {
  let edge = at;
  for (let shift = 0; shift <= MAX_EDGE_SHIFT; shift += 1) {
    if (edge <= 0 || edge >= text.length) return edge;
    if (!IN_WORD.test(text[edge - 1]!) || !IN_WORD.test(text[edge]!)) return edge;
    edge += direction;
  }
  return -1;
}

/**
 * Whether the word in the text has the phrase form `form`. Most checks are of
 * a stop word against a different word, so a length test settles them before
 * any string is made.
 */
function readsAs(text: string, word: WordBounds, form: string, stopWord: boolean): boolean {
  const length = word.end - word.start;
  // Folding can lengthen a word (ß→ss) or shorten it (a combining accent dropped), so
  // lengths tell only for words in ASCII.
  if (isAscii(text, word)) {
    // Lowercasing keeps the length and the possessive adds two; a stem is never longer than its word.
    if (length < form.length) return false;
    // A stop word is matched as written (lowercased), give or take a possessive. (Its
    // form, not a stem that reads like one: "one" stems to "on".)
    if (stopWord && length !== form.length && length !== form.length + 2) return false;
    if (length === form.length && text.slice(word.start, word.end).toLowerCase() === form) return true;
  }
  return phraseForm(text.slice(word.start, word.end)) === form;
}

function isAscii(text: string, word: WordBounds): boolean {
  for (let at = word.start; at < word.end; at += 1) if (text.charCodeAt(at) >= 128) return false;
  return true;
}

function matches(words: WordToken[], forms: string[]): boolean {
  return words.length === forms.length && words.every((token, k) => phraseForm(token.word) === forms[k]);
}
