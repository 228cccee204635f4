/**
 * Turns an item into what a segment stores: for each field, each index term
 * with the positions of its occurrences. Done once per upsert and cached for
 * the recent segment, so rebuilding that segment only regroups postings.
 */
import { analyzeWord, normalizeWord } from './analyzer';
import { fieldNumber } from './fields';
import { tokenize } from './tokenizer';
import type { SearchField } from './types';

/** Longest word length a position records exactly; longer words are highlighted by their first 255 units. */
export const MAX_RECORDED_LENGTH = 255;

export interface AnalyzedField {
  field: number;
  /** Indexed (non stop word) tokens, the length BM25 normalizes by. */
  length: number;
  /** term → flat [start, packed(index, length), near neighbours, far neighbours, ...] in field order (see POSITION_STRIDE). */
  terms: Map<string, number[]>;
}

export interface AnalyzedItem {
  key: string;
  fields: AnalyzedField[];
  tokenCount: number;
  /** The unindexed words beside an occurrence, as they read in a phrase; a word's place here plus one is its number in `neighbours`. */
  unindexed: string[];
}

/**
 * Numbers within one item take two bytes, so that an item never runs out of
 * them before the index does (which would record a word the index numbers as
 * unnumbered); the index maps them to its one-byte numbers (buildSegment).
 */
const ITEM_NUMBER_LIMIT = 0xffff;

/**
 * Numbers per occurrence in an analysis: its start, its packed ordinal and
 * length, the unindexed words right before and after it, then the unindexed
 * words two before and two after, each recorded only when the word between is
 * unindexed too (so "of the" before a word is known without its text).
 */
export const POSITION_STRIDE = 4;

/** The unindexed words on either side of an occurrence, by number (0: an indexed word, or none). */
export function packNeighbours(before: number, after: number): number {
  return before * 0x10000 + after;
}

export function neighbourBefore(packed: number): number {
  return packed >>> 16;
}

export function neighbourAfter(packed: number): number {
  return packed & 0xffff;
}

/** A position packs the word's ordinal (for phrases) and length (for ranges) into one 32-bit number. */
export function packPosition(index: number, length: number): number {
  return (index * 256 + Math.min(length, MAX_RECORDED_LENGTH)) >>> 0;
}

export function unpackIndex(packed: number): number {
  return Math.floor(packed / 256);
}

export function unpackLength(packed: number): number {
  return packed % 256;
}

export function analyzeFields(key: string, texts: Partial<Record<SearchField, string>>): AnalyzedItem {
  const fields: AnalyzedField[] = [];
  const unindexed: string[] = [];
  const numbers = new Map<string, number>();
  const numbersAsWritten = new Map<string, number>();
  /** An unindexed word's number in this item; the last one stands for every word past the limit. */
  const numberOf = (word: string): number => {
    let number = numbers.get(word);
    if (number === undefined) {
      // Past the limit every word shares the last number, which no word holds: the index records it as unnumbered.
      if (unindexed.length === ITEM_NUMBER_LIMIT - 1) return ITEM_NUMBER_LIMIT;
      unindexed.push(word);
      number = unindexed.length;
      numbers.set(word, number);
    }
    return number;
  };
  let tokenCount = 0;
  for (const [name, text] of Object.entries(texts) as [SearchField, string | undefined][]) {
    if (!text) continue;
    const tokens = tokenize(text);
    const analyzed = tokens.map((token) => analyzeWord(token.word));
    const unindexedAt = (at: number) => at >= 0 && at < tokens.length && analyzed[at] === null;
    const neighbour = (at: number) => {
      if (!unindexedAt(at)) return 0;
      // Keyed as written first: most stop words recur in one spelling, which then need not be normalized again.
      const word = tokens[at]!.word;
      let number = numbersAsWritten.get(word);
      if (number === undefined) numbersAsWritten.set(word, (number = numberOf(normalizeWord(word))));
      return number;
    };
    const terms = new Map<string, number[]>();
    let length = 0;
    tokens.forEach((token, at) => {
      const term = analyzed[at]!;
      if (term === null) return;
      length += 1;
      const positions = terms.get(term);
      const packed = packPosition(token.index, token.end - token.start);
      const near = packNeighbours(neighbour(at - 1), neighbour(at + 1));
      const far = packNeighbours(unindexedAt(at - 1) ? neighbour(at - 2) : 0, unindexedAt(at + 1) ? neighbour(at + 2) : 0);
      if (positions) positions.push(token.start, packed, near, far);
      else terms.set(term, [token.start, packed, near, far]);
    });
    if (length > 0) fields.push({ field: fieldNumber(name), length, terms });
    tokenCount += length;
  }
  fields.sort((a, b) => a.field - b.field);
  return { key, fields, tokenCount, unindexed };
}
