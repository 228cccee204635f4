/**
 * Steps from a word to its neighbours directly in the text, by the same rules
 * as the tokenizer, without tokenizing. Phrase checks use it: a phrase of a
 * common word and a stop word ("said the") has a candidate in nearly every
 * document, and each candidate must cost a few character reads, not a regex
 * pass over a window. No closures or exceptions on this path: both showed up
 * in profiles.
 *
 * Returns null on a surrogate pair (astral characters) or a script written
 * without spaces (whose words only a dictionary can tell): the caller then
 * falls back to the tokenizer, which handles them.
 */
import { UNSPACED_SCRIPT } from './unspaced-words';

export interface WordBounds {
  start: number;
  end: number;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;

const NO = 0;
const YES = 1;
/** A surrogate or a script without spaces: the walker cannot tell, the tokenizer must. */
const UNSURE = 2;

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function wordUnit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? YES : NO;
  if (isSurrogate(code)) return UNSURE;
  const char = text[at]!;
  if (!NON_ASCII_WORD.test(char)) return NO;
  return UNSPACED_SCRIPT.test(char) ? UNSURE : YES;
}

function letter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? YES : NO;
  if (isSurrogate(code)) return UNSURE;
  return LETTER.test(text[at]!) ? YES : NO;
}

function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** Whether the character at `at` joins the word units on both its sides (Kerry's, 600,000, a soft hyphen). */
function joiner(text: string, at: number): number {
  if (at <= 0 || at + 1 >= text.length) return NO;
  const char = text[at];
  if (char === "'" || char === '’') {
    const before = wordUnit(text, at - 1);
    if (before !== YES) return before;
    return letter(text, at + 1);
  }
  if (char === '.' || char === ',') return isDigit(text, at - 1) && isDigit(text, at + 1) ? YES : NO;
  if (char === '\u00ad' || char === '\u200c' || char === '\u200d') {
    const before = wordUnit(text, at - 1);
    if (before !== YES) return before;
    return wordUnit(text, at + 1);
  }
  return NO;
}

/** Where the word starting at `start` ends; -1 where the tokenizer must tell. */
function endOfWord(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    let part = wordUnit(text, end);
    if (part === NO) part = joiner(text, end);
    if (part === UNSURE) return -1;
    if (part === NO) break;
    end += 1;
  }
  return end;
}

/** The word starting at `start`; null where the tokenizer must tell. */
export function wordAt(text: string, start: number): WordBounds | null {
  const end = endOfWord(text, start);
  return end === -1 ? null : { start, end };
}

/** Where the first word at or after `from` starts: text.length when there is none, -1 where the tokenizer must tell. */
export function nextWordStart(text: string, from: number): number {
  for (let start = from; start < text.length; start += 1) {
    const part = wordUnit(text, start);
    if (part === UNSURE) return -1;
    if (part === YES) return start;
  }
  return text.length;
}

/** The first word at or after `from`; undefined at the end of the text, null where the tokenizer must tell. */
export function nextWord(text: string, from: number): WordBounds | undefined | null {
  const start = nextWordStart(text, from);
  if (start === -1) return null;
  return start >= text.length ? undefined : wordAt(text, start);
}

/** The last word ending at or before `before`; undefined at the start of the text, null where the tokenizer must tell. */
export function previousWord(text: string, before: number): WordBounds | undefined | null {
  let end = before;
  for (; end > 0; end -= 1) {
    const part = wordUnit(text, end - 1);
    if (part === UNSURE) return null;
    if (part === YES) break;
  }
  if (end === 0) return undefined;
  let start = end - 1;
  while (start > 0) {
    let part = wordUnit(text, start - 1);
    if (part === NO) part = joiner(text, start - 1);
    if (part === UNSURE) return null;
    if (part === NO) break;
    start -= 1;
  }
  return { start, end };
}
