/**
 * The messages between main and the search worker, independent of what
 * carries them: a worker_threads port, an Electron utilityProcess port, or an
 * in-memory pair in tests all fit `SearchTransport`.
 *
 * Requests carry an id; the worker answers each with the same id and either a
 * value or an error value, so a failure never leaves a request hanging and
 * never crosses as an exception.
 */
import type { SearchEngine } from './search-engine';
import { SearchQueryError } from './search-query-error';
import type { LoadOutcome } from './snapshot';
import { readSnapshotFile, writeSnapshotFile } from './snapshot-file';
import type { IndexableItem, ItemRef, SearchOptions, SearchResult } from './types';

/** What the worker can be asked; each method maps onto the engine. */
export interface SearchApi {
  upsert(items: IndexableItem[]): void;
  remove(refs: ItemRef[]): void;
  search(query: string, options?: SearchOptions): SearchResult;
  /** The snapshot as JSON text: main writes it to disk as is, without stringifying 80 MB on its own thread. */
  serialize(): string;
  /** `snapshot` is the JSON text (parsed in the worker, off main's thread) or the object. */
  load(snapshot: unknown, expectedFingerprint?: string): LoadOutcome;
  fingerprint(): string;
  /** See SearchEngine.reconcile: removes what the notebook no longer has, returns the keys to upsert. */
  reconcile(expected: Record<string, string>): string[];
  /** Saves the index to `path` atomically, from the worker. */
  saveTo(path: string): { bytes: number; fingerprint: string };
  /** Loads the index saved at `path`; a missing file is `loaded: false, reason: 'missing'`. */
  loadFrom(path: string, expectedFingerprint?: string): LoadOutcome;
}

export type SearchMethod = keyof SearchApi;

export const SEARCH_METHODS: readonly SearchMethod[] = [
  'upsert',
  'remove',
  'search',
  'serialize',
  'load',
  'fingerprint',
  'reconcile',
  'saveTo',
  'loadFrom',
];

export interface SearchRequest<M extends SearchMethod = SearchMethod> {
  id: number;
  method: M;
  args: Parameters<SearchApi[M]>;
}

export type SearchErrorCode = 'bad-query' | 'bad-request' | 'internal' | 'unavailable';

export interface SearchError {
  code: SearchErrorCode;
  message: string;
  /** For bad-query: where in the query the problem is. */
  position?: number | null;
}

export type SearchReply<T> = { ok: true; value: T } | { ok: false; error: SearchError };

export type SearchResponse = { id: number } & SearchReply<unknown>;

/** Anything that can carry messages both ways. */
export interface SearchTransport {
  postMessage(message: unknown): void;
  /** Returns a function that stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
}

function isRequest(message: unknown): message is SearchRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, method, args } = message as Partial<SearchRequest>;
  return typeof id === 'number' && SEARCH_METHODS.includes(method as SearchMethod) && Array.isArray(args);
}

export function isResponse(message: unknown): message is SearchResponse {
  if (typeof message !== 'object' || message === null) return false;
  const { id, ok } = message as Partial<SearchResponse>;
  return typeof id === 'number' && typeof ok === 'boolean';
}

function call(engine: SearchEngine, request: SearchRequest): unknown {
  const { args } = request;
  switch (request.method) {
    case 'upsert':
      return engine.upsert(...(args as Parameters<SearchApi['upsert']>));
    case 'remove':
      return engine.remove(...(args as Parameters<SearchApi['remove']>));
    case 'search':
      return engine.search(...(args as Parameters<SearchApi['search']>));
    case 'serialize':
      return JSON.stringify(engine.serialize());
    case 'load':
      return engine.load(...(args as Parameters<SearchApi['load']>));
    case 'fingerprint':
      return engine.fingerprint();
    case 'reconcile':
      return engine.reconcile(...(args as Parameters<SearchApi['reconcile']>));
    case 'saveTo': {
      const [path] = args as Parameters<SearchApi['saveTo']>;
      return { bytes: writeSnapshotFile(path, engine.serializeToFile()), fingerprint: engine.fingerprint() };
    }
    case 'loadFrom': {
      const [path, expectedFingerprint] = args as Parameters<SearchApi['loadFrom']>;
      return engine.loadFromFile(readSnapshotFile(path), expectedFingerprint);
    }
  }
}

export function errorValue(error: unknown): SearchError {
  if (error instanceof SearchQueryError) return { code: 'bad-query', message: error.message, position: error.position };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** Quiet time after the last request before segments are merged. */
export const MAINTENANCE_DELAY_MS = 250;

/**
 * Answers requests arriving on `transport` with `engine`. Requests run one at
 * a time, in order, so each sees every earlier upsert: an engine update is
 * complete before the next search starts. Segment merging waits until the
 * worker has been idle for a moment, so it never delays a reply.
 * Returns a function that stops serving.
 */
export function serveSearchEngine(transport: SearchTransport, engine: SearchEngine, maintenanceDelayMs = MAINTENANCE_DELAY_MS): () => void {
  let maintenance: ReturnType<typeof setTimeout> | null = null;
  const scheduleMaintenance = () => {
    if (maintenance !== null) clearTimeout(maintenance);
    maintenance = null;
    if (!engine.needsMaintenance()) return;
    maintenance = setTimeout(() => {
      maintenance = null;
      engine.maintain();
    }, maintenanceDelayMs);
    // An idle worker must not stay alive only for housekeeping.
    maintenance.unref();
  };
  const stopListening = transport.onMessage((message) => {
    if (!isRequest(message)) {
      const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
      if (typeof id === 'number') {
        transport.postMessage({ id, ok: false, error: { code: 'bad-request', message: 'The search worker got a request it does not know.' } });
      }
      return;
    }
    let response: SearchResponse;
    try {
      response = { id: message.id, ok: true, value: call(engine, message) };
    } catch (error) {
      response = { id: message.id, ok: false, error: errorValue(error) };
    }
    transport.postMessage(response);
    scheduleMaintenance();
  });
  return () => {
    stopListening();
    if (maintenance !== null) clearTimeout(maintenance);
  };
}
