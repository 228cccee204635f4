/**
 * Text normalization shared by every importer, so the same words always give
 * the same offsets, hashes and search tokens whatever file they came from.
 */

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

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
