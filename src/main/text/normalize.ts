/**
 * Text normalization shared by every importer, so the same words always give
 * the same offsets, hashes and search tokens whatever file they came from.
 */

import { UNSPACED_SCRIPT } from './scripts';

// Zero-width space and stray byte-order marks carry no meaning for a reader and
// would make quotes fail to match; joiners (U+200C, U+200D) are kept because
// they change how some scripts and emoji render.
const INVISIBLE = /[\u200B\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalizes one block's text: NFC, one plain space between words, trimmed. */
export function normalizeInline(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Converts every line ending to `\n`. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Words as a reader counts them. A run of Chinese, Japanese or Thai has no
 * spaces to count by: its words are ICU's dictionary words, so a Chinese
 * article's length is not "3 words".
 */
export function countWords(text: string): number {
  let count = 0;
  for (const word of text.match(WORD) ?? []) {
    if (!UNSPACED_SCRIPT.test(word)) count += 1;
    else for (const segment of wordSegmenter.segment(word)) if (segment.isWordLike) count += 1;
  }
  return count;
}
