/**
 * The incremental index: a document added finds its copies, one changed or
 * removed takes its links along, ten thousand identical paragraphs stay one
 * entry with a bounded answer, and the cache round-trips or, damaged, reads
 * as nothing.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, readIndexCache, writeIndexCache } from '../../../src/main/shared-text/index-cache';
import { paragraphShingles } from '../../../src/main/shared-text/paragraph-shingles';
import { SharedIndex, type IndexedDocument } from '../../../src/main/shared-text/shared-index';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const WIRE = 'Rescue workers searched through the rubble of the collapsed market building throughout the night, and officials said at least forty people were still missing on Wednesday morning.';
const OTHER = [
  'The city council voted to close the old bridge to heavy traffic after engineers found cracks in two of its supporting pillars last month.',
  'Farmers in the valley said the late frost had destroyed most of the apricot blossom, and that this year the harvest would be the smallest in a decade.',
  'The museum will reopen its east wing in the spring, showing for the first time a collection of maps donated by a retired sea captain.',
];

const doc = (id: string, paragraphs: string[], contentHash = `h-${id}`): IndexedDocument => ({
  id,
  contentHash,
  paragraphs: paragraphs.map((text, block) => ({ block, start: block * 1000, end: block * 1000 + text.length, shingles: paragraphShingles(text) })),
});

describe('the shared-text index', () => {
  it('finds a new document’s copies, tells which documents changed, and forgets a removed one', () => {
    const index = new SharedIndex();
    index.put(doc('a', [OTHER[0]!, WIRE]));
    const affected = index.put(doc('b', [`LONDON (Reuters) - ${WIRE.replace('forty', 'fifty')}`, OTHER[1]!]));
    expect(affected).toEqual(expect.arrayContaining(['a', 'b']));
    const forA = index.forDocument('a', 20);
    expect(forA).toEqual([{ block: 1, documents: 1, links: [{ documentId: 'b', block: 0, start: 0, end: WIRE.length + 19, similarity: expect.any(Number) }] }]);
    expect(forA[0]!.links[0]!.similarity).toBeGreaterThan(0.8);
    expect(index.forDocument('b', 20).map((b) => b.block)).toEqual([0]);

    expect(index.remove('b')).toEqual(['a']);
    expect(index.forDocument('a', 20)).toEqual([]);
  });

  it('a changed document replaces what was indexed of it', () => {
    const index = new SharedIndex();
    index.put(doc('a', [WIRE]));
    index.put(doc('b', [WIRE]));
    expect(index.forDocument('a', 20)).toHaveLength(1);
    expect(index.put(doc('b', [OTHER[2]!], 'h-b2'))).toEqual(expect.arrayContaining(['a', 'b']));
    expect(index.forDocument('a', 20)).toEqual([]);
    expect(index.known().get('b')).toBe('h-b2');
    expect(index.size.entries).toBe(2);
  });

  it('ten thousand identical paragraphs are one entry; the links shown are capped and the rest counted', () => {
    const index = new SharedIndex();
    const began = performance.now();
    for (let i = 0; i < 10_000; i++) index.put(doc(`d${i}`, [WIRE]));
    const [block] = index.forDocument('d0', 20);
    expect(block!.documents).toBe(9_999);
    expect(block!.links).toHaveLength(20);
    expect(index.size.entries).toBe(1);
    expect(index.put(doc('late', [WIRE]))).toBe('all');
    expect(performance.now() - began).toBeLessThan(10_000);
    expect(index.clusters(10, 5)).toEqual([{ documents: 10_001, paragraphs: 10_001, members: expect.any(Array) }]);
  });

  it('groups linked paragraphs into clusters, the most widely shared first', () => {
    const index = new SharedIndex();
    index.put(doc('a', [WIRE, OTHER[0]!]));
    index.put(doc('b', [WIRE.replace('forty', 'fifty'), OTHER[0]!]));
    index.put(doc('c', [WIRE.replace('night', 'day')]));
    index.put(doc('d', [OTHER[1]!]));
    const clusters = index.clusters(10, 10);
    expect(clusters.map((c) => c.documents)).toEqual([3, 2]);
    expect(clusters[0]!.members.map((m) => m.documentId).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the index cache', () => {
  const documents = [doc('a', [WIRE, OTHER[0]!]), doc('b', [OTHER[1]!, 'Too short.'])];

  it('round-trips every document, and a rebuilt index answers as the first did', async () => {
    const path = join(await tempDir(), 'shared-text.bin');
    await writeIndexCache(path, documents);
    const read = await readIndexCache(path);
    expect(read).toEqual(documents);
    const index = new SharedIndex();
    for (const document of read!) index.put(document);
    expect([...index.export()]).toEqual(documents.map((d) => ({ ...d, paragraphs: d.paragraphs.filter((p) => p.shingles.length > 0) })));
  });

  it('reads a damaged, cut-short, foreign or missing file as nothing', async () => {
    const file = encodeIndex(documents);
    const flipped = Buffer.from(file);
    flipped[20] = flipped[20]! ^ 0xff;
    expect(decodeIndex(flipped)).toBeNull();
    expect(decodeIndex(file.subarray(0, file.length - 5))).toBeNull();
    expect(decodeIndex(Buffer.from('not an index at all, just some text that is long enough'))).toBeNull();
    expect(decodeIndex(Buffer.alloc(0))).toBeNull();
    const dir = await tempDir();
    expect(await readIndexCache(join(dir, 'missing.bin'))).toBeNull();
    await writeFile(join(dir, 'garbage.bin'), Buffer.alloc(4096, 7));
    expect(await readIndexCache(join(dir, 'garbage.bin'))).toBeNull();
  });
});
