import { readFileSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/main/importers/import-error';
import { importArticles } from '../../../src/main/importers/import-file';
import { CANCELLED, createImportPool, TOO_SLOW, type ImportPool, type ImportPoolOptions } from '../../../src/main/importers/import-pool';
import { spawnWorkerThread } from '../../../src/main/workers/worker-thread';
import { SAMPLE_FILE, sampleBytes } from '../../support/sample';
import { importProblem, utf8 } from './support/article';
import { importWorkerFromSource } from '../../support/import-pool';
import { makePdf } from './support/pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

const fromSource = importWorkerFromSource;
/** Stand-ins for a worker that dies while reading: it exits, or an exception escapes it. */
const exiting = (options: WorkerOptions) =>
  new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(3));`, { ...options, eval: true });
const throwing = (options: WorkerOptions) =>
  new Worker(`require('node:worker_threads').parentPort.on('message', () => { throw new Error('parser blew up'); });`, {
    ...options,
    eval: true,
  });

/**
 * A page nested 2,000 divs deep: Readability's cost grows steeply with depth
 * (45 s at 1,000 levels, over two minutes at 2,000 on the machine this was
 * written on), so it is still reading long after any limit a test sets.
 */
const deepPage = utf8(`<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(2000)}<p>At the bottom.</p>${'</div>'.repeat(2000)}</body></html>`);
/** 20,000 paragraphs: about 500 MB of jsdom heap, far above the small limit set below. */
const hugePage = utf8(
  `<!DOCTYPE html><html><head><title>Huge</title></head><body><article>${'<p>The committee met on <b>Tuesday</b> to review the <i>evidence</i>.</p>'.repeat(20_000)}</article></body></html>`,
);

let pool: ImportPool | null = null;
let started = 0;

/** A pool whose workers come from `create` (default: the real entry), counting the workers it starts. */
function openPool(options: Omit<ImportPoolOptions, 'spawn'> = {}, create: (options: WorkerOptions, index: number) => Worker = fromSource): ImportPool {
  pool = createImportPool({ ...options, spawn: (limits) => spawnWorkerThread((workerOptions) => create(workerOptions, started++), limits) });
  return pool;
}

/** The ImportError a promise rejects with; anything else fails the test. */
async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  const outcome = await promise.then(
    () => new Error('the import succeeded'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof ImportError)) throw outcome;
  expect(outcome.code).toBe('import-failed');
  return outcome;
}

afterEach(async () => {
  await pool?.close();
  pool = null;
  started = 0;
});

describe('import pool with a real worker', () => {
  let shared: ImportPool;
  beforeAll(() => {
    shared = createImportPool({ spawn: (limits) => spawnWorkerThread(fromSource, limits) });
  });
  afterAll(() => shared.close());

  it('imports text, Markdown, HTML and PDF exactly as importArticles does in process', async () => {
    const files: [string, Uint8Array][] = [
      [SAMPLE_FILE, sampleBytes()],
      ['field-notes.md', fixture('field-notes.md')],
      ['news-article.html', fixture('news-article.html')],
      ['a.pdf', await makePdf({ title: 'PDF title', pages: [[{ text: 'Body of the report.', y: 700 }]] })],
    ];
    for (const [fileName, bytes] of files) {
      const file = await shared.importInWorker(bytes, fileName);
      expect(file).toEqual(await importArticles(bytes, fileName));
    }
  }, 15_000);

  it("passes importArticles's refusals through with their problem and message", async () => {
    for (const [bytes, fileName] of [
      [new Uint8Array(), 'empty.html'],
      [utf8('\x89PNG\r\n\x1a\n not really'), 'photo.pdf'],
    ] as const) {
      const error = await rejection(shared.importInWorker(bytes, fileName));
      expect(`${error.problem}: ${error.message}`).toBe(await importProblem(() => importArticles(bytes, fileName)));
    }
  }, 15_000);

  it('leaves the caller its bytes', async () => {
    const bytes = sampleBytes();
    const before = bytes.slice();
    await shared.importInWorker(bytes, SAMPLE_FILE);
    expect(bytes.byteLength).toBe(before.byteLength);
    expect(bytes).toEqual(before);
  }, 15_000);
});

describe('import pool limits', () => {
  it('reads many files at once on no more than its workers, each answer matching its file', async () => {
    const files = Array.from({ length: 12 }, (_, index): [string, Uint8Array] =>
      index % 2 === 0
        ? [`note-${index}.txt`, utf8(`Note number ${index}\n\nThe body of note ${index} says something about the archive.`)]
        : [
            `page-${index}.html`,
            utf8(`<!DOCTYPE html><html><head><title>Page ${index}</title></head><body><article><h1>Page ${index}</h1>${'<p>Paragraph of page ' + index + ', long enough to count as the article body for reader mode to keep it.</p>'.repeat(5)}</article></body></html>`),
          ],
    );
    const imports = openPool({ maxWorkers: 2 });
    const articles = await Promise.all(files.map(([fileName, bytes]) => imports.importInWorker(bytes, fileName)));
    for (const [index, [fileName, bytes]] of files.entries()) {
      expect(articles[index]).toEqual(await importArticles(bytes, fileName));
    }
    expect(started).toBe(2);
  }, 15_000);

  it('stops a file that overruns the time limit and reads the next one in a fresh worker', async () => {
    const imports = openPool({ timeoutMs: 3000, maxWorkers: 1 });
    // Start the worker first, so the limit is spent on reading the deep page alone.
    await imports.importInWorker(sampleBytes(), SAMPLE_FILE);
    const error = await rejection(imports.importInWorker(deepPage, 'deep.html'));
    expect(error.problem).toBe(TOO_SLOW);
    expect(error.message).toBe('"deep.html" took longer than 3 s to read and was stopped; the file may be damaged or unusually complex.');
    // Were the deep page still being read, this would wait minutes behind it on the only worker.
    expect((await imports.importInWorker(sampleBytes(), SAMPLE_FILE)).articles[0]!.title).toMatch(/^Kerry/);
    expect(started).toBe(2);
  }, 15_000);

  it('stops a worker that runs out of memory and reports the file as too large', async () => {
    const imports = openPool({ memoryLimitMb: 80, maxWorkers: 1 });
    const error = await rejection(imports.importInWorker(hugePage, 'huge.html'));
    expect(error.problem).toBe('too-large');
    expect(error.message).toBe('"huge.html" needed more memory than Scholia allows for one file (80 MB) and was stopped.');
    expect(String(error.cause)).toMatch(/memory limit/);
    expect((await imports.importInWorker(sampleBytes(), SAMPLE_FILE)).articles[0]!.wordCount).toBeGreaterThan(100);
    expect(started).toBe(2);
  }, 15_000);
});

describe('import pool when a worker dies', () => {
  it.each([
    ['exits', exiting, /exit code 3/],
    ['throws', throwing, /parser blew up/],
  ])('fails only the file whose worker %s, as damaged, and reads the queued one in a new worker', async (_name, dying, cause) => {
    const imports = openPool({ maxWorkers: 1 }, (options, index) => (index === 0 ? dying(options) : fromSource(options)));
    const [first, second] = await Promise.allSettled([
      rejection(imports.importInWorker(fixture('news-article.html'), 'news-article.html')),
      imports.importInWorker(sampleBytes(), SAMPLE_FILE),
    ]);
    expect(first.status).toBe('fulfilled');
    const error = (first as PromiseFulfilledResult<ImportError>).value;
    expect(error.problem).toBe('damaged');
    expect(error.message).toBe('Reading "news-article.html" stopped unexpectedly; the file may be damaged.');
    expect(String(error.cause)).toMatch(cause);
    expect(second).toMatchObject({ status: 'fulfilled', value: { articles: [{ title: "Kerry tells Russia US patience on Syria 'limited'" }], notes: [] } });
    expect(started).toBe(2);
  }, 15_000);
});

describe('import pool cancellation', () => {
  const expectCancelled = (error: ImportError, message: string) => {
    expect(error.problem).toBe(CANCELLED);
    expect(error.name).toBe('AbortError');
    expect(error.message).toBe(message);
  };

  it('refuses an already aborted import without starting a worker', async () => {
    const imports = openPool();
    const error = await rejection(imports.importInWorker(sampleBytes(), SAMPLE_FILE, AbortSignal.abort()));
    expectCancelled(error, `Importing "${SAMPLE_FILE}" was cancelled.`);
    expect(started).toBe(0);
  });

  it('stops the worker of a running import, and the next file gets a fresh one', async () => {
    const imports = openPool({ maxWorkers: 1 });
    const controller = new AbortController();
    const reading = imports.importInWorker(deepPage, 'deep.html', controller.signal);
    const reason = new Error('the user closed the dialog');
    controller.abort(reason);
    const error = await rejection(reading);
    expectCancelled(error, 'Importing "deep.html" was cancelled.');
    expect(error.cause).toBe(reason);
    // Were the deep page still being read, this would wait minutes behind it on the only worker.
    expect((await imports.importInWorker(sampleBytes(), SAMPLE_FILE)).articles[0]!.title).toMatch(/^Kerry/);
    expect(started).toBe(2);
  }, 15_000);

  it('drops a queued import without disturbing the one running', async () => {
    const imports = openPool({ maxWorkers: 1 });
    const controller = new AbortController();
    const running = imports.importInWorker(sampleBytes(), SAMPLE_FILE);
    const queued = imports.importInWorker(fixture('news-article.html'), 'news-article.html', controller.signal);
    controller.abort();
    expectCancelled(await rejection(queued), 'Importing "news-article.html" was cancelled.');
    expect((await running).articles[0]!.title).toMatch(/^Kerry/);
    expect((await imports.importInWorker(fixture('field-notes.md'), 'field-notes.md')).articles[0]!.title).toBe('Field notes: the Aleppo archive');
    expect(started).toBe(1);
  }, 15_000);

  it('cancels running and queued imports on close, and refuses later ones', async () => {
    const imports = openPool({ maxWorkers: 1 });
    const running = rejection(imports.importInWorker(deepPage, 'deep.html'));
    const queued = rejection(imports.importInWorker(sampleBytes(), SAMPLE_FILE));
    await imports.close();
    expectCancelled(await running, 'Importing "deep.html" was cancelled because the importer was closed.');
    expectCancelled(await queued, `Importing "${SAMPLE_FILE}" was cancelled because the importer was closed.`);
    expectCancelled(await rejection(imports.importInWorker(sampleBytes(), 'late.txt')), 'Importing "late.txt" was cancelled because the importer was closed.');
    expect(started).toBe(1);
  }, 15_000);
});

describe('import pool idle workers', () => {
  it('stops a worker left idle past idleMs and starts another for the next file', async () => {
    const imports = openPool({ idleMs: 0, maxWorkers: 1 });
    await imports.importInWorker(sampleBytes(), SAMPLE_FILE);
    // The idle timer (0 ms) was set before this one, so it has fired by the time this resolves.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await imports.importInWorker(sampleBytes(), SAMPLE_FILE);
    expect(started).toBe(2);
  }, 15_000);
});
