/**
 * BM25 over the whole library, not per segment: statistics are summed over
 * all segments so an item scores the same whether it sits in a sealed segment
 * or in the small recent one (per-segment idf would bury new documents).
 */
import { FIELD_COUNT } from './fields';
import type { Segment } from './segment';

// lunr's defaults.
const K1 = 1.2;
const B = 0.75;

export interface FieldStatistics {
  items: Float64Array;
  averageLength: Float64Array;
}

export function fieldStatistics(segments: readonly Segment[]): FieldStatistics {
  const items = new Float64Array(FIELD_COUNT);
  const tokens = new Float64Array(FIELD_COUNT);
  for (const segment of segments) {
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      items[field]! += segment.fieldItems[field]!;
      tokens[field]! += segment.fieldTokens[field]!;
    }
  }
  const averageLength = new Float64Array(FIELD_COUNT);
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    averageLength[field] = items[field]! > 0 ? tokens[field]! / items[field]! : 1;
  }
  return { items, averageLength };
}

export function inverseDocumentFrequency(itemsWithField: number, itemsWithTerm: number): number {
  return Math.log(1 + (itemsWithField - itemsWithTerm + 0.5) / (itemsWithTerm + 0.5));
}

export function termFrequencyWeight(frequency: number, fieldLength: number, averageLength: number): number {
  return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * fieldLength) / averageLength));
}
