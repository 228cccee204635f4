/**
 * The words either side of a match for a concordance line: about `chars`
 * characters, cut where a word ends rather than through it, kept inside the
 * match's block (a headline's words are not the next paragraph's context),
 * and on one line so rows line up.
 */
import type { TextRange } from '../../shared/model';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The context before `start`, from no earlier than `from` (the block's start). */
export function leftContext(text: string, from: number, start: number, chars: number): string {
  const cut = Math.max(from, start - chars);
  let piece = text.slice(cut, start);
  // Cut inside a word: drop its tail rather than show half of it.
  if (cut > from && /\S/.test(text[cut - 1] ?? '')) piece = piece.replace(/^\S*/, '');
  return oneLine(piece).trim();
}

/** The context after `end`, up to `to` (the block's end). */
export function rightContext(text: string, end: number, to: number, chars: number): string {
  const cut = Math.min(to, end + chars);
  let piece = text.slice(end, cut);
  if (cut < to && /\S/.test(text[cut] ?? '')) piece = piece.replace(/\S*$/, '');
  return oneLine(piece).trim();
}

/** The match and its context, as one concordance line. */
export function contextLine(text: string, block: TextRange, range: TextRange, chars: number): { left: string; match: string; right: string } {
  return {
    left: leftContext(text, block.start, range.start, chars),
    match: text.slice(range.start, range.end),
    right: rightContext(text, range.end, block.end, chars),
  };
}
