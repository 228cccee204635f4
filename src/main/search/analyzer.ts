/**
 * Turns a written word into the term stored in and looked up from the index,
 * with lunr's English pipeline (stop word filter, Porter stemmer) preceded by
 * a possessive step lunr lacks, so "Kerry's" is found by "Kerry".
 */
import lunr from 'lunr';

/** Lowercase, typographic apostrophes made plain, possessive "'s" removed. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

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
  const term = normalized === '' || isStopWord(normalized) ? null : stem(normalized);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

/**
 * How a word reads for phrase verification: stop words are compared as
 * written (lowercased) since they are not in the index, other words by term.
 */
export function phraseForm(word: string): string {
  return analyzeWord(word) ?? normalizeWord(word);
}
