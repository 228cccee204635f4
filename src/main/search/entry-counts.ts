/**
 * How many times each entry's term occurs in its item's field, a byte per
 * entry: at 100,000 articles there are 35 million entries and almost every
 * count is below 255, so four bytes each were 104 MB of start-up reading for
 * nothing. A count of 255 or more is stored as 255 in the bytes and in full
 * in `large`: pairs (entry, count), ascending by entry, found by bisection.
 */

/** The byte that sends a count to the large ones. */
export const LARGE_COUNT = 255;

export function countAt(small: Uint8Array, large: Uint32Array, entry: number): number {
  const count = small[entry]!;
  return count < LARGE_COUNT ? count : largeCountAt(large, entry);
}

/** The full count of an entry marked large; 0 when `large` does not hold it (a damaged file is refused before that). */
function largeCountAt(large: Uint32Array, entry: number): number {
  let low = 0;
  let high = large.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = large[middle * 2]!;
    if (at === entry) return large[middle * 2 + 1]!;
    if (at < entry) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** Counts written in any order of entries, as a segment build fills them term by term. */
export class CountsWriter {
  readonly small: Uint8Array;
  private readonly pairs: number[] = [];

  constructor(entries: number) {
    this.small = new Uint8Array(entries);
  }

  set(entry: number, count: number): void {
    if (count < LARGE_COUNT) {
      this.small[entry] = count;
      return;
    }
    this.small[entry] = LARGE_COUNT;
    this.pairs.push(entry, count);
  }

  /** The large counts, ordered by entry. */
  large(): Uint32Array {
    const order = Array.from({ length: this.pairs.length / 2 }, (_, pair) => pair).sort((a, b) => this.pairs[a * 2]! - this.pairs[b * 2]!);
    const large = new Uint32Array(this.pairs.length);
    order.forEach((pair, at) => {
      large[at * 2] = this.pairs[pair * 2]!;
      large[at * 2 + 1] = this.pairs[pair * 2 + 1]!;
    });
    return large;
  }
}

/**
 * Whether the large counts hold together with the bytes: pairs ascending by
 * entry, each within the entries, marked 255 there and at least 255, and every
 * 255 byte has its pair. Returns the total of all counts, or -1 when they do not.
 */
export function totalOfCounts(small: Uint8Array, large: Uint32Array): number {
  if (large.length % 2 !== 0) return -1;
  const { sum, marked } = sumOfBytes(small);
  if (marked !== large.length / 2) return -1;
  let total = sum - marked * LARGE_COUNT;
  for (let pair = 0; pair < large.length; pair += 2) {
    const entry = large[pair]!;
    const count = large[pair + 1]!;
    if (entry >= small.length || small[entry] !== LARGE_COUNT || count < LARGE_COUNT || (pair > 0 && entry <= large[pair - 2]!)) return -1;
    total += count;
  }
  return total;
}

/**
 * The sum of the bytes and how many are 255, four bytes at a time where the
 * array is aligned: this runs over every entry of the index at start-up (35
 * million at 100,000 articles), where a byte at a time took 135 ms.
 */
function sumOfBytes(bytes: Uint8Array): { sum: number; marked: number } {
  let sum = 0;
  let marked = 0;
  let at = 0;
  if (bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
    for (let from = 0; from < words.length; from += WORDS_PER_LANE_SUM) {
      // Two bytes' sums per 16-bit lane: 64 words add at most 2 * 255 * 64 to a lane, and keep the whole a 31-bit integer.
      let lanes = 0;
      let full = 0;
      const to = Math.min(words.length, from + WORDS_PER_LANE_SUM);
      for (let word = from; word < to; word += 1) {
        const value = words[word]!;
        lanes += (value & 0x00ff00ff) + ((value >>> 8) & 0x00ff00ff);
        // A byte of the complement is zero exactly when the byte is 255: its high bit stays clear here.
        const complement = ~value;
        const nonZero = (((complement & 0x7f7f7f7f) + 0x7f7f7f7f) | complement) & 0x80808080;
        full += 4 - (Math.imul((nonZero >>> 7) | 0, 0x01010101) >>> 24);
      }
      sum += (lanes & 0xffff) + (lanes >>> 16);
      marked += full;
    }
    at = words.length * 4;
  }
  for (; at < bytes.length; at += 1) {
    sum += bytes[at]!;
    if (bytes[at] === LARGE_COUNT) marked += 1;
  }
  return { sum, marked };
}

const WORDS_PER_LANE_SUM = 64;
