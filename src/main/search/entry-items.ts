/**
 * Finding an item among a term's entries in one field, which are sorted by
 * item. Items are numbered within their segment in two bytes (a segment holds
 * at most MAX_SEGMENT_ITEMS), half the memory and start-up reading of four.
 */

/** The first index in [from, to) whose item is at least `item` (to when none): a gallop, then a bisection. */
export function seekItem(items: Uint16Array, from: number, to: number, item: number): number {
  if (from >= to || items[from]! >= item) return from;
  // items[low] < item throughout; widen until items[high] >= item or the range ends.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < to && items[high]! < item) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > to) high = to;
  // Now items[low] < item, and items[high] >= item or high === to.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (items[middle]! < item) low = middle;
    else high = middle;
  }
  return high;
}

/** Where `item` is among entries [from, to), or -1 when it is not there. */
export function findItem(items: Uint16Array, from: number, to: number, item: number): number {
  const at = seekItem(items, from, to, item);
  return at < to && items[at] === item ? at : -1;
}
