/**
 * Typed access to lunr's TokenSet automaton, used to expand fuzzy terms
 * against a segment's vocabulary. @types/lunr declares its factories as
 * instance methods; they are static in lunr 2.3.9.
 */
import lunr from 'lunr';

interface TokenSetFactories {
  fromArray(sortedTerms: string[]): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
}

const factories = lunr.TokenSet as unknown as TokenSetFactories;

/** `sortedTerms` must be in code-unit order (Array.prototype.sort's default). */
export function tokenSetOf(sortedTerms: string[]): lunr.TokenSet {
  return factories.fromArray(sortedTerms);
}

/** The terms of `vocabulary` within `editDistance` edits of `term`. */
export function fuzzyMatches(vocabulary: lunr.TokenSet, term: string, editDistance: number): string[] {
  return vocabulary.intersect(factories.fromFuzzyString(term, editDistance)).toArray();
}
