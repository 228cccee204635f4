/**
 * Expands a wildcard or fuzzy term into the index terms it stands for.
 *
 * A short prefix typed ahead ("ceasefire neg*") can stand for hundreds of
 * body words, and scoring every one of them is what makes plain lunr take a
 * second on a large library. Expansion is therefore capped: every completion
 * found in titles, bylines and tags (the small "headline" vocabulary, where a
 * half-typed word most likely points) plus the most frequent other completions.
 */
import type { TermClause } from './query-parser';
import type { Segment } from './segment';
import type { Vocabulary } from './vocabulary';

/** Completions kept besides headline terms; rarer completions are dropped. */
export const MAX_EXPANSIONS = 24;
/** Headline completions kept; bounds a one-letter prefix on a big tag vocabulary. */
export const MAX_HEADLINE_EXPANSIONS = 64;
/** A fuzzy match that is not the typed word itself counts for less. */
const FUZZY_WEIGHT = 0.7;

export interface ExpandedTerm {
  term: string;
  /** The term's number in the index's vocabulary; -1 when no segment holds it. */
  id: number;
  weight: number;
}

/** Expands over the vocabulary the segments share (once per query, not per segment). */
export function expandTerm(clause: TermClause, segments: readonly Segment[]): ExpandedTerm[] {
  const vocabulary = segments[0]?.vocabulary;
  if (!vocabulary) return [];
  return expandInVocabulary(clause, vocabulary);
}

export function expandInVocabulary(clause: TermClause, vocabulary: Vocabulary): ExpandedTerm[] {
  if (!clause.wildcard && clause.editDistance === 0) return [{ term: clause.term, id: vocabulary.idOf(clause.term), weight: 1 }];
  const trailingOnly = clause.wildcard && clause.term.indexOf('*') === clause.term.length - 1;
  const ids = trailingOnly
    ? vocabulary.withPrefix(clause.term.slice(0, -1))
    : clause.wildcard
      ? vocabulary.matching(wildcardPattern(clause.term))
      : vocabulary.within(clause.term, clause.editDistance);
  const byFrequency = ids
    .map((id) => ({ id, term: vocabulary.term(id), entries: vocabulary.entryCount(id), headline: vocabulary.isHeadline(id) }))
    .sort((a, b) => b.entries - a.entries || (a.term < b.term ? -1 : 1));
  const kept = new Map<number, string>();
  for (const { id, term, headline } of byFrequency) {
    if (headline && kept.size < MAX_HEADLINE_EXPANSIONS) kept.set(id, term);
  }
  let others = 0;
  for (const { id, term } of byFrequency) {
    if (others >= MAX_EXPANSIONS) break;
    if (kept.has(id)) continue;
    kept.set(id, term);
    others += 1;
  }
  return [...kept].map(([id, term]) => ({
    term,
    id,
    weight: clause.editDistance > 0 && term !== clause.term ? FUZZY_WEIGHT : 1,
  }));
}

function wildcardPattern(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'u');
}
