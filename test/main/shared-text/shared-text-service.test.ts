/**
 * Shared text through a real notebook: reprints are found when imported, a
 * removed document takes its copies along, every copy of a paragraph is
 * listed with its range and text for coding them all, the cache makes a
 * restart compare nothing again, a comparison cut short by closing ends
 * quietly, and a damaged cache is rebuilt, not a crash.
 */
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSharedApi, SHARED_METHODS, SHARED_WORKER, type SharedApi } from '../../../src/main/shared-text/shared-protocol';
import type { SharedTextChanged } from '../../../src/shared/shared-text';
import { localWorkerHandle } from '../../../src/main/workers/local-worker';
import { connectWorker, serveWorker } from '../../../src/main/workers/worker-channel';
import { ChangeFeed } from '../../../src/main/changes/change-feed';
import { SharedText } from '../../../src/main/shared-text/shared-text-service';
import type { DocumentSummary } from '../../../src/shared/model';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { sampleArticle } from '../../support/sample';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const SHARED = 'World powers have failed to turn a fragile cessation of hostilities in Syria, in effect since February 27, into a durable truce';
const reprint = (edit: (text: string) => string) =>
  ['Syria talks stall', '', 'By a staff writer', '', edit(`${SHARED} and Damascus has stepped up its military campaign against the Islamic State group and rebels in the second city of Aleppo.`), '', 'Oil prices rose sharply on Thursday as traders weighed the prospect of tighter supply from the region for the rest of the year.'].join('\n');

/** A notebook whose shared-text worker counts the documents it is sent. */
async function open(dataDir: string) {
  const sent: string[] = [];
  const serve = () =>
    localWorkerHandle((port) => {
      const api = createSharedApi();
      const counting: SharedApi = { ...api, put: (documents) => (sent.push(...documents.map((d) => d.id)), api.put(documents)) };
      serveWorker(SHARED_METHODS, port, counting, SHARED_WORKER);
    });
  const notebook = await openNotebook({ dataDir, sample: sampleArticle(), sharedTextWorker: serve });
  await notebook.checked;
  const changes: SharedTextChanged[] = [];
  notebook.sharedText.onChange((change) => changes.push(change));
  return { notebook, sent, changes };
}

const importText = async (notebook: Notebook, title: string, text: string) => {
  const outcome = await notebook.imports.pasted(title, text);
  if (outcome.status !== 'imported') throw new Error(`not imported: ${outcome.status}`);
  return outcome.document.id;
};

