/** Where `value` is in `sorted[from, to)` (ascending), or -1 when it is not there. */
export function indexInSorted(sorted: Uint32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = sorted[middle]!;
    if (candidate === value) return middle;
    if (candidate < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
