/**
 * What main uses to search: an async facade over the search worker's
 * channel. Every failure, a bad query or a dead worker alike, comes back as
 * a value, never a throw.
 *
 * The worker is started by the injected `spawn`, so main starts a utility
 * process and tests a worker thread running the TypeScript source, with the
 * same client.
 */
import { connectWorker, type ArgsOf, type WorkerHandle, type WorkerReply } from '../workers/worker-channel';
import { SEARCH_METHODS, SEARCH_WORKER, type SearchApi, type SearchMethod } from './search-protocol';
import type { LoadOutcome } from './snapshot-contents';
import type { IndexableItem, ItemRef, SearchOptions, SearchResult } from './types';
import type { FoundOccurrence, OccurrenceList } from '../../shared/concordance';
import type { OccurrenceOptions } from './occurrences';

/** `timeout`: the call overran its time limit, and its worker was stopped. */
export type SearchErrorCode = 'bad-query' | 'bad-request' | 'internal' | 'timeout' | 'unavailable';

export interface SearchError {
  code: SearchErrorCode;
  message: string;
  /** For bad-query: where in the query the problem is. */
  position?: number | null;
}

export type SearchReply<T> = { ok: true; value: T } | { ok: false; error: SearchError };

export interface SearchClientOptions {
  spawn: () => WorkerHandle;
}

export interface SearchClient {
  upsert(items: IndexableItem[]): Promise<SearchReply<void>>;
  remove(refs: ItemRef[]): Promise<SearchReply<void>>;
  /** With `timeoutMs`, a query still running then stops the worker and answers `timeout`. */
  search(query: string, options?: SearchOptions, timeoutMs?: number): Promise<SearchReply<SearchResult>>;
  occurrences(query: string, options: OccurrenceOptions, timeoutMs?: number): Promise<SearchReply<OccurrenceList<FoundOccurrence>>>;
  fingerprint(): Promise<SearchReply<string>>;
  /** Removes items the notebook no longer has; answers the keys (see item-keys) to upsert. */
  reconcile(expected: Record<string, string>): Promise<SearchReply<string[]>>;
  /** Saves the index to a file from the worker (atomic write); main never holds the 80 MB. */
  saveTo(path: string): Promise<SearchReply<{ bytes: number; fingerprint: string }>>;
  /** Loads a file written by `saveTo`; `loaded: false` (missing, stale, damaged) means rebuild. */
  loadFrom(path: string, expectedFingerprint?: string): Promise<SearchReply<LoadOutcome>>;
  /** Stops the worker; pending and later calls answer `unavailable`. */
  close(): Promise<void>;
  /** Called once when the worker stops for any reason (a time limit, its death, close), with why. */
  onStop(listener: (reason: string) => void): void;
}

const OWN_CODES: ReadonlySet<string> = new Set<SearchErrorCode>(['bad-query', 'bad-request', 'internal', 'timeout']);

/** The worker's own errors as they are; anything the channel reports (a stopped or dead worker) as unavailable. */
function asSearchReply<T>(reply: WorkerReply<T>): SearchReply<T> {
  if (reply.ok) return reply;
  const { code, message, position } = reply.error;
  const error: SearchError = { code: OWN_CODES.has(code) ? (code as SearchErrorCode) : 'unavailable', message };
  if (typeof position === 'number' || position === null) error.position = position;
  return { ok: false, error };
}

export function createSearchClient({ spawn }: SearchClientOptions): SearchClient {
  const channel = connectWorker<SearchApi>(SEARCH_METHODS, spawn(), SEARCH_WORKER);
  const request = async <M extends SearchMethod>(method: M, ...args: ArgsOf<SearchApi, M>) => asSearchReply(await channel.call(method, args));
  return {
    upsert: (items) => request('upsert', items),
    remove: (refs) => request('remove', refs),
    search: async (query, options, timeoutMs) =>
      asSearchReply(await channel.call('search', options === undefined ? [query] : [query, options], timeoutMs === undefined ? {} : { timeoutMs })),
    occurrences: async (query, options, timeoutMs) => asSearchReply(await channel.call('occurrences', [query, options], timeoutMs === undefined ? {} : { timeoutMs })),
    fingerprint: () => request('fingerprint'),
    reconcile: (expected) => request('reconcile', expected),
    saveTo: (path) => request('saveTo', path),
    loadFrom: (path, expectedFingerprint) => (expectedFingerprint === undefined ? request('loadFrom', path) : request('loadFrom', path, expectedFingerprint)),
    close: () => channel.close(),
    onStop: (listener) => channel.onStop((error) => listener(error.message)),
  };
}
