/**
 * Places one passage in a text from its stored selectors alone, trying the
 * cheapest and surest evidence first: the stored position, then the exact
 * quote, then an approximate quote. Without the text the passage was made
 * on, nothing tells the passage's own occurrence from another one with the
 * same words, so a quote found away from the stored position is accepted
 * only where its stored context still stands around it.
 */

import { bestOf, contextConfirms, exactMatches, fuzzyMatches, scoreCandidates } from './quote-search';
import type { PassageSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';

/** Which evidence placed a passage, surest first; the UI may flag 'fuzzy' placements (text differs from the quote) for review. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a passage was found in the current text, and which evidence placed it. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Selectors as stored: a W3C selector list, or the `{ position, quote }` pair `describeRange` makes (either may be missing). */
export type SelectorInput = readonly TextSelector[] | Partial<PassageSelectors>;

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
  return anchorByContext(text, quote, hint);
}

/**
 * The best occurrence of the quote whose stored context confirms it: exact
 * occurrences first, then approximate ones (which also covers the passage's
 * own, lightly edited words when only an unrelated exact copy remains).
 */
export function anchorByContext(text: string, quote: TextQuoteSelector, hint: number | undefined): Anchor | null {
  const exact = bestOf(scoreCandidates(text, quote, hint, exactMatches(text, quote.exact)).filter(contextConfirms));
  if (exact !== null) return { start: exact.start, end: exact.end, method: 'quote' };
  const fuzzy = bestOf(scoreCandidates(text, quote, hint, fuzzyMatches(text, quote.exact, hint)).filter(contextConfirms));
  if (fuzzy === null) return null;
  return { start: fuzzy.start, end: fuzzy.end, method: fuzzy.errors === 0 ? 'quote' : 'fuzzy' };
}

/** The position and (non-empty) quote among stored selectors, in either stored shape. */
export function pickSelectors(selectors: SelectorInput): Partial<PassageSelectors> {
  if (!isSelectorList(selectors)) {
    return { position: selectors.position, quote: usableQuote(selectors.quote) };
  }
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return { position, quote: usableQuote(quote) };
}

/** True when the offsets make a non-empty span inside `text`. */
export function fits(text: string, { start, end }: Pick<TextPositionSelector, 'start' | 'end'>): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

const isSelectorList = (selectors: SelectorInput): selectors is readonly TextSelector[] => Array.isArray(selectors);

// An empty quote matches everywhere and so says nothing.
const usableQuote = (quote: TextQuoteSelector | undefined) => (quote && quote.exact.length > 0 ? quote : undefined);
