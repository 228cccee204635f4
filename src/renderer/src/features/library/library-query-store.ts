/**
 * The library's current sort and filter, held outside the list so what acts
 * on "the documents the library shows" (an export) reads the same query the
 * list asks main with.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_LIBRARY_QUERY, type LibraryQuery } from '../../../../shared/library-query';

let current: LibraryQuery = DEFAULT_LIBRARY_QUERY;
const listeners = new Set<() => void>();

export const currentLibraryQuery = (): LibraryQuery => current;

export function setLibraryQuery(query: LibraryQuery): void {
  current = query;
  for (const listener of [...listeners]) listener();
}

/** The query as state: the list re-renders when anything sets it. */
export function useLibraryQuery(): [LibraryQuery, (query: LibraryQuery) => void] {
  const query = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    currentLibraryQuery,
  );
  return [query, setLibraryQuery];
}
