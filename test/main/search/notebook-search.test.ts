import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_FORMAT_VERSION } from '../../../src/main/search/fingerprint';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook } from '../../support/notebook';
import { searchClientFromSource } from '../../support/search-worker';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function searchable(dir?: string) {
  const dataDir = dir ?? (await tempDir());
  const notebook = await openTestNotebook(dataDir, { search: searchClientFromSource });
  open.push(notebook);
  const startedFrom = await notebook.search.ready();
  const document = await notebook.reading.document(notebook.library.list()[0]!.id);
  return { dataDir, notebook, document, startedFrom };
}

/** Matched text of every hit, read back from the document through the hit's ranges. */
const matchedWords = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('searching the notebook', () => {
  it('finds a word in the sample, with ranges that point at it and the block it sits in', async () => {
    const { notebook, document } = await searchable();
    const result = await notebook.search.search('patience', 20);
    expect(result.groups).toHaveLength(1);
    const [group] = result.groups;
    expect(group!.documentTitle).toBe(document.title);
    const quoteHit = group!.hits.find((hit) => hit.blockKind === 'paragraph' && hit.blockOrdinal === 2);
    expect(quoteHit, JSON.stringify(group!.hits.map((h) => [h.blockKind, h.blockOrdinal]))).toBeDefined();
    expect(matchedWords(document.text, quoteHit!.ranges)).toEqual(['patience']);
    expect(quoteHit!.snippet.highlights.length).toBeGreaterThan(0);
  });

  it('matches an exact phrase only where its words stand together', async () => {
    const { notebook, document } = await searchable();
    const result = await notebook.search.search('"cessation of hostilities"', 20);
    const hits = result.groups.flatMap((g) => g.hits);
    const blocks = hits.map((hit) => document.text.slice(document.blocks[hit.blockIndex!]!.start, document.blocks[hit.blockIndex!]!.end));
    const expected = document.blocks
      .map((b) => document.text.slice(b.start, b.end))
      .filter((text) => text.includes('cessation of hostilities'));
    expect(blocks.sort()).toEqual(expected.sort());
    expect(expected).toHaveLength(2);
  });

  it('sees new, changed and deleted passages, tag renames and undos', async () => {
    const { notebook, document } = await searchable();
    const start = document.text.indexOf('Mohammad Javad Zarif');
    const zarif = await notebook.tags.create({ name: 'actors/Zarif' });
    const passage = await notebook.passages.create({ documentId: document.id, start, end: start + 20, tagIds: [zarif.id], note: 'Iran’s envoy' });
    const passageIds = async (query: string) =>
      (await notebook.search.search(query, 50)).groups.flatMap((g) => g.hits).filter((h) => h.kind === 'passage').map((h) => h.itemId);

    await expect.poll(() => passageIds('tag:actors'), { timeout: 1000 }).toEqual([passage.id]);
    await expect.poll(() => passageIds('envoy'), { timeout: 1000 }).toEqual([passage.id]);

    await notebook.tags.update(zarif.parentId!, { name: 'people' });
    await expect.poll(() => passageIds('tag:people/Zarif'), { timeout: 1000 }).toEqual([passage.id]);
    expect(await passageIds('tag:actors')).toEqual([]);

    await notebook.passages.delete(passage.id);
    await expect.poll(() => passageIds('envoy'), { timeout: 1000 }).toEqual([]);
    await notebook.history.undo();
    await expect.poll(() => passageIds('envoy'), { timeout: 1000 }).toEqual([passage.id]);
  });

  it('tells whether the index covers exactly the stored documents and passages', async () => {
    const dataDir = await tempDir();
    const search = searchClientFromSource();
    const notebook = await openTestNotebook(dataDir, { search: () => search });
    open.push(notebook);
    const documentId = notebook.library.list()[0]!.id;
    const passage = await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'indexed' });
    expect(await notebook.search.coversNotebook()).toBe(true);

    // The index loses an item behind the notebook's back.
    await search.remove([{ kind: 'passage', id: passage.id }]);
    expect(await notebook.search.coversNotebook()).toBe(false);
    await notebook.passages.update(passage.id, { note: 'indexed again' });
    expect(await notebook.search.coversNotebook()).toBe(true);
  });

  it('refuses a query it cannot read with a clear message', async () => {
    const { notebook } = await searchable();
    for (const query of ['title:', '~~', '"unterminated']) {
      await expect(notebook.search.search(query, 10), query).rejects.toMatchObject({ code: 'invalid-query', message: expect.any(String) });
    }
  });

  it('loads the saved index on a start with an unchanged notebook, and repairs a stale one item by item', async () => {
    const first = await searchable();
    expect(first.startedFrom).toBe('rebuild');
    await first.notebook.close();
    open.splice(open.indexOf(first.notebook), 1);

    const second = await searchable(first.dataDir);
    expect(second.startedFrom).toBe('saved index');
    const ghost = await second.notebook.passages.create({ documentId: second.document.id, start: 20, end: 30, tagIds: [], note: 'ghostly note' });
    expect((await second.notebook.search.search('patience', 5)).groups).toHaveLength(1);
    await second.notebook.close();
    open.splice(open.indexOf(second.notebook), 1);

    // A change the saved index never saw, as after a crash before it was saved.
    const unindexed = await openTestNotebook(first.dataDir);
    await unindexed.passages.create({ documentId: first.document.id, start: 0, end: 10, tagIds: [], note: 'unseen note' });
    await unindexed.passages.delete(ghost.id);

    const third = await searchable(first.dataDir);
    expect(third.startedFrom).toBe('repaired index');
    const hits = (await third.notebook.search.search('unseen', 5)).groups.flatMap((g) => g.hits);
    expect(hits.map((h) => h.kind)).toEqual(['passage']);
    expect((await third.notebook.search.search('ghostly', 5)).groups).toEqual([]);
  });

  it('rebuilds an index saved by an earlier analysis (before words were folded and segmented) instead of loading it', async () => {
    const first = await searchable();
    await first.notebook.imports.pasted('Ärger in Köln', 'Der Ärger über die Baustelle wächst.');
    await first.notebook.close();
    open.splice(open.indexOf(first.notebook), 1);
    const path = join(first.dataDir, 'search-index.bin');
    const saved = await readFile(path);
    expect(saved.readUInt32LE(16)).toBe(INDEX_FORMAT_VERSION);
    saved.writeUInt32LE(2, 16);
    await writeFile(path, saved);

    const second = await searchable(first.dataDir);
    expect(second.startedFrom).toBe('rebuild');
    const [group] = (await second.notebook.search.search('arger', 5)).groups;
    expect(group?.documentTitle).toBe('Ärger in Köln');
  });

  it('rebuilds an index saved in the layout before one vocabulary for the whole index (format 3), and answers from the rebuild', async () => {
    const first = await searchable();
    await first.notebook.close();
    open.splice(open.indexOf(first.notebook), 1);
    const path = join(first.dataDir, 'search-index.bin');
    const saved = await readFile(path);
    saved.writeUInt32LE(3, 16);
    await writeFile(path, saved);

    const second = await searchable(first.dataDir);
    expect(second.startedFrom).toBe('rebuild');
    expect((await second.notebook.search.search('patience', 5)).groups).toHaveLength(1);
    expect((await readFile(path)).readUInt32LE(16)).toBe(INDEX_FORMAT_VERSION);
  });
});
