/**
 * Finds a vocabulary term's local number in a segment's sorted list of term
 * ids. A plain bisection of that list (tens of thousands of ids) missed the
 * cache at almost every step, and a type-ahead prefix asks it of every
 * segment for each of dozens of completions. Ids are bucketed by their high
 * bits instead: one read finds the few ids that can match, which share a
 * cache line or two.
 */

import { indexInSorted } from './sorted-search';

/** About this many ids share a bucket, on average. */
const IDS_PER_BUCKET = 8;

export class TermLookup {
  private readonly shift: number;
  /** Where each bucket's ids start in `ids`; one more than the bucket count, the last being `ids.length`. */
  private readonly starts: Uint32Array;

  /** `ids` must be ascending (a segment's are checked when it loads). */
  constructor(private readonly ids: Uint32Array) {
    const largest = ids.length === 0 ? 0 : ids[ids.length - 1]!;
    const spread = (largest + 1) / Math.max(1, ids.length / IDS_PER_BUCKET);
    this.shift = Math.max(0, Math.floor(Math.log2(spread)));
    const bucketCount = (largest >>> this.shift) + 1;
    this.starts = new Uint32Array(bucketCount + 1);
    let index = 0;
    for (let bucket = 0; bucket <= bucketCount; bucket += 1) {
      while (index < ids.length && ids[index]! >>> this.shift < bucket) index += 1;
      this.starts[bucket] = index;
    }
  }

  /** The position of `id` in the list, or -1 when it is not there. */
  localOf(id: number): number {
    const bucket = id >>> this.shift;
    if (bucket + 1 >= this.starts.length) return -1;
    return indexInSorted(this.ids, this.starts[bucket]!, this.starts[bucket + 1]!, id);
  }
}
