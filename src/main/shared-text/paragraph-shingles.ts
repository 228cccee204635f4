/**
 * A paragraph reduced to what copying keeps: its words, folded (case, quote
 * marks, dashes, spacing and punctuation do not count), without the wire
 * dateline a reprint adds ("BEIRUT (Reuters) -"), hashed into a set of word
 * shingles. Scripts written without spaces are shingled by characters, as
 * they have no spaces to find words at.
 */
import { UNSPACED_SCRIPT } from '../text/scripts';

/** Words per shingle: two keeps a one-word edit of a short paragraph above the threshold. */
export const SHINGLE_WORDS = 2;
/** Paragraphs shorter than this many words are boilerplate ("Read more", a byline) and never flagged. */
export const MIN_WORDS = 8;
/** Characters count as words in unspaced scripts, and say less each. */
export const MIN_UNSPACED_CHARACTERS = 20;
/** A paragraph longer than this is not wire copy (a whole document without breaks); it is left out, keeping time and memory bounded. */
export const MAX_PARAGRAPH_CHARS = 20_000;

// "BEIRUT (Reuters) -", "WASHINGTON, May 4 (AP) —", "LONDON (AFP) –": place, optional date, agency in brackets, a dash.
const WIRE_DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\([\p{L} .&-]{2,30}\)\s*[-–—:]+\s*/u;
/** Credit lines and page furniture that every article of an outlet repeats; only a short paragraph is taken for one. */
const BOILERPLATE = /^(?:(?:additional )?(?:reporting|writing|editing|compiled|translated) by|read (?:more|also|the full)|share (?:this|on)|follow (?:us|me)|click here|sign up|subscribe|copyright|all rights reserved|related (?:articles?|stories|coverage))\b/;
const BOILERPLATE_WORDS = 30;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const UNSPACED_CHARS = new RegExp(`${UNSPACED_SCRIPT.source}`, 'gu');

/** The words of a paragraph as compared: folded, dateline removed; unspaced scripts give one word per character. */
export function paragraphWords(text: string): string[] {
  const body = text.normalize('NFKC').replace(WIRE_DATELINE, '').toLowerCase();
  const words: string[] = [];
  for (const match of body.matchAll(WORD)) {
    const word = match[0];
    if (UNSPACED_SCRIPT.test(word)) {
      // Runs mixing scripts ("iPhone手机") keep their spaced part whole.
      let rest = '';
      for (const char of word) {
        if (UNSPACED_SCRIPT.test(char)) {
          if (rest) words.push(rest);
          rest = '';
          words.push(char);
        } else rest += char;
      }
      if (rest) words.push(rest);
    } else words.push(word);
  }
  return words;
}

/** Whether a paragraph is long enough to be worth comparing. */
export function isComparable(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const unspaced = words.filter((word) => word.length <= 2 && UNSPACED_CHARS.test(word)).length;
  UNSPACED_CHARS.lastIndex = 0;
  return unspaced * 2 > words.length ? words.length >= MIN_UNSPACED_CHARACTERS : words.length >= MIN_WORDS;
}

/** The paragraph's shingles as sorted, distinct 32-bit hashes; empty when it is too short or too long to compare. */
export function paragraphShingles(text: string): Uint32Array {
  if (text.length > MAX_PARAGRAPH_CHARS) return new Uint32Array(0);
  const words = paragraphWords(text);
  if (!isComparable(words) || (words.length <= BOILERPLATE_WORDS && BOILERPLATE.test(words.join(' ')))) return new Uint32Array(0);
  const hashes = words.map(hashString);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix32(h ^ hashes[i + j]!);
    shingles.add(h >>> 0);
  }
  return Uint32Array.from(shingles).sort();
}

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3's), spreading every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
