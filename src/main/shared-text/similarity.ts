/**
 * The exact check a candidate pair must pass: the Jaccard similarity of
 * their shingle sets, or, for a copy that dropped a clause, how much of the
 * shorter paragraph the longer one contains.
 */

/** A copy with a changed word or two, different punctuation or a dateline. */
export const JACCARD_THRESHOLD = 0.7;
/** A copy that cut a clause or a sentence: nearly all of the shorter one is in the longer. */
export const CONTAINMENT_THRESHOLD = 0.9;
/** …yet the two must still be mostly the same text, so one sentence quoted in a long paragraph is not taken for a reprint. */
export const CONTAINED_JACCARD_FLOOR = 0.5;

export interface Overlap {
  jaccard: number;
  containment: number;
}

/** Overlap of two sorted, distinct hash arrays. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller };
}

/** The similarity to report for a pair, or null when they are not copies of each other. */
export function copySimilarity(a: Uint32Array, b: Uint32Array): number | null {
  const { jaccard, containment } = overlap(a, b);
  if (jaccard >= JACCARD_THRESHOLD) return jaccard;
  if (containment >= CONTAINMENT_THRESHOLD && jaccard >= CONTAINED_JACCARD_FLOOR) return containment;
  return null;
}
