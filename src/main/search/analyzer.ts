/**
 * Turns a written word into the term stored in and looked up from the index:
 * lowercased and folded (accents and the like, see folding), then, for words
 * in Latin script, lunr's English pipeline (stop word filter, Porter stemmer)
 * preceded by a possessive step lunr lacks, so "Kerry's" is found by "Kerry".
 * The pipeline is English, so words in other scripts keep their folded form:
 * no English stop word or suffix is in them to remove.
 */
import lunr from 'lunr';
import { foldWord } from './folding';

/** Lowercase, folded, typographic apostrophes made plain, possessive "'s" removed. */
export function normalizeWord(word: string): string {
  const lower = foldWord(word.toLowerCase()).replace(/’/g, "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

const NON_LATIN_LETTER = /[^\P{L}\p{sc=Latin}]/u;

const stopWords = new Map<string, boolean>();

export function isStopWord(normalized: string): boolean {
  let stop = stopWords.get(normalized);
  if (stop === undefined) {
    stop = lunr.stopWordFilter(new lunr.Token(normalized, {})) === undefined;
    if (stopWords.size > 10_000) stopWords.clear();
    stopWords.set(normalized, stop);
  }
  return stop;
}

export function stem(normalized: string): string {
  return lunr.stemmer(new lunr.Token(normalized, {})).toString();
}

// The vocabulary of a library is small next to its word count, so most words
// are analyzed once; the cap keeps a pathological input from growing it forever.
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string | null>();

/** The index term for a written word, or null for a stop word (not indexed). */
export function analyzeWord(word: string): string | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const normalized = normalizeWord(word);
  const term = termOf(normalized);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

function termOf(normalized: string): string | null {
  if (normalized === '') return null;
  if (NON_LATIN_LETTER.test(normalized)) return normalized;
  return isStopWord(normalized) ? null : stem(normalized);
}

/**
 * How a word reads for phrase verification: stop words are compared as
 * written (lowercased) since they are not in the index, other words by term.
 */
export function phraseForm(word: string): string {
  return analyzeWord(word) ?? normalizeWord(word);
}
