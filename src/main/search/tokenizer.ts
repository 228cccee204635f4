/**
 * Splits text into words with their exact UTF-16 ranges. lunr's own tokenizer
 * splits on whitespace and hyphens only, so its positions include quotes and
 * punctuation ("patience, → 6 chars); the reader needs ranges that cover the
 * word and nothing else, so words are found by what they are, not by what
 * separates them. Runs of scripts written without spaces (北京的学生) are
 * split into words by a dictionary (see unspaced-words).
 */
import { segmentRun, UNSPACED_SCRIPT } from './unspaced-words';

export interface WordToken {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
  /** Ordinal of the word in its field, counting every word (stop words too), for phrase adjacency. */
  index: number;
}

// Letters, digits and combining marks; an apostrophe joins letters (Kerry's, don't),
// a dot or comma joins digits (600,000 and 2.5 stay one word), and a soft hyphen or
// zero-width (non-)joiner, invisible, joins what stands on both its sides.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N})|[\u00ad\u200c\u200d](?=[\p{L}\p{N}\p{M}]))[\p{L}\p{N}\p{M}]+)*/gu;

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  // One scan of the text spares the check of every word in texts that need no dictionary.
  const unspaced = UNSPACED_SCRIPT.test(text);
  const push = (start: number, end: number) => {
    tokens.push({ word: text.slice(start, end), start, end, index: tokens.length });
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (unspaced && UNSPACED_SCRIPT.test(match[0])) segmentRun(text, start, end, push);
    else tokens.push({ word: match[0], start, end, index: tokens.length });
  }
  return tokens;
}
