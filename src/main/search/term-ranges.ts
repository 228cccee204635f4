/**
 * Where a query term's expansions sit among each segment's entries, found once
 * while the term is scored and read again for the spans of the hits shown: a
 * type-ahead prefix stands for dozens of completions, and looking each one up
 * again in a shown item's segment cost more than finding the item among them.
 */
import { FIELD_COUNT } from './fields';

export class TermRanges {
  /**
   * Per range four numbers: segment, expansion * FIELD_COUNT + field, first
   * entry, end. Added segment by segment, so a segment's ranges are one run.
   */
  readonly flat: number[] = [];
  /** Where each segment's run starts in `flat` (in numbers), and where the last ends. */
  private readonly starts: Int32Array;
  private lastSegment = -1;

  constructor(segmentCount: number) {
    this.starts = new Int32Array(segmentCount + 1);
  }

  add(segmentIndex: number, expansion: number, field: number, from: number, to: number): void {
    if (segmentIndex < this.lastSegment) throw new Error('Term ranges are added segment by segment.');
    for (let skipped = this.lastSegment + 1; skipped <= segmentIndex; skipped += 1) this.starts[skipped] = this.flat.length;
    this.lastSegment = segmentIndex;
    this.flat.push(segmentIndex, expansion * FIELD_COUNT + field, from, to);
  }

  /** The numbers of `flat` holding the segment's ranges: [start, end). */
  ofSegment(segmentIndex: number): [number, number] {
    const start = segmentIndex <= this.lastSegment ? this.starts[segmentIndex]! : this.flat.length;
    const end = segmentIndex < this.lastSegment ? this.starts[segmentIndex + 1]! : this.flat.length;
    return [start, end];
  }
}
