/**
 * The library list's sort and filter, held by the app rather than the
 * sidebar so other views can scope themselves by it (the Analysis view
 * counts only the documents the library shows). A sidebar rendered without
 * the app (in a test) keeps its own.
 */
import { createContext, useContext, useState } from 'react';
import { DEFAULT_LIBRARY_QUERY, type LibraryQuery } from '../../../../shared/library-query';

export type LibraryQueryState = readonly [LibraryQuery, (query: LibraryQuery) => void];

/** The app's library query, provided by App. */
export const LibraryQueryContext = createContext<LibraryQueryState | null>(null);

/** The library's query as the list shows it now, and how to change it. */
export function useLibraryQuery(): LibraryQueryState {
  const shared = useContext(LibraryQueryContext);
  const own = useState<LibraryQuery>(DEFAULT_LIBRARY_QUERY);
  return shared ?? own;
}
