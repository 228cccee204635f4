/**
 * Carries offsets of an old version of a text into a new one through the
 * kept stretches of their diff, and says where a span of the new text came
 * from. This is the evidence for re-anchoring: a passage whose ends fall in
 * kept text has an exact image in the new version, and a span of the new
 * text made of kept text is an old occurrence, not a new one.
 */

import type { DiffSegment } from './version-diff';

/** A carried offset; `exact` is false when it fell inside changed text and was estimated by proportion (a search hint only). */
export interface MappedOffset {
  offset: number;
  exact: boolean;
}

/** How much of a span of the new text is kept old text from inside a given old span (`own`), and how much from elsewhere. */
export interface Origin {
  own: number;
  elsewhere: number;
}

/** Offsets of the old text carried into the new one, and the origin of new spans. */
export interface OffsetMap {
  /** Where a span starting at `oldOffset` starts now: text inserted right before it stays outside it. */
  start(oldOffset: number): MappedOffset;
  /** Where a span ending at `oldOffset` ends now: text inserted right after it stays outside it. */
  end(oldOffset: number): MappedOffset;
  /** The origin of new [from, to), against the old span [ownFrom, ownTo). */
  origin(from: number, to: number, ownFrom: number, ownTo: number): Origin;
  /**
   * The changes inside old [from, to) as carried by `start`/`end` (an
   * insertion at either edge stays outside): old and new side of each.
   */
  changesWithin(from: number, to: number): Change[];
}

/** One changed stretch: old [oldFrom, oldTo) became new [newFrom, newTo). */
export interface Change {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** Builds the map from a version diff's segments. */
export function offsetMap(segments: readonly DiffSegment[]): OffsetMap {
  // Kept blocks, sorted in both texts; a zero-length block at each end makes
  // every offset either inside a block or inside the change between two.
  const oldStarts: number[] = [0];
  const newStarts: number[] = [0];
  const lengths: number[] = [0];
  let oldAt = 0;
  let newAt = 0;
  for (const { kind, text } of segments) {
    if (kind === 'same') {
      oldStarts.push(oldAt);
      newStarts.push(newAt);
      lengths.push(text.length);
    }
    if (kind !== 'added') oldAt += text.length;
    if (kind !== 'removed') newAt += text.length;
  }
  oldStarts.push(oldAt);
  newStarts.push(newAt);
  lengths.push(0);

  const oldEnd = (i: number) => oldStarts[i]! + lengths[i]!;
  const newEnd = (i: number) => newStarts[i]! + lengths[i]!;
  // The last block starting at or before `offset`.
  const blockAt = (offset: number) => lastAtOrBefore(oldStarts, offset);

  // An offset past a block's end sits in the change that follows it: at its
  // edge the change's new side is taken whole (the passage began or ended
  // with words that changed); strictly inside it, the position is estimated.
  const inChange = (i: number, offset: number): MappedOffset => {
    if (offset === oldEnd(i)) return { offset: newEnd(i), exact: true };
    const [a, b, c, d] = [oldEnd(i), oldStarts[i + 1]!, newEnd(i), newStarts[i + 1]!];
    return { offset: c + Math.round(((offset - a) * (d - c)) / Math.max(1, b - a)), exact: false };
  };

  return {
    start(offset) {
      const i = blockAt(offset);
      if (offset < oldEnd(i) || offset === oldStarts[i]) return { offset: newStarts[i]! + offset - oldStarts[i]!, exact: true };
      return inChange(i, offset);
    },
    end(offset) {
      const i = blockAt(offset);
      // At a block's start, with nothing removed before it, text was only inserted there: end before it.
      if (offset === oldStarts[i] && i > 0 && oldEnd(i - 1) === offset) return { offset: newEnd(i - 1), exact: true };
      if (offset < oldEnd(i) || offset === oldStarts[i]) return { offset: newStarts[i]! + offset - oldStarts[i]!, exact: true };
      return inChange(i, offset);
    },
    origin(from, to, ownFrom, ownTo) {
      let own = 0;
      let elsewhere = 0;
      for (let i = Math.max(0, lastAtOrBefore(newStarts, from)); i < newStarts.length && newStarts[i]! < to; i += 1) {
        const lo = Math.max(from, newStarts[i]!);
        const hi = Math.min(to, newEnd(i));
        if (hi <= lo) continue;
        const oldLo = oldStarts[i]! + lo - newStarts[i]!;
        const inside = Math.max(0, Math.min(ownTo, oldLo + hi - lo) - Math.max(ownFrom, oldLo));
        own += inside;
        elsewhere += hi - lo - inside;
      }
      return { own, elsewhere };
    },
    changesWithin(from, to) {
      const changes: Change[] = [];
      for (let i = Math.max(0, blockAt(from)); i + 1 < oldStarts.length && oldEnd(i) <= to; i += 1) {
        const change = { oldFrom: oldEnd(i), oldTo: oldStarts[i + 1]!, newFrom: newEnd(i), newTo: newStarts[i + 1]! };
        const removes = change.oldTo > change.oldFrom;
        const inside = removes ? change.oldFrom >= from && change.oldTo <= to : change.oldFrom > from && change.oldFrom < to;
        if (inside && (removes || change.newTo > change.newFrom)) changes.push(change);
      }
      return changes;
    },
  };
}

/** Index of the last value at or before `value` in an ascending array (the first sentinel is 0, so never -1 for offsets ≥ 0). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
