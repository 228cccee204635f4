import { useSyncExternalStore } from 'react';

/**
 * Which document's version review is open: asked for by whoever replaced a
 * text (the reader's dialog, an import that turned out to be a new version),
 * shown by the reading view of that document.
 */
let reviewing: string | null = null;
const listeners = new Set<() => void>();

export function requestReview(documentId: string): void {
  reviewing = documentId;
  for (const listener of listeners) listener();
}

export function closeReview(): void {
  reviewing = null;
  for (const listener of listeners) listener();
}

/** Whether the review of this document is open. */
export function useReviewOpen(documentId: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => reviewing === documentId,
  );
}
