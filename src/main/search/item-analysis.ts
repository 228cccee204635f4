/**
 * Turns an item into what a segment stores: for each field, each index term
 * with the positions of its occurrences. Done once per upsert and cached for
 * the recent segment, so rebuilding that segment only regroups postings.
 */
import { analyzeWord } from './analyzer';
import { fieldNumber } from './fields';
import { tokenize } from './tokenizer';
import type { SearchField } from './types';

/** Longest word length a position records exactly; longer words are highlighted by their first 255 units. */
export const MAX_RECORDED_LENGTH = 255;

export interface AnalyzedField {
  field: number;
  /** Indexed (non stop word) tokens, the length BM25 normalizes by. */
  length: number;
  /** term → flat [start, packed(index, length), ...] in field order. */
  terms: Map<string, number[]>;
}

export interface AnalyzedItem {
  key: string;
  fields: AnalyzedField[];
  tokenCount: number;
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
  let tokenCount = 0;
  for (const [name, text] of Object.entries(texts) as [SearchField, string | undefined][]) {
    if (!text) continue;
    const terms = new Map<string, number[]>();
    let length = 0;
    for (const token of tokenize(text)) {
      const term = analyzeWord(token.word);
      if (term === null) continue;
      length += 1;
      const positions = terms.get(term);
      const packed = packPosition(token.index, token.end - token.start);
      if (positions) positions.push(token.start, packed);
      else terms.set(term, [token.start, packed]);
    }
    if (length > 0) fields.push({ field: fieldNumber(name), length, terms });
    tokenCount += length;
  }
  fields.sort((a, b) => a.field - b.field);
  return { key, fields, tokenCount };
}
