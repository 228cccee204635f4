/**
 * Search measured as the app uses it: through the dispatcher and the Notebook
 * service, to the search worker and back, on a 10,000-document notebook with
 * its passages. Also the two start-up paths: the first start, which builds
 * the index, and a start with the notebook unchanged, which loads it.
 *
 *   node --import tsx test/bench/notebook-search-bench.ts [--documents 10000]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../src/main/notebook/handlers';
import { Notebook } from '../../src/main/notebook/notebook';
import { sampleArticle } from '../support/sample';
import { searchClientFromSource } from '../support/search-worker';
import { ms, percentile, table } from './stats';
import { writeNotebook } from './tagging-bench';

const QUERIES: [string, string[]][] = [
  ['one word', ['ceasefire', 'envoy', 'refugees', 'sanctions', 'convoy']],
  ['three words', ['ceasefire talks envoy', 'aid convoy siege', 'border refugees sanctions']],
  ['phrase', ['"aid convoy"', '"ceasefire talks"', '"border refugees"']],
  ['prefix (type-ahead)', ['ceasefire tal*', 'aid con*', 'sanc*']],
  ['fuzzy', ['cesefire~1', 'convoi~1', 'refugee~1']],
  ['tag', ['tag:themes', 'tag:actors/Kerry', 'tag:places']],
];

export async function runNotebookSearchBenchmark(options: { documents?: number; passages?: number; rounds?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const passages = options.passages ?? documents * 3;
  const rounds = options.rounds ?? 40;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-search-bench-'));
  try {
    await writeNotebook(dir, documents, passages);
    let started = performance.now();
    const first = await Notebook.open({ dataDir: dir, sample: sampleArticle(), search: searchClientFromSource() });
    await first.searchReady();
    const buildMs = performance.now() - started;
    await first.close();

    started = performance.now();
    const notebook = await Notebook.open({ dataDir: dir, sample: sampleArticle(), search: searchClientFromSource() });
    const from = await notebook.searchReady();
    const dispatch = createDispatcher(notebookHandlers(notebook));
    const firstAnswer = await dispatch('search:query', { query: 'ceasefire' });
    const coldMs = performance.now() - started;
    if (!firstAnswer.ok || from !== 'saved index') throw new Error(`cold start did not load the saved index (${from})`);

    const rows: string[][] = [
      ['first start: build the index', `${(buildMs / 1000).toFixed(2)} s`, ''],
      ['start with the notebook unchanged: open, load the index, first answer', ms(coldMs), from],
    ];
    for (const [kind, queries] of QUERIES) {
      const times: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const query of queries) {
          const t = performance.now();
          const reply = await dispatch('search:query', { query });
          times.push(performance.now() - t);
          if (!reply.ok) throw new Error(`${query}: ${reply.error.message}`);
        }
      }
      rows.push([`${kind} p50 / p95`, `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`, `${times.length} queries`]);
    }
    const documentId = notebook.listDocuments()[0]!.id;
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
    rows.push(['a new passage visible in results p50 / p95', `${ms(percentile(visible, 50))} / ${ms(percentile(visible, 95))}`, '20 passages']);
    await notebook.close();
    log(`\nSearch through the Notebook service and the search worker: ${documents.toLocaleString('en')} documents, ${passages.toLocaleString('en')} passages`);
    log(table(['measure', 'time', ''], rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--documents');
  await runNotebookSearchBenchmark(index === -1 ? {} : { documents: Number(process.argv[index + 1]) });
}
