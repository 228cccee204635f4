/**
 * Words in scripts written without spaces between them (Chinese, Japanese,
 * Thai, Lao, Khmer, Burmese), where only a dictionary can tell where a word
 * ends: ICU's, through Intl.Segmenter.
 *
 * The segmenter is used for those runs only. Measured here (Node 20) it is
 * two hundred times slower than the tokenizer's pattern on English text
 * (150 ms against 0.7 ms for 50,000 characters), and for the scripts with
 * spaces it finds the same words.
 */

export { UNSPACED_SCRIPT } from '../text/scripts';

// A fixed locale, so that words do not depend on the user's: ICU chooses its
// word dictionaries by script, not by locale.
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * ICU's word breaking slows down superlinearly on long strings (15 ms for
 * 50,000 characters in runs of 500, 74 ms in runs of 10,000), so a long run is
 * read in pieces of about this size, each resuming at the last word started.
 */
const PIECE = 1000;

/** Calls `found` with the start and end (in `text`) of each word of the run text[start, end). */
export function segmentRun(text: string, start: number, end: number, found: (start: number, end: number) => void): void {
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + PIECE);
    if (to < end && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
    let lastStart = -1;
    let lastEnd = -1;
    let lastWordLike = false;
    for (const segment of segmenter.segment(text.slice(from, to))) {
      if (lastWordLike) found(lastStart, lastEnd);
      lastStart = from + segment.index;
      lastEnd = lastStart + segment.segment.length;
      lastWordLike = segment.isWordLike === true;
    }
    if (lastStart === -1) return;
    // The last word of a piece may be cut: it is read again at the start of the next
    // piece, unless it began this one (a word that long is taken as it is).
    if (to < end && lastStart > from) {
      from = lastStart;
    } else {
      if (lastWordLike) found(lastStart, lastEnd);
      from = to;
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Where words (and the spaces and punctuation between them) begin in
 * text[from, to), plus `to`: places to cut a text without halving a word,
 * for texts with no space to cut at.
 */
export function wordBoundaries(text: string, from: number, to: number): number[] {
  const boundaries: number[] = [];
  for (const segment of segmenter.segment(text.slice(from, to))) boundaries.push(from + segment.index);
  boundaries.push(to);
  return boundaries;
}
