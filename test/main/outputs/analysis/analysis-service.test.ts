/**
 * The Analysis service through a real notebook: answers follow the change
 * feed (a new passage, a retag, a deleted document, a renamed tag), the
 * library filter scopes them, a worker that dies is started again, and
 * garbage names are refused. One test runs the real worker thread.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnalysisFile } from '../../../../src/main/outputs/analysis/analysis-save';
import { workerThreadHandle } from '../../../../src/main/workers/worker-thread';
import type { Notebook } from '../../../../src/main/notebook/notebook';
import { fakeDesktop } from '../../../support/desktop';
import { openTestNotebook } from '../../../support/notebook';
import { useTempDirs } from '../../../support/temp-dir';
import { tsWorker } from '../../../support/ts-worker';

const tempDir = useTempDirs();
const workerEntry = new URL('../../../../src/main/outputs/analysis/analysis-worker.ts', import.meta.url);

async function coded(notebook: Notebook) {
  const documentId = notebook.library.list()[0]!.id;
  const { text } = await notebook.reading.document(documentId);
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
  const lavrov = await notebook.tags.create({ name: 'actors/Lavrov' });
  const patience = await notebook.passages.create({ documentId, ...at('our patience is not infinite'), tagIds: [kerry.id, lavrov.id], note: '' });
  return { documentId, at, kerry, lavrov, actors: kerry.parentId!, patience };
}

const rowOf = async (notebook: Notebook, tagId: string) => (await notebook.analysis.frequencies({})).rows.find((r) => r.tagId === tagId);

describe('the analysis service', () => {
  it('follows every change: a new passage, a retag, a renamed tag, a deleted document', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const { documentId, at, kerry, lavrov, actors, patience } = await coded(notebook);
    expect((await rowOf(notebook, actors))?.rolled).toEqual({ passages: 1, documents: 1, words: 5 });

    await notebook.passages.create({ documentId, ...at('Bashar al-Assad'), tagIds: [lavrov.id], note: '' });
    expect((await rowOf(notebook, actors))?.rolled).toMatchObject({ passages: 2, words: 7 });
    await notebook.passages.update(patience.id, { tagIds: [kerry.id] });
    expect((await rowOf(notebook, lavrov.id))?.own.passages).toBe(1);
    await notebook.tags.update(kerry.id, { name: 'John Kerry' });
    expect((await rowOf(notebook, kerry.id))?.path).toBe('actors/John Kerry');

    const cooccurring = await notebook.analysis.cooccurrence({ scope: {}, unit: 'document', rolled: false, tagIds: [kerry.id, lavrov.id] });
    expect(cooccurring.counts).toEqual([[1, 1], [1, 1]]);
    await notebook.removal.delete([documentId]);
    expect((await rowOf(notebook, actors))?.rolled).toEqual({ passages: 0, documents: 0, words: 0 });
    await notebook.close();
  });

  it('scopes by the library filter, and lists the passages behind a cell', async () => {
    const notebook = await openTestNotebook(await tempDir());
    const { kerry } = await coded(notebook);
    await notebook.imports.pasted('Other', 'Nothing coded here at all.');
    expect((await notebook.analysis.frequencies({})).documents).toBe(2);
    const codedOnly = await notebook.analysis.frequencies({ filter: { coded: true } });
    expect(codedOnly.documents).toBe(1);
    const listed = await notebook.analysis.passages({ scope: {}, cell: { kind: 'code', tagId: kerry.id, rolled: false } });
    expect(listed.passages).toEqual([expect.objectContaining({ quote: 'our patience is not infinite', documentTitle: expect.stringMatching(/Kerry tells Russia/) })]);
    await notebook.close();
  });

  it('refuses codes and attributes the notebook does not have', async () => {
    const notebook = await openTestNotebook(await tempDir());
    await expect(notebook.analysis.frequencies({ tagId: 'ghost' })).rejects.toThrow(/not in the codebook/);
    await expect(notebook.analysis.matrix({ scope: {}, columns: { kind: 'attribute', attributeId: 'ghost' }, rolled: false })).rejects.toThrow(/attribute/);
    await notebook.close();
  });

  it('runs in a worker thread, and starts a new one with the whole dataset when the worker dies', async () => {
    let started = 0;
    const workers: ReturnType<typeof tsWorker>[] = [];
    const notebook = await openTestNotebook(await tempDir(), {
      analysisWorker: () => {
        started += 1;
        const worker = tsWorker(workerEntry);
        workers.push(worker);
        return workerThreadHandle(worker);
      },
    });
    const { actors } = await coded(notebook);
    expect((await rowOf(notebook, actors))?.rolled.passages).toBe(1);
    await workers[0]!.terminate();
    // The exit is seen on a later turn; the next question gets a fresh worker.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await rowOf(notebook, actors))?.rolled.passages).toBe(1);
    expect(started).toBe(2);
    await notebook.close();
  });
});

describe('saving a chart or table', () => {
  it('writes where the user chose, and nothing when they cancel', async () => {
    const dir = await tempDir();
    const desktop = fakeDesktop(join(dir, 'frequencies.csv'));
    const report = await saveAnalysisFile(desktop.chooseSavePath, { kind: 'csv', suggestedName: 'frequencies', rows: [['code', 'passages'], ['=cmd', 2]] });
    expect(report).toEqual({ fileName: 'frequencies.csv', bytes: expect.any(Number) });
    expect(await readFile(join(dir, 'frequencies.csv'), 'utf8')).toBe("\uFEFFcode,passages\r\n'=cmd,2\r\n");
    expect(desktop.asked.at(-1)).toEqual({ title: 'Save table as CSV', filters: [{ name: 'CSV table', extensions: ['csv'] }] });

    desktop.dialogs.exportTo = join(dir, 'chart.png');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await saveAnalysisFile(desktop.chooseSavePath, { kind: 'png', suggestedName: 'chart.png', data: png.toString('base64') });
    expect(await readFile(join(dir, 'chart.png'))).toEqual(png);

    desktop.dialogs.exportTo = null;
    expect(await saveAnalysisFile(desktop.chooseSavePath, { kind: 'svg', suggestedName: 'chart', data: '<svg></svg>' })).toBeNull();
  });
});
