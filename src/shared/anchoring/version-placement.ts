/**
 * Carries passages from one version of a document's text to the next (a
 * corrected article replacing the old one), with the old text as evidence.
 *
 * One diff of old → new decides most passages outright: a passage whose
 * ends fall in kept text has an exact image, placed by position when its
 * words are unchanged and as a changed placement when they are close to the
 * quote (within MAX_ERROR_RATE). Only passages whose own words changed
 * beyond that, or whose ends fell inside changed text, are searched for.
 *
 * The rule the search obeys: a passage whose own words are gone is
 * orphaned, never moved onto another place where the same words stand.
 * The diff tells the two apart: a match made of text kept from elsewhere in
 * the old version is that other occurrence, and is refused; a match in text
 * the new version added may be the passage's paragraph, moved, and is taken
 * when its stored context confirms it, or when the quote is long and occurs
 * only once in either version.
 */

import { editDistanceWithin } from './edit-distance';
import { offsetMap, type OffsetMap } from './offset-map';
import { anchor, anchorByContext, fits, pickSelectors, type Anchor } from './quote-anchor';
import {
  bestOf,
  contextConfirms,
  exactMatches,
  fuzzyMatches,
  fuzzyNear,
  maxErrorsFor,
  scoreCandidates,
  SELF_EVIDENT_LENGTH,
  type Candidate,
  type Scored,
} from './quote-search';
import type { PassageSelectors, TextPositionSelector, TextQuoteSelector } from './selectors';
import { diffVersions, type VersionDiff } from './version-diff';

export { diffVersions, type DiffSegment, type DiffSegmentKind, type VersionDiff } from './version-diff';

/**
 * What became of a passage in the new version: `unchanged` (same offsets,
 * same words), `moved` (same words elsewhere), `changed` (placed on words
 * that were edited), `orphaned` (its words are gone; keep it, show it).
 */
export type PlacementStatus = 'unchanged' | 'moved' | 'changed' | 'orphaned';

/** One passage's outcome; `anchor` is null exactly when `status` is 'orphaned'. */
export interface VersionPlacement<P> {
  passage: P;
  status: PlacementStatus;
  anchor: Anchor | null;
}

/**
 * Places every passage (anything carrying `position` and `quote` selectors)
 * in the new version, in input order. `diff` may be passed when the caller
 * already has `diffVersions(oldText, newText)` for the UI, to diff once.
 */
export function placeAcrossVersions<P extends Partial<PassageSelectors>>(
  oldText: string,
  newText: string,
  passages: readonly P[],
  diff: VersionDiff = diffVersions(oldText, newText),
): VersionPlacement<P>[] {
  const versions: Versions = { oldText, newText, map: offsetMap(diff.segments) };
  return passages.map((passage) => {
    const found = placeOne(versions, passage);
    return { passage, anchor: found, status: statusOf(newText, passage, found) };
  });
}

interface Versions {
  oldText: string;
  newText: string;
  map: OffsetMap;
}

type Span = Pick<TextPositionSelector, 'start' | 'end'>;

function placeOne(v: Versions, passage: Partial<PassageSelectors>): Anchor | null {
  const { position, quote } = pickSelectors(passage);
  if (quote === undefined) {
    // Nothing to compare: carry the offsets and trust them if they still fit.
    if (position === undefined || !fits(v.oldText, position)) return null;
    const moved = { start: v.map.start(position.start).offset, end: v.map.end(position.end).offset };
    return fits(v.newText, moved) ? { ...moved, method: 'position' } : null;
  }
  const own = ownSpan(v.oldText, position, quote);
  if (own === null) {
    // Not in the old text as stored, so nothing to trace: words and context alone decide.
    const hint = position !== undefined && fits(v.oldText, position) ? v.map.start(position.start).offset : undefined;
    return anchorByContext(v.newText, quote, hint);
  }
  const start = v.map.start(own.start);
  const end = v.map.end(own.end);
  if (start.exact && end.exact && start.offset < end.offset) {
    const image = v.newText.slice(start.offset, end.offset);
    if (image === quote.exact) return { start: start.offset, end: end.offset, method: 'position' };
    if (image.trim() !== '' && (closeEnough(v, own, image, quote.exact) || mostlyKept(v, own, image))) return { start: start.offset, end: end.offset, method: 'fuzzy' };
  }
  return search(v, quote, own, start.offset);
}

/**
 * True when the carried text is within MAX_ERROR_RATE edits of the quote.
 * The diff already lists what changed inside the span, and the edits of
 * each change, summed, bound the distance from above: that small sum
 * settles nearly every case without comparing whole passages.
 */
