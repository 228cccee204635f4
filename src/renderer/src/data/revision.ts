import { useSyncExternalStore } from 'react';

/**
 * A counter bumped after every change to the notebook. Views that read
 * notebook data depend on it, so one change (or an undo) refreshes every
 * view that shows what it touched.
 */
let revision = 0;
const listeners = new Set<() => void>();

export function notebookChanged(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useRevision = () => useSyncExternalStore(subscribe, () => revision);