describe('shared text in a notebook', () => {
  it('finds reprints as they are imported, and forgets a removed one', async () => {
    const dir = await tempDir();
    const { notebook, changes } = await open(dir);
    const sampleId = notebook.library.list()[0]!.id;
    const exact = await importText(notebook, 'Reprint', reprint((text) => text));
    const edited = await importText(notebook, 'Edited', reprint((text) => `DAMASCUS (Reuters) - ${text.replace('stepped up', 'intensified')}`));
    await notebook.sharedText.settled();
    expect(changes.some((change) => change.documentIds === 'all' || change.documentIds.includes(sampleId))).toBe(true);

    const found = await notebook.sharedText.forDocument(sampleId);
    expect(found.ready).toBe(true);
    expect(found.blocks).toHaveLength(1);
    const [block] = found.blocks;
    const { text, blocks } = await notebook.reading.document(sampleId);
    expect(text.slice(blocks[block!.blockIndex]!.start, blocks[block!.blockIndex]!.end)).toContain(SHARED);
    expect(block!.documents).toBe(2);
    expect(block!.copies.map((copy) => copy.title).sort()).toEqual(['Edited', 'Reprint']);
    const editedCopy = block!.copies.find((copy) => copy.documentId === edited)!;
    expect(editedCopy.similarity).toBeLessThan(1);
    expect(editedCopy.similarity).toBeGreaterThanOrEqual(0.7);
    const { text: editedText, blocks: editedBlocks } = await notebook.reading.document(edited);
    expect(editedText.slice(editedBlocks[editedCopy.blockIndex]!.start, editedBlocks[editedCopy.blockIndex]!.end)).toContain('intensified');

    const { ready, clusters } = await notebook.sharedText.clusters();
    expect(ready).toBe(true);
    // The two reprints also share their last paragraph, which the sample does not have.
    expect(clusters.map((cluster) => cluster.documents)).toEqual([3, 2]);
    expect(clusters[0]).toMatchObject({ documents: 3, excerpt: expect.stringMatching(/^(DAMASCUS \(Reuters\) - )?World powers/) });

    await notebook.removal.delete([exact]);
    await notebook.sharedText.settled();
    expect((await notebook.sharedText.forDocument(sampleId)).blocks[0]!.documents).toBe(1);
    await expect(notebook.sharedText.forDocument('no-such-document')).rejects.toThrow(/not in the notebook/);
    await notebook.close();
  });

  it('lists a paragraph and every copy with the range and text to code, and refuses a paragraph that is not there', async () => {
    const dir = await tempDir();
    const { notebook, sent } = await open(dir);
    const sampleId = notebook.library.list()[0]!.id;
    const reprints = [await importText(notebook, 'Reprint', reprint((text) => text)), await importText(notebook, 'Edited', reprint((text) => `DAMASCUS (Reuters) - ${text}`))];
    await notebook.sharedText.settled();
    expect(sent).toEqual(expect.arrayContaining([sampleId, ...reprints]));
    const [block] = (await notebook.sharedText.forDocument(sampleId)).blocks;

    const copies = await notebook.sharedText.copies(sampleId, block!.blockIndex, 1_000);
    expect(copies.map((copy) => copy.documentId)).toEqual([sampleId, ...copies.slice(1).map((copy) => copy.documentId)]);
    expect(copies.slice(1).map((copy) => copy.documentId).sort()).toEqual([...reprints].sort());
    for (const copy of copies) {
      const { text, blocks } = await notebook.reading.document(copy.documentId);
      expect([copy.start, copy.end]).toEqual([blocks[copy.blockIndex]!.start, blocks[copy.blockIndex]!.end]);
      expect(text.slice(copy.start, copy.end)).toContain(SHARED);
      expect(copy.text).toContain(SHARED);
    }
    expect(copies[0]!.similarity).toBe(1);

    await expect(notebook.sharedText.copies(sampleId, 9_999, 1_000)).rejects.toThrow(/no such paragraph/);
    await expect(notebook.sharedText.copies('no-such-document', 0, 1_000)).rejects.toThrow(/not in the notebook/);
    const { clusters } = await notebook.sharedText.clusters();
    expect(clusters[0]!.members.map((member) => member.documentId).sort()).toEqual([sampleId, ...reprints].sort());
    await notebook.close();
  });

  it('answers while the first comparison runs, saying it is not done, and then with what it found', async () => {
    const dir = await tempDir();
    const text = `Headline\n\n${SHARED} and Damascus has stepped up its campaign in the second city of Aleppo.`;
    const paragraph = { kind: 'paragraph' as const, start: 'Headline\n\n'.length, end: text.length };
    const documents = ['a', 'b', 'c'].map((id) => ({ id, title: id, source: 'Wire', publishedAt: null, contentHash: `hash-${id}` }) as unknown as DocumentSummary);
    let letRead = () => undefined as void;
    const reading = new Promise<void>((resolve) => (letRead = resolve));
    const shared = new SharedText({
      feed: new ChangeFeed(),
      documents: () => documents,
      // The last document's body is read only when the test lets it: the comparison is held in the middle.
      body: async (id) => (id === 'c' && (await reading), { text, blocks: [{ kind: 'title', start: 0, end: 8 }, paragraph] }),
      cacheFile: join(dir, 'shared-text.bin'),
      connect: () => connectWorker<SharedApi>(SHARED_METHODS, localWorkerHandle((port) => serveWorker(SHARED_METHODS, port, createSharedApi(), SHARED_WORKER)), SHARED_WORKER),
    });
    const started = shared.start();
    expect(await shared.clusters()).toEqual({ ready: false, clusters: [] });
    expect(await shared.forDocument('a')).toEqual({ ready: false, blocks: [] });
    letRead();
    await started;
    const overview = await shared.clusters();
    expect(overview.ready).toBe(true);
    expect(overview.clusters.map((cluster) => cluster.documents)).toEqual([3]);
    expect((await shared.forDocument('a')).blocks[0]!.copies.map((copy) => copy.documentId)).toEqual(['b', 'c']);
    await shared.close();
  });

  it('a comparison cut short by closing the notebook ends quietly, and a restart takes it up', async () => {
    const dir = await tempDir();
    const text = `Headline\n\n${SHARED} and Damascus has stepped up its campaign in the second city of Aleppo.`;
    const paragraph = { kind: 'paragraph' as const, start: 'Headline\n\n'.length, end: text.length };
    const documents = ['a', 'b'].map((id) => ({ id, title: id, source: 'Wire', publishedAt: null, contentHash: `hash-${id}` }) as unknown as DocumentSummary);
    let letRead = () => undefined as void;
    const reading = new Promise<void>((resolve) => (letRead = resolve));
    let held = () => undefined as void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    let workers = 0;
    const service = (hold: boolean) =>
      new SharedText({
        feed: new ChangeFeed(),
        documents: () => documents,
        body: async (id) => {
          if (hold && id === 'b') {
            held();
            await reading;
          }
          return { text, blocks: [{ kind: 'title', start: 0, end: 8 }, paragraph] };
        },
        cacheFile: join(dir, 'shared-text.bin'),
        connect: () => {
          workers += 1;
          return connectWorker<SharedApi>(SHARED_METHODS, localWorkerHandle((port) => serveWorker(SHARED_METHODS, port, createSharedApi(), SHARED_WORKER)), SHARED_WORKER);
        },
      });
    // Closed in the middle of the comparison: the worker goes, and the comparison ends without an error.
    const first = service(true);
    const started = first.start();
    await holding;
    await first.close();
    letRead();
    await expect(started).resolves.toBeUndefined();
    expect(workers).toBe(1);

    // Closed before the comparison's turn came: no worker is started at all.
    const closedAtOnce = service(false);
    const never = closedAtOnce.start();
    await closedAtOnce.close();
    await expect(never).resolves.toBeUndefined();
    expect(workers).toBe(1);

    const second = service(false);
    await second.start();
    expect((await second.forDocument('a')).blocks[0]!.copies.map((copy) => copy.documentId)).toEqual(['b']);
    await second.close();
  });

  it('a restart compares nothing again; a damaged cache is rebuilt', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const sampleId = first.notebook.library.list()[0]!.id;
    await importText(first.notebook, 'Reprint', reprint((text) => text));
    await first.notebook.sharedText.settled();
    await first.notebook.close();
    await access(join(dir, 'shared-text.bin'));

    const second = await open(dir);
    await second.notebook.sharedText.settled();
    expect(second.sent).toEqual([]);
    expect((await second.notebook.sharedText.forDocument(sampleId)).blocks[0]!.documents).toBe(1);
    await second.notebook.close();

    await writeFile(join(dir, 'shared-text.bin'), 'damaged');
    const third = await open(dir);
    await third.notebook.sharedText.settled();
    expect(third.sent).toHaveLength(2);
    expect((await third.notebook.sharedText.forDocument(sampleId)).blocks[0]!.documents).toBe(1);
    await third.notebook.close();
  });
});
