/**
 * Splits text into words with their exact UTF-16 ranges. lunr's own tokenizer
 * splits on whitespace and hyphens only, so its positions include quotes and
 * punctuation ("patience, → 6 chars); the reader needs ranges that cover the
 * word and nothing else, so words are found by what they are, not by what
 * separates them.
 */

export interface WordToken {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
  /** Ordinal of the word in its field, counting every word (stop words too), for phrase adjacency. */
  index: number;
}

// Letters, digits and combining marks; an apostrophe joins letters (Kerry's, don't),
// a dot or comma joins digits (600,000 and 2.5 stay one word).
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let index = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ word: match[0], start, end: start + match[0].length, index });
    index += 1;
  }
  return tokens;
}
