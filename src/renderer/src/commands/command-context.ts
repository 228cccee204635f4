/**
 * What the commands act on: the app's own actions, and what the view on
 * screen offers (the reader offers tagging the selection and stepping through
 * search matches). A view registers its part while it is mounted, so a
 * command applies exactly when what it needs is on screen.
 */
import { useEffect, useRef } from 'react';
import type { View } from '../app/view';
import type { CopiesAsked } from '../features/shared-text/copies-coder';

export interface AppActions {
  view: View;
  showView(view: View): void;
  openSearch(): void;
  /** Opens search and, once its query has hits, the dialog that codes them all. */
  codeAllHits(): void;
  importFiles(): void;
  pasteText(): void;
  /** Opens the Export dialog. */
  openExport(): void;
  /** Opens the dialog that imports a REFI-QDA project or codebook. */
  importProject(): void;
  /** Opens the command palette. */
  openPalette(): void;
  /** Opens the dialog that codes a paragraph and every copy of it. */
  codeCopies(asked: CopiesAsked): void;
  undo(): void;
  redo(): void;
}

export interface ReaderActions {
  tagSelection(): void;
  /** Turns selecting article text with the keyboard (a caret moved by the arrows) on or off. */
  toggleKeyboardSelection(): void;
  /** Whether search matches are lit up in the document, to step through. */
  hasSearchMatches: boolean;
  stepSearch(step: 1 | -1): void;
  /** The paragraph with copies in other documents the reader is on, if any. */
  sharedParagraph(): CopiesAsked | null;
}

/** The Quotes list beside the reader. */
export interface QuotesActions {
  show(): void;
  /** Quotations of the open document not coded yet. */
  openCount: number;
  acceptAll(): void;
}

export interface CommandContext {
  app: AppActions | null;
  reader: ReaderActions | null;
  quotes?: QuotesActions | null;
}

type Part = keyof CommandContext;

/** Each part as its component last rendered it, read when a command runs. */
const parts: { [P in Part]?: () => CommandContext[P] } = {};

/** The context as it is now, for deciding whether a command applies and running it. */
export const currentContext = (): CommandContext => ({ app: parts.app?.() ?? null, reader: parts.reader?.() ?? null, quotes: parts.quotes?.() ?? null });

const changeListeners = new Set<() => void>();

/** Calls `listener` after any part of the context rendered again (what applies may have changed); returns a function that stops. */
export function onContextChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

const announceChange = () => {
  for (const listener of changeListeners) listener();
};

/** Offers `value` as the `part` of the context while the calling component is mounted, always the latest render's. */
export function useCommandPart<P extends Part>(part: P, value: NonNullable<CommandContext[P]>): void {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
    announceChange();
  });
  useEffect(() => {
    const read = () => latest.current;
    (parts as Record<Part, unknown>)[part] = read;
    return () => {
      if ((parts as Record<Part, unknown>)[part] === read) delete parts[part];
      announceChange();
    };
  }, [part]);
}
