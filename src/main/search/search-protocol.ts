/**
 * What the search worker can be asked, as one method list the worker channel
 * is derived from, and the worker side that answers with an engine.
 */
import { serveWorker, type WorkerError, type WorkerPort } from '../workers/worker-channel';
import type { SearchEngine } from './search-engine';
import { SearchQueryError } from './search-query-error';
import type { LoadOutcome } from './snapshot-contents';
import type { IndexableItem, ItemRef, SearchOptions, SearchResult } from './types';
import type { FoundOccurrence, OccurrenceList } from '../../shared/concordance';
import type { OccurrenceOptions } from './occurrences';

/** What the worker can be asked; each method maps onto the engine. */
export interface SearchApi {
  upsert(items: IndexableItem[]): void;
  remove(refs: ItemRef[]): void;
  search(query: string, options?: SearchOptions): SearchResult;
  /** Every match in documents' text, for the concordance and coding all hits. */
  occurrences(query: string, options: OccurrenceOptions): OccurrenceList<FoundOccurrence>;
  fingerprint(): string;
  /** See SearchEngine.reconcile: removes what the notebook no longer has, returns the keys to upsert. */
  reconcile(expected: Record<string, string>): string[];
  /** Saves the index to `path` atomically, from the worker: main never holds the file's megabytes. */
  saveTo(path: string): { bytes: number; fingerprint: string };
  /** Loads the index saved at `path`; a missing file is `loaded: false, reason: 'missing'`. */
  loadFrom(path: string, expectedFingerprint?: string): LoadOutcome;
}

export type SearchMethod = keyof SearchApi;

export const SEARCH_METHODS: readonly SearchMethod[] = ['upsert', 'remove', 'search', 'occurrences', 'fingerprint', 'reconcile', 'saveTo', 'loadFrom'];

export const SEARCH_WORKER = 'search worker';

/** A bad query is the user's to fix, told with where in the query it went wrong; anything else is internal. */
export function errorValue(error: unknown): WorkerError {
  if (error instanceof SearchQueryError) return { code: 'bad-query', message: error.message, position: error.position };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** Quiet time after the last request before segments are merged. */
export const MAINTENANCE_DELAY_MS = 250;

/**
 * Answers requests arriving on `port` with `engine`. Requests run one at a
 * time, in order, so each sees every earlier upsert. Housekeeping (segment
 * merging, reading the saved file's late part into memory) waits until the
 * worker has been idle for a moment and then runs a step at a time while it
 * stays idle, so it never delays a reply by more than a step.
 * Returns a function that stops serving.
 */
export function serveSearchEngine(port: WorkerPort, engine: SearchEngine, maintenanceDelayMs = MAINTENANCE_DELAY_MS): () => void {
  let maintenance: ReturnType<typeof setTimeout> | null = null;
  const scheduleMaintenance = (delay = maintenanceDelayMs) => {
    if (maintenance !== null) clearTimeout(maintenance);
    maintenance = null;
    if (!engine.needsMaintenance()) return;
    maintenance = setTimeout(() => {
      maintenance = null;
      engine.maintain();
      // The next step at once: a request arriving meanwhile is answered first, and puts the next step off again.
      scheduleMaintenance(0);
    }, delay);
    // An idle worker must not stay alive only for housekeeping.
    maintenance.unref();
  };
  const api: SearchApi = {
    upsert: (items) => engine.upsert(items),
    remove: (refs) => engine.remove(refs),
    search: (query, options) => engine.search(query, options),
    occurrences: (query, options) => engine.occurrences(query, options),
    fingerprint: () => engine.fingerprint(),
    reconcile: (expected) => engine.reconcile(expected),
    saveTo: (path) => ({ bytes: engine.saveTo(path), fingerprint: engine.fingerprint() }),
    loadFrom: (path, expectedFingerprint) => engine.loadFrom(path, expectedFingerprint),
  };
  const stop = serveWorker(SEARCH_METHODS, port, api, SEARCH_WORKER, { describeError: errorValue, afterEach: () => scheduleMaintenance() });
  return () => {
    stop();
    if (maintenance !== null) clearTimeout(maintenance);
  };
}
