/**
 * What main uses to search: an async facade over the search worker. Each call
 * sends one request and resolves with its matching response; every failure,
 * a bad query or a dead worker alike, comes back as a value, never a throw.
 *
 * The worker is started by the injected `spawn`, so main starts a
 * worker_threads Worker or a utilityProcess, and tests a Worker running the
 * TypeScript source, with the same client.
 */
import { isResponse, type SearchApi, type SearchError, type SearchMethod, type SearchReply, type SearchTransport } from './search-protocol';
import type { LoadOutcome } from './snapshot';
import type { IndexableItem, ItemRef, SearchOptions, SearchResult } from './types';

/** A started worker: a transport plus a way to stop it and to learn that it died. */
export interface SearchWorkerHandle extends SearchTransport {
  terminate(): Promise<unknown> | void;
  /** Called once if the worker exits or crashes on its own. */
  onExit(listener: (reason: string) => void): void;
}

export interface SearchClientOptions {
  spawn: () => SearchWorkerHandle;
}

export interface SearchClient {
  upsert(items: IndexableItem[]): Promise<SearchReply<void>>;
  remove(refs: ItemRef[]): Promise<SearchReply<void>>;
  search(query: string, options?: SearchOptions): Promise<SearchReply<SearchResult>>;
  /** The index as JSON text, to be written to disk as is. */
  serialize(): Promise<SearchReply<string>>;
  /** Restores from the JSON text `serialize` gave (or its parsed object); `loaded: false` means rebuild. */
  load(snapshot: unknown, expectedFingerprint?: string): Promise<SearchReply<LoadOutcome>>;
  fingerprint(): Promise<SearchReply<string>>;
  /** Removes items the notebook no longer has; answers the keys (see item-keys) to upsert. */
  reconcile(expected: Record<string, string>): Promise<SearchReply<string[]>>;
  /** Saves the index to a file from the worker (atomic write); main never holds the 80 MB. */
  saveTo(path: string): Promise<SearchReply<{ bytes: number; fingerprint: string }>>;
  /** Loads a file written by `saveTo`; `loaded: false` (missing, stale, damaged) means rebuild. */
  loadFrom(path: string, expectedFingerprint?: string): Promise<SearchReply<LoadOutcome>>;
  /** Stops the worker; pending and later calls answer `unavailable`. */
  close(): Promise<void>;
}

type Pending = (reply: SearchReply<unknown>) => void;

export function createSearchClient({ spawn }: SearchClientOptions): SearchClient {
  const worker = spawn();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closedBecause: string | null = null;

  const failAll = (reason: string) => {
    closedBecause ??= reason;
    const error: SearchError = { code: 'unavailable', message: reason };
    for (const settle of pending.values()) settle({ ok: false, error });
    pending.clear();
  };

  worker.onMessage((message) => {
    if (!isResponse(message)) return;
    const settle = pending.get(message.id);
    if (!settle) return;
    pending.delete(message.id);
    settle(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
  });
  worker.onExit((reason) => failAll(`The search worker stopped: ${reason}`));

  function request<M extends SearchMethod>(method: M, ...args: Parameters<SearchApi[M]>): Promise<SearchReply<ReturnType<SearchApi[M]>>> {
    if (closedBecause !== null) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: closedBecause } });
    const id = nextId;
    nextId += 1;
    return new Promise((resolve) => {
      pending.set(id, resolve as Pending);
      try {
        worker.postMessage({ id, method, args });
      } catch (error) {
        pending.delete(id);
        resolve({ ok: false, error: { code: 'bad-request', message: error instanceof Error ? error.message : String(error) } });
      }
    });
  }

  return {
    upsert: (items) => request('upsert', items),
    remove: (refs) => request('remove', refs),
    search: (query, options) => (options === undefined ? request('search', query) : request('search', query, options)),
    serialize: () => request('serialize'),
    load: (snapshot, expectedFingerprint) =>
      expectedFingerprint === undefined ? request('load', snapshot) : request('load', snapshot, expectedFingerprint),
    fingerprint: () => request('fingerprint'),
    reconcile: (expected) => request('reconcile', expected),
    saveTo: (path) => request('saveTo', path),
    loadFrom: (path, expectedFingerprint) =>
      expectedFingerprint === undefined ? request('loadFrom', path) : request('loadFrom', path, expectedFingerprint),
    close: async () => {
      failAll('The search client was closed.');
      await worker.terminate();
    },
  };
}
