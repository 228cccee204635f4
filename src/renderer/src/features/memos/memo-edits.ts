/**
 * Unsaved memo edits, kept outside the views: following a link from a memo's
 * preview, or opening another memo, leaves the Memos view or the editor, and
 * what was typed must still be there on coming back. Also which memo was
 * open last, so the Memos view reopens at it.
 */
import { useSyncExternalStore } from 'react';
import type { MemoAbout } from '../../../../shared/model';
import { aboutKey } from './memo-text';

export interface MemoEdit {
  title: string;
  body: string;
}

/** What the editor shows: a memo, or a new one about something, created when first saved. */
export type OpenMemo = { memoId: string } | { draft: MemoAbout };

/** The key a memo's or a new memo's unsaved edit is kept under. */
export const editKey = (open: OpenMemo) => ('memoId' in open ? `memo:${open.memoId}` : `new:${aboutKey(open.draft)}`);

let edits: ReadonlyMap<string, MemoEdit> = new Map();
let lastOpen: OpenMemo | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Every unsaved edit, by `editKey`; the same map until one changes. */
export const useMemoEdits = (): ReadonlyMap<string, MemoEdit> => useSyncExternalStore(subscribe, () => edits);

export const memoEdit = (key: string): MemoEdit | undefined => edits.get(key);

/** Keeps an edit, or forgets it (saved, discarded) when null. */
export function setMemoEdit(key: string, edit: MemoEdit | null): void {
  const next = new Map(edits);
  if (edit) next.set(key, edit);
  else if (!next.delete(key)) return;
  edits = next;
  listeners.forEach((listener) => listener());
}

export const rememberOpenMemo = (open: OpenMemo | null) => {
  lastOpen = open;
};

export const lastOpenMemo = (): OpenMemo | null => lastOpen;
