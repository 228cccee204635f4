/**
 * Search measured as the app uses it: through the dispatcher and the Notebook
 * service, to the search worker and back, on a 10,000-document notebook with
 * its passages, right after a start and once the worker has been idle for its
 * housekeeping. Also the two start-up paths: the first start, which builds
 * the index, and a start with the notebook unchanged, which loads it.
 *
 *   node --import tsx test/bench/notebook-search-bench.ts [--documents 10000]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../src/main/notebook/handlers';
import type { Notebook } from '../../src/main/notebook/notebook';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { sampleArticle } from '../support/sample';
import { entitiesWorkerFromSource } from '../support/entities-worker';
import { searchClientFromSource } from '../support/search-worker';
import { sharedTextWorkerFromSource } from '../support/shared-text-worker';
import { percentiles, type LatencyFigures } from './search-worker-bench';
import { ms, percentile, table } from './stats';
import { writeNotebook } from './tagging-bench';

const QUERIES: [string, string[]][] = [
  ['one word', ['ceasefire', 'envoy', 'refugees', 'sanctions', 'convoy']],
  ['three words', ['ceasefire talks envoy', 'aid convoy siege', 'border refugees sanctions']],
  ['three words, all required', ['+ceasefire +talks +envoy', '+aid +convoy +siege', '+border +refugees +sanctions']],
  ['phrase', ['"aid convoy"', '"ceasefire talks"', '"border refugees"']],
  ['prefix (type-ahead)', ['ceasefire tal*', 'aid con*', 'sanc*']],
  ['fuzzy', ['cesefire~1', 'convoi~1', 'refugee~1']],
  ['tag', ['tag:themes', 'tag:actors/Kerry', 'tag:places']],
  ['in:notes', ['in:notes ceasefire', 'in:notes envoy', 'in:notes convoy']],
];

// The comparisons a notebook starts at open run in workers of their own, as in the app; without them they would run on main's thread beside the queries.
const APP_WORKERS = { sharedTextWorker: sharedTextWorkerFromSource, entitiesWorker: entitiesWorkerFromSource };

export async function runNotebookSearchBenchmark(options: { documents?: number; passages?: number; rounds?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const passages = options.passages ?? documents * 3;
  const rounds = options.rounds ?? 40;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-search-bench-'));
  try {
    await writeNotebook(dir, documents, passages);
    let started = performance.now();
    const first = await openNotebook({ ...APP_WORKERS, dataDir: dir, sample: sampleArticle(), search: searchClientFromSource });
    await first.search.ready();
    const buildMs = performance.now() - started;
    // An unchanged notebook is one whose comparisons are done and cached too: the next start has nothing to compare.
    await first.sharedText.settled();
    await first.entities.settled();
    await first.close();

    started = performance.now();
    const client = searchClientFromSource();
    // The worker answers in order, so its first reply marks when it is up: starting it from
    // TypeScript source through tsx costs time the built app does not pay. Not awaited here,
    // so the notebook opens alongside, as in the app.
    let workerUpMs = Number.NaN;
    void client.fingerprint().then(() => (workerUpMs = performance.now() - started));
    const notebook = await openNotebook({ ...APP_WORKERS, dataDir: dir, sample: sampleArticle(), search: () => client });
    // From the open on, while the notebook checks itself and search checks its index: how long the window's calls could wait.
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const dispatch = createDispatcher(notebookHandlers(notebook));
    // Ready to search: the first query that finds what the saved index holds.
    for (;;) {
      const answer = await dispatch('search:query', { query: 'ceasefire' });
      if (answer.ok && (answer.value as { groups: unknown[] }).groups.length > 0) break;
    }
    const coldMs = performance.now() - started;
    const from = await notebook.search.ready();
    const readyMs = performance.now() - started;
    await notebook.checked;
    stalls.disable();
    if (from !== 'saved index') throw new Error(`cold start did not load the saved index (${from})`);

    const rows: string[][] = [
      ['first start: build the index', `${(buildMs / 1000).toFixed(2)} s`, ''],
      ['start with the notebook unchanged: open → first answer from the saved index', ms(coldMs), from],
      ['  of which: search worker up (spawn → first reply; tsx, not in the built app)', ms(workerUpMs), 'alongside the open'],
      ['  saved index checked item by item against the notebook (in the background)', ms(readyMs), ''],
      ["  main's longest stall from the open until both checks are done", ms(stalls.max / 1e6), 'event-loop delay'],
    ];
    // Right after the start the worker has not yet been idle: the saved file's late part is still on
    // disk and the first build's small segments unmerged. Then the same queries once it has been idle.
    const afterStart = await queryLatencies(dispatch, rounds);
    rows.push(['a new passage visible in results p50 / p95', pair(await passageVisibleMs(notebook, dispatch)), '20 passages']);
    const fileBytes = (await stat(join(dir, 'search-index.bin'))).size;
    await sleep(idleWaitMs(fileBytes));
    const onceIdle = await queryLatencies(dispatch, rounds);
    await notebook.close();
    // Measured last, on the file the close saved: the index as a session leaves it once idle.
    const load = await measureIndexLoad(join(dir, 'search-index.bin'));
    rows.splice(4, 0, ['saved index alone, in a started worker: read + load + first answer (median of 3)', ms(load.ms), `${(load.bytes / 1024 / 1024).toFixed(1)} MB file`]);
    log(`\nSearch through the Notebook service and the search worker: ${documents.toLocaleString('en')} documents, ${passages.toLocaleString('en')} passages`);
    log(table(['measure', 'time', ''], rows));
    log(
      table(
        ['query p50 / p95', 'right after the start', `once idle (${seconds(idleWaitMs(fileBytes))} later)`],
        QUERIES.map(([kind], index) => [kind, pair(afterStart[index]!), pair(onceIdle[index]!)]),
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Housekeeping at 100,000 articles (1 GB): about 0.6 s reading the file's late part and 10 s of merges; waited for with room to spare. */
const idleWaitMs = (fileBytes: number) => 2_000 + (15 * fileBytes) / 1e6;
const pair = (figures: LatencyFigures) => `${ms(figures.p50)} / ${ms(figures.p95)}`;
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(0)} s`;

type Dispatch = ReturnType<typeof createDispatcher>;

async function queryLatencies(dispatch: Dispatch, rounds: number): Promise<LatencyFigures[]> {
  const figures: LatencyFigures[] = [];
  for (const [, queries] of QUERIES) {
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const query of queries) {
        const t = performance.now();
        const reply = await dispatch('search:query', { query });
        times.push(performance.now() - t);
        if (!reply.ok) throw new Error(`${query}: ${reply.error.message}`);
      }
    }
    figures.push(percentiles(times));
  }
  return figures;
}

/** From creating a passage to the first search that finds it. */
async function passageVisibleMs(notebook: Notebook, dispatch: Dispatch): Promise<LatencyFigures> {
  const documentId = notebook.library.list()[0]!.id;
  const visible: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const word = `zqxmarker${i}`;
    const t = performance.now();
    await dispatch('passages:create', { documentId, start: 20 + i * 3, end: 60 + i * 3, tagIds: [], note: word });
    for (;;) {
      const reply = await dispatch('search:query', { query: word });
      if (reply.ok && (reply.value as { groups: unknown[] }).groups.length > 0) break;
    }
    visible.push(performance.now() - t);
  }
  return percentiles(visible);
}

/** The worker's own share of a cold start: fresh workers, already up, load the saved file and answer once. */
async function measureIndexLoad(file: string): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const client = searchClientFromSource();
    try {
      await client.fingerprint();
      const started = performance.now();
      const loaded = await client.loadFrom(file);
      const answer = await client.search('ceasefire', { limit: 50, blocksPerDocument: 20 });
      times.push(performance.now() - started);
      if (!loaded.ok || !loaded.value.loaded || !answer.ok) throw new Error('a fresh worker did not load the saved index');
    } finally {
      await client.close();
    }
  }
  return { ms: percentile(times, 50), bytes: (await stat(file)).size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--documents');
  await runNotebookSearchBenchmark(index === -1 ? {} : { documents: Number(process.argv[index + 1]) });
}
