import { useSyncExternalStore } from 'react';
import { DEFAULT_QUOTE_PATTERN } from '../../../../shared/quote-review';

/**
 * The tag pattern accepted quotations go under, kept for the session so the
 * palette's "accept all" and every document's list use the one the user set.
 */
let pattern = DEFAULT_QUOTE_PATTERN;
const listeners = new Set<() => void>();

export function setQuotePattern(next: string): void {
  pattern = next;
  listeners.forEach((listener) => listener());
}

export const quotePattern = () => pattern;

export const useQuotePattern = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pattern,
  );
