/**
 * The start's check of a saved index against the notebook: every item's
 * hash is what the engine would have, and main's event loop gets turns while
 * they are worked out (400,000 items at once held it for 3 s).
 */
import { describe, expect, it } from 'vitest';
import { expectedHashes, indexablePassage, loadOrRebuild, type IndexSources } from '../../../src/main/search/index-sync';
import type { SearchClient } from '../../../src/main/search/search-client';
import type { DocumentSummary, Passage } from '../../../src/shared/model';

const PASSAGES = 30_000;

function notebook() {
  const documents = [{ id: 'doc', contentHash: 'h', title: 'Talks stall', byline: null } as unknown as DocumentSummary];
  const passages = Array.from(
    { length: PASSAGES },
    (_, index) => ({ id: `p${index}`, documentId: 'doc', position: { start: index, end: index + 5 }, note: `note ${index}`, tagIds: ['t'] }) as unknown as Passage,
  );
  const sources: IndexSources = {
    indexFile: '/notebook/search-index.bin',
    documents: () => documents,
    body: () => Promise.reject(new Error('not read: the saved index is current')),
    passages: async () => passages,
    memos: () => [],
    tagPath: (id) => (id === 't' ? 'themes/truce' : undefined),
  };
  return { documents, passages, sources };
}

/** A worker that loaded a current index: it answers at once and keeps what it was asked to check. */
function currentIndex() {
  const checked: Record<string, string>[] = [];
  const client = {
    loadFrom: async () => ({ ok: true, value: { loaded: true, fingerprint: 'saved' } }),
    reconcile: async (expected: Record<string, string>) => (checked.push(expected), { ok: true, value: [] }),
  } as unknown as SearchClient;
  return { client, checked };
}

describe('checking a saved index against the notebook at start', () => {
  it('sends the hash of every item as the engine has it, and lets main take turns meanwhile', async () => {
    const { documents, passages, sources } = notebook();
    const { client, checked } = currentIndex();
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    expect(await loadOrRebuild(client, sources)).toBe('saved index');
    running = false;
    expect(turns).toBeGreaterThan(PASSAGES / 5_000);
    const indexable = passages.map((passage) => indexablePassage(passage, sources.tagPath));
    expect(checked).toEqual([expectedHashes(documents, indexable, [])]);
    expect(Object.keys(checked[0]!)).toHaveLength(PASSAGES + 1);
  });
});
