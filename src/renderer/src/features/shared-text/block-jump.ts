import { createContext } from 'react';

/**
 * Opening a document at one of its paragraphs: App opens the document, and
 * the reader, once that paragraph is on the page, scrolls to it and puts
 * focus on it. The request waits here in between.
 */
let pending: { documentId: string; blockIndex: number } | null = null;

export function requestBlock(documentId: string, blockIndex: number): void {
  pending = { documentId, blockIndex };
}

/** The paragraph to show in this document, once; null when none was asked for. */
export function takeBlockRequest(documentId: string): number | null {
  if (pending?.documentId !== documentId) return null;
  const { blockIndex } = pending;
  pending = null;
  return blockIndex;
}

/** Opens a document at a paragraph (App provides it). */
export const BlockOpener = createContext<(documentId: string, blockIndex: number) => void>(() => undefined);
