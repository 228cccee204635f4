/**
 * Starting search before the notebook's own files are read: the worker is
 * spawned and asked to load the saved index at once, so it reads the file on
 * its own thread while main parses the library, and the first answer comes
 * with the open notebook rather than after it. Loading without the notebook is
 * safe: the index is then checked item by item against it (see index-sync).
 */
import type { SearchClient } from './search-client';

export interface SearchPreload {
  /** Connects search: the first call answers the client already loading, later ones (restarts) a new worker. */
  connect: () => SearchClient;
  /** Stops the preloaded worker if nothing took it (the notebook failed to open). */
  abandon: () => Promise<void>;
}

export function preloadSearch(connect: () => SearchClient, indexFile: string): SearchPreload {
  const client = connect();
  let loading: ReturnType<SearchClient['loadFrom']> | null = client.loadFrom(indexFile);
  let taken = false;
  const preloaded: SearchClient = {
    ...client,
    // The start's own load of this file is the one already under way.
    loadFrom: (path, expectedFingerprint) => {
      const pending = loading;
      loading = null;
      return pending !== null && path === indexFile && expectedFingerprint === undefined ? pending : client.loadFrom(path, expectedFingerprint);
    },
  };
  return {
    connect: () => {
      if (taken) return connect();
      taken = true;
      return preloaded;
    },
    abandon: async () => {
      if (!taken) await client.close();
    },
  };
}
