import { createContext } from 'react';

/** The paragraph whose copies are to be coded all at once. */
export interface CopiesAsked {
  documentId: string;
  blockIndex: number;
}

/** Opens the dialog that codes every copy of a paragraph (App provides it, so the reader's marker and the overview share one dialog). */
export const CopiesCoder = createContext<(asked: CopiesAsked) => void>(() => undefined);

/** A tag for a paragraph's copies, from its opening words: shared/<words>. */
export function defaultCopiesTag(text: string): string {
  const words = text.replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 5).join(' ');
  return `shared/${words || 'copies'}`;
}
