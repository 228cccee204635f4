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
   * A typed array, grown by doubling: a prefix's thousands of ranges as a
   * plain array were a fifth of what a query allocated, and each such
   * allocation brings the next pause of the garbage collector nearer.
   */
  flat = new Uint32Array(256);
  /** How many numbers of `flat` are in use. */
  length = 0;
  /** Where each segment's run starts in `flat` (in numbers), and where the last ends. */
  private readonly starts: Int32Array;
  private lastSegment = -1;

  constructor(segmentCount: number) {
    this.starts = new Int32Array(segmentCount + 1);
  }

  add(segmentIndex: number, expansion: number, field: number, from: number, to: number): void {
    if (segmentIndex < this.lastSegment) throw new Error('Term ranges are added segment by segment.');
    for (let skipped = this.lastSegment + 1; skipped <= segmentIndex; skipped += 1) this.starts[skipped] = this.length;
    this.lastSegment = segmentIndex;
    if (this.length + 4 > this.flat.length) {
      const larger = new Uint32Array(this.flat.length * 2);
      larger.set(this.flat);
      this.flat = larger;
    }
    const { flat } = this;
    flat[this.length] = segmentIndex;
    flat[this.length + 1] = expansion * FIELD_COUNT + field;
    flat[this.length + 2] = from;
    flat[this.length + 3] = to;
    this.length += 4;
  }

  /** The numbers of `flat` holding the segment's ranges: [start, end). */
  ofSegment(segmentIndex: number): [number, number] {
    const start = segmentIndex <= this.lastSegment ? this.starts[segmentIndex]! : this.length;
    const end = segmentIndex < this.lastSegment ? this.starts[segmentIndex + 1]! : this.length;
    return [start, end];
  }
}
