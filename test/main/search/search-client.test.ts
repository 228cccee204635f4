import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchClient, type SearchClient } from '../../../src/main/search/search-client';
import { asDocument, sampleDocument } from './search-fixtures';

import { spawnSearchWorkerFromSource as spawnFromSource } from '../../support/search-worker';

describe('search client over a worker thread', () => {
  let client: SearchClient | null = null;
  afterEach(async () => {
    await client?.close();
    client = null;
  });

  it('indexes and searches through the worker', async () => {
    client = createSearchClient({ spawn: spawnFromSource });
    const document = sampleDocument();
    expect(await client.upsert([asDocument(document)])).toEqual({ ok: true, value: undefined });
    const found = await client.search('"cessation of hostilities"');
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.groups.map((group) => group.documentId)).toEqual(['kerry']);
    const ranges = found.value.groups[0]!.hits.flatMap((hit) => hit.ranges);
    expect(ranges.map((range) => document.text.slice(range.start, range.end))).toEqual([
      'cessation of hostilities',
      'cessation of hostilities',
    ]);
    const again = await client.search('patience');
    expect(again.ok && again.value.totalItems).toBe(1);
  });

  it('saves to and loads from a file inside the worker', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'scholia-search-'));
    try {
      const path = join(folder, 'index.json');
      client = createSearchClient({ spawn: spawnFromSource });
      expect(await client.loadFrom(path)).toMatchObject({ ok: true, value: { loaded: false, reason: 'missing' } });
      await client.upsert([asDocument(sampleDocument())]);
      const saved = await client.saveTo(path);
      expect(saved.ok && saved.value.bytes).toBeGreaterThan(1000);
      await client.close();
      client = createSearchClient({ spawn: spawnFromSource });
      const fingerprint = saved.ok ? saved.value.fingerprint : '';
      expect(await client.loadFrom(path, 'an older library')).toMatchObject({ ok: true, value: { loaded: false, reason: 'stale' } });
      expect(await client.loadFrom(path, fingerprint)).toEqual({ ok: true, value: { loaded: true, fingerprint } });
      const found = await client.search('"cessation of hostilities"');
      expect(found.ok && found.value.totalItems).toBe(1);
      expect(await readdir(folder)).toEqual(['index.json']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('returns a bad query as an error value with a readable message', async () => {
    client = createSearchClient({ spawn: spawnFromSource });
    const reply = await client.search('"cessation of');
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-query');
    expect(reply.error.message).toMatch(/quotation mark is not closed/);
  });

  it('answers concurrent requests by id, in order', async () => {
    client = createSearchClient({ spawn: spawnFromSource });
    const upsert = client.upsert([asDocument(sampleDocument('one'))]);
    const searches = Promise.all(['kerry', 'zarif', 'nothingmatcheshere'].map((query) => client!.search(query)));
    expect((await upsert).ok).toBe(true);
    const totals = (await searches).map((reply) => (reply.ok ? reply.value.totalItems : -1));
    expect(totals).toEqual([1, 1, 0]);
  });

  it('turns a dead worker into unavailable errors instead of hanging', async () => {
    client = createSearchClient({ spawn: spawnFromSource });
    await client.close();
    const reply = await client.search('kerry');
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
