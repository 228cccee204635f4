/**
 * What hostile or broken input did to imports before, each turned into a
 * test: a damaged PDF failing the next good file, a page tree that loops,
 * a paste that froze the app, text taken for a caption's repeat, a zip whose
 * directory lies about its size.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { refuseOversizedEntries } from '../../../src/main/importers/bounded-unzip';
import { ImportError } from '../../../src/main/importers/import-error';
import { importFile } from '../../../src/main/importers/import-file';
import { createImportPool, type ImportPool } from '../../../src/main/importers/import-pool';
import { spawnWorkerThread } from '../../../src/main/workers/worker-thread';
import { parsePlainText } from '../../../src/main/importers/plain-text';
import { importPoolFromSource, importWorkerFromSource } from '../../support/import-pool';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import { sampleArticle, sampleBytes, SAMPLE_FILE } from '../../support/sample';
import { useTempDirs } from '../../support/temp-dir';
import { EMPTY_PAGES, LOOPING_PAGES, rawPdf } from './support/raw-pdf';

const tempDir = useTempDirs();
let pool: ImportPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'imported',
    (error: unknown) => (error instanceof ImportError ? error.problem : String(error)),
  );

describe('hostile imports', () => {
  it('charges a refused file’s stray work to that file: the next file gets a fresh worker', { timeout: 30_000 }, async () => {
    // As pdf.js does after refusing a damaged PDF: the worker answers, then a promise nobody awaits rejects.
    const refusesThenStrays = (options: WorkerOptions) =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.on('message', ({ id }) => {
           parentPort.postMessage({ id, ok: false, error: { code: 'import-failed', problem: 'damaged', message: 'refused' } });
           setTimeout(() => Promise.reject(new Error('stray rejection after answering')), 20);
         });`,
        { ...options, eval: true },
      );
    let started = 0;
    pool = createImportPool({
      maxWorkers: 1,
      spawn: (limits) => spawnWorkerThread((options) => (started++ === 0 ? refusesThenStrays(options) : importWorkerFromSource(options)), limits),
    });
    expect(await problemOf(pool.importInWorker(rawPdf({ xrefHole: true }), 'damaged.pdf'))).toBe('damaged');
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Had the refusing worker been kept, it would die reading this file, and this file would be blamed.
    expect(await problemOf(pool.importInWorker(new TextEncoder().encode('Good\n\nA good file.'), 'good.txt'))).toBe('imported');
    expect(started).toBe(2);
  });

  it('reads every good file of a batch that holds damaged PDFs, two at a time', { timeout: 60_000 }, async () => {
    pool = importPoolFromSource({ maxWorkers: 2 });
    const good = (index: number) => new TextEncoder().encode(`Note ${index}\n\nA plain note, number ${index}, about the talks.`);
    const files: [string, Uint8Array][] = [];
    for (let index = 0; index < 12; index += 1) {
      files.push(index % 3 === 0 ? [`broken-${index}.pdf`, rawPdf({ xrefHole: true, text: `Broken ${index}` })] : [`good-${index}.txt`, good(index)]);
    }
    const outcomes = await Promise.all(files.map(([name, bytes]) => problemOf(pool!.importInWorker(bytes, name))));
    expect(outcomes.filter((_, index) => files[index]![0].startsWith('good'))).toEqual(Array.from({ length: 8 }, () => 'imported'));
    expect(outcomes.filter((_, index) => files[index]![0].startsWith('broken'))).toEqual(Array.from({ length: 4 }, () => 'damaged'));
  });

  it.each([
    ['loops back on itself', LOOPING_PAGES],
    ['lists no page', EMPTY_PAGES],
  ])('calls a PDF whose page tree %s damaged, not a scan', async (_what, pages) => {
    const error = await importFile(rawPdf({ pages }), 'pages.pdf').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('damaged');
    expect((error as ImportError).message).not.toMatch(/scan/);
  });

  it('reads a paste with the same limits as a file, in words about a paste, and stores nothing of a refused one', { timeout: 60_000 }, async () => {
    pool = importPoolFromSource();
    const notebook = await openNotebookWithImporter(await tempDir(), pool);
    // Over the 20 MB a text file may have.
    const huge = 'A paragraph of pasted text that goes on.\n\n'.repeat(520_000);
    await expect(notebook.imports.pasted('Huge', huge)).rejects.toMatchObject({ problem: 'too-large', message: expect.stringMatching(/^The pasted text is too long/) });
    expect(notebook.library.list()).toHaveLength(1);
    const imported = await notebook.imports.pasted('Small paste', 'A short paragraph pasted from elsewhere.');
    expect(imported).toMatchObject({ status: 'imported', document: { title: 'Small paste', origin: { kind: 'clipboard' } } });
    await notebook.close();
  });

  it('never collapses body text that repeats: only a caption’s doubled line is one', () => {
    const lines = Array.from({ length: 10_000 }, () => 'a').join('\n');
    const article = parsePlainText(`A title\n\n${lines}\n\nAnother paragraph.`, 'repeats.txt');
    expect(article.text).toContain('a a a a');
    expect(article.text.length).toBeGreaterThan(19_000);
    const sample = parsePlainText(new TextDecoder().decode(sampleBytes()), SAMPLE_FILE);
    expect(sample.blocks.filter((b) => b.kind === 'caption').map((b) => sample.text.slice(b.start, b.end))).toEqual(['Secretary of State John Kerry']);
    const chorus = parsePlainText('Song\n\nWe shall overcome.\nWe shall overcome.\n\nThe end of the song.', 'song.txt');
    expect(chorus.text).toContain('We shall overcome. We shall overcome.');
  });

  it('counts what a zip really unpacks to, not what its directory says, and stops at the limit', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:t>x</w:t>'.repeat(400_000));
    zip.file('word/media/picture.png', new Uint8Array(10));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    lieAboutSizes(bytes, 4096);
    const xml = (name: string) => name.endsWith('.xml');
    // Unpacking stops at the limit, long before the lie could be found out at the end.
    await expect(refuseOversizedEntries(bytes, xml, 1024 * 1024, 'bomb.docx')).rejects.toMatchObject({ problem: 'too-large' });
    // Under the limit the lie is found out: the entry does not match what the directory says.
    await expect(refuseOversizedEntries(bytes, xml, 10 * 1024 * 1024, 'liar.docx')).rejects.toMatchObject({ problem: 'damaged' });
    const honest = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(refuseOversizedEntries(honest, xml, 10 * 1024 * 1024, 'fine.docx')).resolves.toBeUndefined();
    await expect(refuseOversizedEntries(honest, xml, 1024 * 1024, 'large.docx')).rejects.toMatchObject({ problem: 'too-large' });
  });
});

async function openNotebookWithImporter(dir: string, imports: ImportPool) {
  const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle(), importer: (bytes, name) => imports.importInWorker(bytes, name) });
  await notebook.checked;
  return notebook;
}

/** Rewrites every entry's declared uncompressed size, in the local headers and the central directory. */
function lieAboutSizes(bytes: Uint8Array, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= bytes.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
}
