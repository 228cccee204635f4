/**
 * Search started before the notebook's files are read: the saved index is
 * asked for once, at once; the start's own load is that one; a restart gets a
 * worker of its own; and a notebook that failed to open stops the worker.
 */
import { describe, expect, it } from 'vitest';
import type { SearchClient } from '../../../src/main/search/search-client';
import { preloadSearch } from '../../../src/main/search/search-preload';

function fakeClients() {
  const made: { loads: string[]; closed: boolean }[] = [];
  const connect = (): SearchClient => {
    const record = { loads: [] as string[], closed: false };
    made.push(record);
    const unused = () => Promise.reject(new Error('not used here'));
    return {
      upsert: unused,
      remove: unused,
      search: unused,
      occurrences: unused,
      fingerprint: unused,
      reconcile: unused,
      saveTo: unused,
      loadFrom: async (path) => (record.loads.push(path), { ok: true, value: { loaded: true, fingerprint: `from ${path}` } }),
      close: async () => void (record.closed = true),
      onStop: () => undefined,
    };
  };
  return { connect, made };
}

describe('search started before the notebook is read', () => {
  it('loads the saved index at once, and the start’s load of it is that same one', async () => {
    const { connect, made } = fakeClients();
    const preload = preloadSearch(connect, '/notebook/search-index.bin');
    expect(made).toHaveLength(1);
    expect(made[0]!.loads).toEqual(['/notebook/search-index.bin']);
    const client = preload.connect();
    expect(await client.loadFrom('/notebook/search-index.bin')).toEqual({ ok: true, value: { loaded: true, fingerprint: 'from /notebook/search-index.bin' } });
    expect(made[0]!.loads).toHaveLength(1);
    // Any later load is the worker's to do again.
    await client.loadFrom('/notebook/search-index.bin');
    expect(made[0]!.loads).toHaveLength(2);
  });

  it('a load of another file, or with a fingerprint to match, is sent as asked', async () => {
    const { connect, made } = fakeClients();
    const client = preloadSearch(connect, '/notebook/search-index.bin').connect();
    await client.loadFrom('/elsewhere/search-index.bin');
    expect(made[0]!.loads).toEqual(['/notebook/search-index.bin', '/elsewhere/search-index.bin']);
  });

  it('a restart connects a new worker; abandoning stops the preloaded one only if nothing took it', async () => {
    const { connect, made } = fakeClients();
    const taken = preloadSearch(connect, '/a/search-index.bin');
    taken.connect();
    taken.connect();
    expect(made).toHaveLength(2);
    await taken.abandon();
    expect(made[0]!.closed).toBe(false);

    const failed = preloadSearch(connect, '/b/search-index.bin');
    await failed.abandon();
    expect(made[2]!.closed).toBe(true);
  });
});
