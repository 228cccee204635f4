/**
 * Finds where a passage is in a document's text from its stored selectors,
 * trying the cheapest and surest evidence first: the stored position, then
 * the exact quote, then an approximate quote. Pure: no DOM, no storage.
 *
 * A passage that cannot be placed comes back as null (or in `orphaned`); the
 * caller shows it as orphaned and never drops it.
 */

import search from 'approx-string-match';
import type { PassageSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';

/** Which evidence placed a passage, surest first; the UI may flag 'fuzzy' placements for review. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a passage was found in the current text, and which evidence placed it. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Selectors as stored: a W3C selector list, or the `{ position, quote }` pair `describeRange` makes (either may be missing). */
export type SelectorInput = readonly TextSelector[] | Partial<PassageSelectors>;

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
 * A match with at least this many agreeing code units stands on its own;
 * shorter ones ("the", a name) recur by chance and must also have the stored
 * context around them.
 */
export const SELF_EVIDENT_LENGTH = 20;

/** Share of the stored context (prefix/suffix, averaged) a short match needs around it to be accepted. */
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

/** Places a passage in `text`, or returns null when no placement is trustworthy. */
export function anchor(text: string, selectors: SelectorInput): Anchor | null {
  const { position, quote } = pickSelectors(selectors);
  if (quote === undefined) {
    // Nothing to check the offsets against: trust them if they still fit.
    return position !== undefined && fits(text, position) ? { start: position.start, end: position.end, method: 'position' } : null;
  }
  if (position !== undefined && fits(text, position) && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  // A stale position is still the best guess of where to look among repeats.
  const hint = position !== undefined && Number.isFinite(position.start) ? position.start : undefined;
  const exact = best(text, quote, hint, exactMatches(text, quote.exact));
  if (exact !== null) return acceptable(exact, quote) ? { start: exact.start, end: exact.end, method: 'quote' } : null;
  const fuzzy = best(text, quote, hint, fuzzyMatches(text, quote.exact, hint));
  return fuzzy !== null && acceptable(fuzzy, quote) ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

/** A passage placed in the new text (named apart from the model's `PlacedPassage`, which is what the reader receives). */
export interface AnchoredPassage<P> {
  passage: P;
  anchor: Anchor;
}

/** What `reanchorAll` returns: every input passage lands in exactly one of the two lists. */
export interface Reanchored<P> {
  placed: AnchoredPassage<P>[];
  /** Passages that could not be placed, in input order: show them as orphaned, keep them stored. */
  orphaned: P[];
}

/**
 * Re-anchors every passage of a document whose text changed; a passage is
 * anything carrying `position` and `quote` selectors, such as the model's
 * `Passage`. When the old text is known, stored positions are first carried
 * across the unchanged head and tail of the text, so passages outside the
 * edited region keep exact offsets (method 'position') and repeats are told
 * apart by where the passage should now be rather than where it was. Only
 * one edited region is recognised: a passage between two separate edits is
 * found again by its quote.
 */
export function reanchorAll<P extends Partial<PassageSelectors>>(
  oldText: string | undefined,
  newText: string,
  passages: readonly P[],
): Reanchored<P> {
  const shift = oldText === undefined ? (offset: number) => offset : offsetShifter(oldText, newText);
  const placed: AnchoredPassage<P>[] = [];
  const orphaned: P[] = [];
  for (const passage of passages) {
    const { position, quote } = passage;
    const moved: Partial<PassageSelectors> = {
      quote,
      position: position && { ...position, start: shift(position.start), end: shift(position.end) },
    };
    const found = anchor(newText, moved);
    if (found === null) orphaned.push(passage);
    else placed.push({ passage, anchor: found });
  }
  return { placed, orphaned };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  score: number;
  context: number;
}

function pickSelectors(selectors: SelectorInput): Partial<PassageSelectors> {
  if (!isSelectorList(selectors)) {
    return { position: selectors.position, quote: usableQuote(selectors.quote) };
  }
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return { position, quote: usableQuote(quote) };
}

const isSelectorList = (selectors: SelectorInput): selectors is readonly TextSelector[] => Array.isArray(selectors);

// An empty quote matches everywhere and so says nothing.
const usableQuote = (quote: TextQuoteSelector | undefined) => (quote && quote.exact.length > 0 ? quote : undefined);

function fits(text: string, { start, end }: TextPositionSelector): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

function exactMatches(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

function fuzzyMatches(text: string, exact: string, hint: number | undefined): Candidate[] {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return [];
  // The matcher reports only the spans with the lowest error count in the
  // whole text, so a lightly edited passage can lose to a closer look-alike
  // elsewhere; searching again around the old position keeps it a candidate,
  // and scoring (context first) decides between them.
  const found = search(text, exact, maxErrors);
  if (hint !== undefined) {
    const from = Math.max(0, hint - exact.length - maxErrors);
    const to = Math.min(text.length, hint + 2 * (exact.length + maxErrors));
    for (const m of search(text.slice(from, to), exact, maxErrors)) found.push({ ...m, start: m.start + from, end: m.end + from });
  }
  // A span of nothing but whitespace is never a passage.
  return found.filter((m) => m.end > m.start && text.slice(m.start, m.end).trim() !== '');
}

function best(text: string, quote: TextQuoteSelector, hint: number | undefined, candidates: Candidate[]): Scored | null {
  let winner: Scored | null = null;
  for (const candidate of candidates) {
    const before = text.slice(Math.max(0, candidate.start - quote.prefix.length - CONTEXT_SLACK), candidate.start);
    const after = text.slice(candidate.end, candidate.end + quote.suffix.length + CONTEXT_SLACK);
    const prefix = contextSimilarity(quote.prefix, before);
    const suffix = contextSimilarity(reverse(quote.suffix), reverse(after));
    const context = averageContext(quote, prefix, suffix);
    const nearness = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
    const likeness = 1 - candidate.errors / quote.exact.length;
    const score = QUOTE_WEIGHT * likeness + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * nearness;
    if (winner === null || score > winner.score) winner = { ...candidate, score, context };
  }
  return winner;
}

// Only stored context counts as evidence: a passage at the very start of a
// document has no prefix, and that absence must neither help nor hurt it.
function averageContext(quote: TextQuoteSelector, prefix: number, suffix: number): number {
  const parts = [quote.prefix.length > 0 ? prefix : null, quote.suffix.length > 0 ? suffix : null].filter((p) => p !== null);
  return parts.length === 0 ? 1 : parts.reduce((sum, p) => sum + p, 0) / parts.length;
}

function acceptable(match: Scored, quote: TextQuoteSelector): boolean {
  return quote.exact.length - match.errors >= SELF_EVIDENT_LENGTH || match.context >= MIN_CONTEXT_SIMILARITY;
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

/**
 * Maps offsets of `oldText` into `newText` around the one region the edit
 * touched: unchanged head offsets stay, unchanged tail offsets move by the
 * length change, offsets inside the edit scale across it (a hint only).
 */
function offsetShifter(oldText: string, newText: string): (offset: number) => number {
  const shorter = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < shorter && oldText.charCodeAt(head) === newText.charCodeAt(head)) head += 1;
  let tail = 0;
  while (tail < shorter - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) {
    tail += 1;
  }
  const oldEdit = oldText.length - tail - head;
  const newEdit = newText.length - tail - head;
  return (offset) => {
    if (offset <= head) return offset;
    if (offset >= oldText.length - tail) return offset + newText.length - oldText.length;
    return head + Math.round(((offset - head) * newEdit) / Math.max(1, oldEdit));
  };
}
