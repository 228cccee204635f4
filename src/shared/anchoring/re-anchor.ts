/**
 * Finds where passages are in a document's text from their stored
 * selectors: `anchor` places one passage in a text (position, then exact
 * quote, then approximate quote, each away from the stored position only
 * where the stored context confirms it); `reanchorAll` carries a document's
 * passages into a changed text, using the old text as evidence when known.
 * Pure: no DOM, no storage.
 *
 * A passage that cannot be placed comes back as null (or in `orphaned`); the
 * caller shows it as orphaned and never drops it.
 */

import { anchor, type Anchor } from './quote-anchor';
import type { PassageSelectors } from './selectors';
import { placeAcrossVersions } from './version-placement';

export { anchor, type Anchor, type AnchorMethod, type SelectorInput } from './quote-anchor';
export { contextSimilarity, MAX_ERROR_RATE, MAX_FUZZY_ERRORS, MIN_CONTEXT_SIMILARITY, SELF_EVIDENT_LENGTH } from './quote-search';

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
 * `Passage`. When the old text is known, one diff of old → new carries each
 * passage across every unchanged stretch (method 'position', or 'fuzzy' when
 * its words were lightly edited) and tells a passage whose words were
 * deleted, which is orphaned, from one whose paragraph moved, which is found
 * by its quote (see version-placement). Without the old text each passage is
 * placed by `anchor` alone.
 */
export function reanchorAll<P extends Partial<PassageSelectors>>(
  oldText: string | undefined,
  newText: string,
  passages: readonly P[],
): Reanchored<P> {
  const placed: AnchoredPassage<P>[] = [];
  const orphaned: P[] = [];
  const outcomes =
    oldText === undefined
      ? passages.map((passage) => ({ passage, anchor: anchor(newText, { position: passage.position, quote: passage.quote }) }))
      : placeAcrossVersions(oldText, newText, passages);
  for (const { passage, anchor: found } of outcomes) {
    if (found === null) orphaned.push(passage);
    else placed.push({ passage, anchor: found });
  }
  return { placed, orphaned };
}
