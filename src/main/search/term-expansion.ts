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

/** Completions kept besides headline terms; rarer completions are dropped. */
export const MAX_EXPANSIONS = 24;
/** Headline completions kept; bounds a one-letter prefix on a big tag vocabulary. */
export const MAX_HEADLINE_EXPANSIONS = 64;
/** A fuzzy match that is not the typed word itself counts for less. */
const FUZZY_WEIGHT = 0.7;

export interface ExpandedTerm {
  term: string;
  weight: number;
}

interface Candidate {
  entries: number;
  headline: boolean;
}

export function expandTerm(clause: TermClause, segments: readonly Segment[]): ExpandedTerm[] {
  if (!clause.wildcard && clause.editDistance === 0) return [{ term: clause.term, weight: 1 }];
  const candidates = new Map<string, Candidate>();
  const trailingOnly = clause.wildcard && clause.term.indexOf('*') === clause.term.length - 1;
  const pattern = clause.wildcard && !trailingOnly ? wildcardPattern(clause.term) : null;
  for (const segment of segments) {
    const ids = trailingOnly
      ? segment.termsWithPrefix(clause.term.slice(0, -1))
      : pattern
        ? segment.termsMatching(pattern)
        : segment.termsWithin(clause.term, clause.editDistance);
    for (const id of ids) {
      const term = segment.data.terms[id]!;
      const candidate = candidates.get(term) ?? { entries: 0, headline: false };
      candidate.entries += segment.entryCount(id);
      candidate.headline ||= segment.isHeadlineTerm(id);
      candidates.set(term, candidate);
    }
  }
  const byFrequency = [...candidates].sort((a, b) => b[1].entries - a[1].entries || (a[0] < b[0] ? -1 : 1));
  const kept = new Set<string>();
  for (const [term, candidate] of byFrequency) {
    if (candidate.headline && kept.size < MAX_HEADLINE_EXPANSIONS) kept.add(term);
  }
  let others = 0;
  for (const [term] of byFrequency) {
    if (others >= MAX_EXPANSIONS) break;
    if (kept.has(term)) continue;
    kept.add(term);
    others += 1;
  }
  return [...kept].map((term) => ({
    term,
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