function closeEnough(v: Versions, own: Span, image: string, exact: string): boolean {
  const limit = maxErrorsFor(exact);
  if (v.oldText.slice(own.start, own.end) === exact) {
    let cost = 0;
    for (const c of v.map.changesWithin(own.start, own.end)) {
      cost += editDistanceWithin(v.oldText.slice(c.oldFrom, c.oldTo), v.newText.slice(c.newFrom, c.newTo), limit - cost);
      if (cost > limit) break;
    }
    if (cost <= limit) return true;
  }
  return editDistanceWithin(image, exact, limit) <= limit;
}

/**
 * True when at least half of the carried span, and of the old passage, is
 * the passage's own text kept: a word or number written into a short
 * passage whose ends stand where they stood. The error rate alone would
 * orphan a 15-character passage for a 4-character insertion, which no
 * editor does to a comment; a rewrite that keeps a letter here and there
 * at its ends is still refused.
 */
function mostlyKept(v: Versions, own: Span, image: string): boolean {
  let removed = 0;
  for (const c of v.map.changesWithin(own.start, own.end)) removed += c.oldTo - c.oldFrom;
  const kept = own.end - own.start - removed;
  return kept * 2 >= Math.max(own.end - own.start, image.length);
}

/** Where the passage stands in the old text: its stored position when that still holds its quote, else wherever its selectors place it. */
function ownSpan(oldText: string, position: TextPositionSelector | undefined, quote: TextQuoteSelector): Span | null {
  if (position !== undefined && fits(oldText, position) && oldText.slice(position.start, position.end) === quote.exact) return position;
  return anchor(oldText, { position, quote });
}

/** Which occurrence a candidate is, by where its text came from (see the module comment). */
type Kinship = 'own' | 'other' | 'new';

/**
 * The passage's image did not survive as is: look for its words, cheapest
 * evidence first (exact occurrences, then approximate ones near the image,
 * then anywhere), refusing other occurrences.
 */
function search(v: Versions, quote: TextQuoteSelector, own: Span, hint: number): Anchor | null {
  const exact = exactMatches(v.newText, quote.exact);
  const fromExact = choose(v, quote, own, hint, exact);
  if (fromExact !== null) return { start: fromExact.start, end: fromExact.end, method: 'quote' };
  if (exact.length === 1 && quote.exact.length >= SELF_EVIDENT_LENGTH && kinship(v.map, exact[0]!, own) === 'new' && onlyOccurrence(v.oldText, quote.exact, own)) {
    // Its paragraph moved and took new surroundings: the words stand once in
    // each version, and not where the old copy was kept.
    return { start: exact[0]!.start, end: exact[0]!.end, method: 'quote' };
  }
  const near = choose(v, quote, own, hint, fuzzyNear(v.newText, quote.exact, hint));
  const fuzzy = near ?? choose(v, quote, own, hint, fuzzyMatches(v.newText, quote.exact, hint));
  return fuzzy === null ? null : { start: fuzzy.start, end: fuzzy.end, method: fuzzy.errors === 0 ? 'quote' : 'fuzzy' };
}

/**
 * The best acceptable candidate: one made mostly of the passage's own old
 * words wins outright; otherwise one in added text whose context confirms
 * it. Candidates kept from elsewhere in the old text are never taken.
 */
function choose(v: Versions, quote: TextQuoteSelector, own: Span, hint: number, candidates: readonly Candidate[]): Scored | null {
  if (candidates.length === 0) return null;
  const ownWords: Candidate[] = [];
  const added: Candidate[] = [];
  for (const candidate of candidates) {
    const kin = kinship(v.map, candidate, own);
    if (kin === 'own') ownWords.push(candidate);
    else if (kin === 'new') added.push(candidate);
  }
  const mine = bestOf(scoreCandidates(v.newText, quote, hint, ownWords));
  return mine ?? bestOf(scoreCandidates(v.newText, quote, hint, added).filter(contextConfirms));
}

function kinship(map: OffsetMap, candidate: Candidate, own: Span): Kinship {
  const { own: mine, elsewhere } = map.origin(candidate.start, candidate.end, own.start, own.end);
  const half = (candidate.end - candidate.start) / 2;
  if (mine >= half) return 'own';
  return elsewhere >= half ? 'other' : 'new';
}

/** True when the old text holds `exact` nowhere but at (or overlapping) the passage's own span. */
function onlyOccurrence(oldText: string, exact: string, own: Span): boolean {
  return exactMatches(oldText, exact).every((m) => m.start < own.end && m.end > own.start);
}

function statusOf(newText: string, passage: Partial<PassageSelectors>, found: Anchor | null): PlacementStatus {
  if (found === null) return 'orphaned';
  const { position, quote } = pickSelectors(passage);
  if (quote !== undefined && newText.slice(found.start, found.end) !== quote.exact) return 'changed';
  return position !== undefined && position.start === found.start && position.end === found.end ? 'unchanged' : 'moved';
}
