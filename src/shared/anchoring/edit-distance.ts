/**
 * Levenshtein distance with a cap, for checking that a passage's carried-over
 * text is still close to its stored quote. Only "within the cap or not"
 * matters there, so the table is computed in a band of width 2·max around
 * the diagonal: O(max · length) instead of O(length²), which keeps a
 * whole-page passage as cheap to check as a sentence.
 */

/** The edit distance between `a` and `b` when it is at most `max`; otherwise `max + 1`. Code units, like every offset here. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  const cap = Math.max(0, Math.floor(max));
  const over = cap + 1;
  if (Math.abs(a.length - b.length) > cap) return over;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  const width = b.length;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let j = 0; j <= width; j += 1) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - cap);
    const to = Math.min(width, i + cap);
    // Cells just outside the band count as "too far"; they are read by the next row.
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    if (to < width) current[to + 1] = over;
    const code = a.charCodeAt(i - 1);
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j += 1) {
      const substitute = previous[j - 1]! + (b.charCodeAt(j - 1) === code ? 0 : 1);
      const value = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every path to the end passes through this row: once all of it is over the cap, so is the answer.
    if (rowMin >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[width]!;
}
