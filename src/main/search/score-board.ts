/**
 * A query's running scores in flat typed arrays, one slot per item of the
 * index (segments numbered one after another), instead of an object per
 * matching item in a map: a common word matches most of a library, and the
 * map lookups and allocations were most of the time spent scoring it.
 *
 * The arrays are kept between queries and only the slots a query touched are
 * cleared after it, so a query costs what it matches, not the library's size.
 */
import type { Segment } from './segment';

/** A slot nobody looked at yet; then in (the item may match) or out (deleted, filtered, or too late). */
export const UNSEEN = 0;
export const IN = 1;
export const OUT = 2;

interface Buffers {
  scores: Float64Array;
  masks: Int32Array;
  states: Uint8Array;
  touched: Int32Array;
}

let spare: Buffers | null = null;

function buffersFor(size: number): Buffers {
  const buffers = spare && spare.states.length >= size ? spare : null;
  spare = null;
  if (buffers) return buffers;
  const capacity = Math.max(1024, Math.ceil(size * 1.25));
  return { scores: new Float64Array(capacity), masks: new Int32Array(capacity), states: new Uint8Array(capacity), touched: new Int32Array(capacity) };
}

export class ScoreBoard {
  readonly scores: Float64Array;
  readonly masks: Int32Array;
  readonly states: Uint8Array;
  /** The first slot of each segment. */
  readonly bases: Uint32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private buffers: Buffers | null;
  private closed = false;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly accepts: ((key: string) => boolean) | null,
  ) {
    this.bases = new Uint32Array(segments.length + 1);
    segments.forEach((segment, index) => {
      this.bases[index + 1] = this.bases[index]! + segment.size;
    });
    this.buffers = buffersFor(this.bases[segments.length]!);
    ({ scores: this.scores, masks: this.masks, states: this.states, touched: this.touched } = this.buffers);
  }

  /** From now on no slot that is not in already can come in (a required clause has run). */
  close(): void {
    this.closed = true;
  }

  /** Decides an unseen slot: in when the item is live and accepted, and no required clause has run yet. */
  admit(slot: number, segment: Segment, item: number): number {
    const state = this.closed || segment.isDeleted(item) || (this.accepts !== null && !this.accepts(segment.data.keys[item]!)) ? OUT : IN;
    this.states[slot] = state;
    this.touched[this.touchedCount++] = slot;
    return state;
  }

  /** The slot's state, deciding it if unseen. */
  stateOf(segmentIndex: number, item: number): number {
    const slot = this.bases[segmentIndex]! + item;
    const state = this.states[slot]!;
    return state === UNSEEN ? this.admit(slot, this.segments[segmentIndex]!, item) : state;
  }

  /** Every slot the query decided (in or out), in the order they were first seen; valid until release. */
  seenSlots(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }

  /** The segment (by index) a slot belongs to. */
  segmentOf(slot: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.bases[middle]! <= slot) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Clears what this query touched and hands the arrays to the next query. */
  release(): void {
    if (!this.buffers) return;
    const slots = this.bases[this.segments.length]!;
    // Past one slot in sixteen, clearing them one by one (a cache line each) costs more than clearing them all.
    if (this.touchedCount * 16 > slots) {
      this.states.fill(UNSEEN, 0, slots);
      this.scores.fill(0, 0, slots);
      this.masks.fill(0, 0, slots);
      this.touchedCount = 0;
    }
    for (let index = 0; index < this.touchedCount; index += 1) {
      const slot = this.touched[index]!;
      this.states[slot] = UNSEEN;
      this.scores[slot] = 0;
      this.masks[slot] = 0;
    }
    this.touchedCount = 0;
    spare = this.buffers;
    this.buffers = null;
  }
}
