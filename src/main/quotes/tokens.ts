/**
 * Words and punctuation of a stretch of text with their offsets: the unit
 * the attribution rules read speaker phrases in. "Mr.", "U.S." and initials
 * keep their full stop, so a title is one token.
 */
import { HONORIFICS } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?|[,:;.!?—–()]/gu;

/** The tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const at = start + match.index;
    const word = match[0];
    const previous = tokens[tokens.length - 1];
    if (word === '.' && previous && previous.end === at && !previous.punct && keepsFullStop(previous.text)) {
      previous.text += '.';
      previous.end += 1;
      continue;
    }
    const punct = !/[\p{L}\p{N}]/u.test(word[0]!);
    tokens.push({ text: word, start: at, end: at + word.length, cap: !punct && /\p{Lu}/u.test(word[0]!), punct });
  }
  return tokens;
}

function keepsFullStop(word: string): boolean {
  return HONORIFICS.has(`${word}.`) || /^\p{Lu}$/u.test(word) || /^(?:St|Jr|Sr)$/.test(word);
}

/** The word without a possessive ending ("Kerry's" → "Kerry"). */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}
