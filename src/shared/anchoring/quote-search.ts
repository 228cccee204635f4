/**
 * Finding a passage's quote in a text and weighing each place it turns up:
 * exact and approximate occurrences, scored by how well the stored context
 * around them still matches. The evidence rules (which candidates may be
 * accepted) live with the callers; this module only finds and scores.
 */

import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';

/**
 * Fuzzy matching allows at most this many errors per code unit of the quote.
 * Allowing more rescues passages through heavier edits but lets unrelated
 * text of similar shape win, and a passage silently moved to the wrong words
 * is worse than an orphan the user can see and re-attach; allowing fewer
 * orphans passages after a reworded phrase or re-flowed whitespace. A quarter
 * keeps a typical 40–200 character passage through a changed word or two
 * while staying well below the error rate at which English text matches
 * unrelated English text.
 */
export const MAX_ERROR_RATE = 0.25;

/**
 * Absolute cap on fuzzy errors: the matcher's cost grows with the error count
 * (about errors / 32 machine words per text character), so a whole-page
 * passage must not turn re-anchoring into a multi-second scan.
 */
export const MAX_FUZZY_ERRORS = 256;

/**
 * A quote at least this long that occurs once in the old version and once in
 * the new one, in text the new version added, is taken to have moved with its
 * paragraph even when its context changed. Shorter quotes ("the", a name)
 * recur by chance; and without the old text nothing shows that a lone
 * occurrence is not another one, so there every match needs its context.
 */
export const SELF_EVIDENT_LENGTH = 20;

/** Share of the stored context (prefix/suffix, averaged) a match needs around it to count as the passage's own place. */
export const MIN_CONTEXT_SIMILARITY = 0.5;

// Context decides between candidates, then how closely the quote matches
// (fuzzy candidates only; exact ones all match fully); nearness to the old
// position only breaks ties and near-ties: a candidate anywhere in the
// document loses at most POSITION_WEIGHT, about as much as 4 of 32 context
// characters.
const CONTEXT_WEIGHT = 1;
// Extra text compared around the stored context, so that up to this many
// inserted characters next to the passage cost one error each rather than
// pushing the context out of the window.
const CONTEXT_SLACK = 8;
const QUOTE_WEIGHT = 1;
const POSITION_WEIGHT = 0.125;

/** A span of the text where the quote (or something close to it) stands, with its edit count. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate weighed: `context` is the averaged stored-context similarity (0..1), `score` what ranks candidates. */
export interface Scored extends Candidate {
  score: number;
  context: number;
}

/** How many edits a fuzzy match of `exact` may have: MAX_ERROR_RATE of it, capped. */
export function maxErrorsFor(exact: string): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
}

/** Every occurrence of `exact` in `text`, overlapping ones included. */
export function exactMatches(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** Approximate occurrences of `exact` in the whole text, plus those near `hint` (see below). */
export function fuzzyMatches(text: string, exact: string, hint: number | undefined): Candidate[] {
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors < 1) return [];
  // The matcher reports only the spans with the lowest error count in the
  // whole text, so a lightly edited passage can lose to a closer look-alike
  // elsewhere; searching again around the old position keeps it a candidate,
  // and scoring (context first) decides between them.
  const found = withoutBlanks(text, search(text, exact, maxErrors));
  return hint === undefined ? found : [...found, ...fuzzyNear(text, exact, hint)];
}

/** Approximate occurrences of `exact` around `hint` only: the cheap search for a passage expected there. */
export function fuzzyNear(text: string, exact: string, hint: number): Candidate[] {
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors < 1) return [];
  const from = Math.max(0, hint - exact.length - maxErrors);
  const to = Math.min(text.length, hint + 2 * (exact.length + maxErrors));
  if (from >= to) return [];
  const found = search(text.slice(from, to), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  return withoutBlanks(text, found);
}

// A span of nothing but whitespace is never a passage.
const withoutBlanks = (text: string, found: Candidate[]) => found.filter((m) => m.end > m.start && text.slice(m.start, m.end).trim() !== '');

/** Weighs each candidate by stored context, closeness to the quote and nearness to `hint`. */
export function scoreCandidates(text: string, quote: TextQuoteSelector, hint: number | undefined, candidates: readonly Candidate[]): Scored[] {
  return candidates.map((candidate) => {
    const before = text.slice(Math.max(0, candidate.start - quote.prefix.length - CONTEXT_SLACK), candidate.start);
    const after = text.slice(candidate.end, candidate.end + quote.suffix.length + CONTEXT_SLACK);
    const prefix = contextSimilarity(quote.prefix, before);
    const suffix = contextSimilarity(reverse(quote.suffix), reverse(after));
    const context = averageContext(quote, prefix, suffix);
    const nearness = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
    const likeness = 1 - candidate.errors / quote.exact.length;
    const score = QUOTE_WEIGHT * likeness + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * nearness;
    return { ...candidate, score, context };
  });
}

/** The highest-scoring candidate (the first of equals), or null when there is none. */
export function bestOf(scored: readonly Scored[]): Scored | null {
  let winner: Scored | null = null;
  for (const candidate of scored) if (winner === null || candidate.score > winner.score) winner = candidate;
  return winner;
}

/** True when the stored context around a candidate is still there to show it is the passage's place. */
export const contextConfirms = (candidate: Scored) => candidate.context >= MIN_CONTEXT_SIMILARITY;

// Only stored context counts as evidence: a passage at the very start of a
// document has no prefix, and that absence must neither help nor hurt it.
function averageContext(quote: TextQuoteSelector, prefix: number, suffix: number): number {
  const parts = [quote.prefix.length > 0 ? prefix : null, quote.suffix.length > 0 ? suffix : null].filter((p) => p !== null);
  return parts.length === 0 ? 1 : parts.reduce((sum, p) => sum + p, 0) / parts.length;
}

/**
 * How well `context` matches the end of `before`, from 1 (verbatim) to 0:
 * one minus the edit distance between `context` and the best suffix of
 * `before`, over the context's length. Anchoring at the end but not the
 * start lets an insertion or deletion near the passage cost one error
 * instead of misaligning the whole context.
 */
export function contextSimilarity(context: string, before: string): number {
  const m = context.length;
  if (m === 0) return 1;
  // Row-by-row Levenshtein where the text's start is free: row[j] is the
  // cost of matching the context read so far against a suffix of before[0, j).
  let row = new Uint32Array(before.length + 1);
  let next = new Uint32Array(before.length + 1);
  for (let i = 1; i <= m; i += 1) {
    next[0] = i;
    const c = context.charCodeAt(i - 1);
    for (let j = 1; j <= before.length; j += 1) {
      const substitute = row[j - 1]! + (before.charCodeAt(j - 1) === c ? 0 : 1);
      next[j] = Math.min(substitute, row[j]! + 1, next[j - 1]! + 1);
    }
    [row, next] = [next, row];
  }
  return 1 - Math.min(m, row[before.length]!) / m;
}

// Code units, like everything else here: a split surrogate pair is reversed on both sides alike.
const reverse = (s: string) => s.split('').reverse().join('');
