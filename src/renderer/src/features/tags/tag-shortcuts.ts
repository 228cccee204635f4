/**
 * What makes coding quick: the tags used most recently (offered first in an
 * empty tag box) and up to nine pinned tags (applied with Alt+1–9). Kept in
 * the renderer and saved in its localStorage (the app's origin is a standard,
 * secure scheme, so it has one); a pin whose tag is gone is skipped.
 * They belong to the person at this computer, not to the notebook, so they
 * travel with neither archives nor exports.
 */
import { useSyncExternalStore } from 'react';

export const MAX_PINS = 9;
const MAX_RECENT = 6;
const STORAGE_KEY = 'scholia:tag-shortcuts';

interface Shortcuts {
  recent: readonly string[];
  /** Pinned tags by number: the tag at index 0 is Alt+1. */
  pinned: readonly string[];
}

let state: Shortcuts = load();
const listeners = new Set<() => void>();

function load(): Shortcuts {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null');
    if (raw && typeof raw === 'object') {
      const ids = (value: unknown, max: number) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max) : []);
      const record = raw as Record<string, unknown>;
      return { recent: ids(record['recent'], MAX_RECENT), pinned: ids(record['pinned'], MAX_PINS) };
    }
  } catch {
    // Unreadable or unavailable storage starts empty; coding works the same without it.
  }
  return { recent: [], pinned: [] };
}

function set(next: Shortcuts): void {
  state = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or refused: the shortcuts last for this session.
  }
  listeners.forEach((listener) => listener());
}

/** Notes that a tag was just applied, so it comes first next time. */
export function recordTagUse(tagId: string): void {
  if (state.recent[0] === tagId) return;
  set({ ...state, recent: [tagId, ...state.recent.filter((id) => id !== tagId)].slice(0, MAX_RECENT) });
}

/** Pins a tag to the next free number, or unpins it; false when all nine numbers are taken. */
export function togglePin(tagId: string): boolean {
  if (state.pinned.includes(tagId)) {
    set({ ...state, pinned: state.pinned.filter((id) => id !== tagId) });
    return true;
  }
  if (state.pinned.length >= MAX_PINS) return false;
  set({ ...state, pinned: [...state.pinned, tagId] });
  return true;
}

/** The number a tag is pinned to (1–9), or null. */
export const pinNumber = (pinned: readonly string[], tagId: string): number | null => {
  const index = pinned.indexOf(tagId);
  return index === -1 ? null : index + 1;
};

/** Forgets everything, for tests. */
export function resetTagShortcuts(): void {
  set({ recent: [], pinned: [] });
}

export const useTagShortcuts = (): Shortcuts =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );

/**
 * The order an empty tag box offers tags in: pinned ones by number, then the
 * recent, then the rest as given. A typed filter keeps its own ranking.
 */
export function orderForEmptyBox<T extends { id: string }>(tags: readonly T[], { pinned, recent }: Shortcuts): T[] {
  const rank = (tag: T) => {
    const pin = pinned.indexOf(tag.id);
    if (pin !== -1) return pin;
    const used = recent.indexOf(tag.id);
    return used === -1 ? MAX_PINS + MAX_RECENT : MAX_PINS + used;
  };
  // Array.prototype.sort is stable, so tags of equal rank keep the codebook's order.
  return [...tags].sort((a, b) => rank(a) - rank(b));
}
