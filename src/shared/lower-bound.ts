/** The first index of a sorted array whose item satisfies `atOrAfter` (false, then true, along the array); its length when none does. */
export function lowerBound<T>(items: readonly T[], atOrAfter: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (atOrAfter(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
