/**
 * The Analysis view's questions over 10,000 documents and 100,000 passages,
 * through the Notebook service and the analysis worker (a real worker
 * thread): code frequencies, code × month and code × document matrices,
 * co-occurrence by overlapping passages, each asked as it stands and right
 * after a change (the changed document sent to the worker first); the
 * dataset's first build; the codebook's counts. Main's event loop is
 * watched throughout: its longest stall is the figure that says the window
 * never waited on an analysis.
 *
 *   node --import tsx test/bench/analysis-bench.ts [--quick]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Notebook } from '../../src/main/notebook/notebook';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { analysisWorkerFromSource } from '../support/analysis-worker';
import { sampleArticle } from '../support/sample';
import { writeLibraryNotebook } from './library-notebook';
import { ms, percentile, table, target } from './stats';

export interface AnalysisBenchmarkOptions {
  documents?: number;
  passages?: number;
  runs?: number;
  log?: (line: string) => void;
}

/** p95 targets: each question, and the longest stall of main's event loop during any of them. */
const TARGETS = { question: 200, stall: 100, build: 5_000, codebook: 200 };

type Question = [label: string, ask: (notebook: Notebook) => Promise<unknown>];

const QUESTIONS: Question[] = [
  ['frequencies (own and rolled up)', (n) => n.analysis.frequencies({})],
  ['code × month (rolled up)', (n) => n.analysis.matrix({ scope: {}, columns: { kind: 'month' }, rolled: true })],
  ['code × document', (n) => n.analysis.matrix({ scope: {}, columns: { kind: 'document' }, rolled: false })],
  ['co-occurrence, overlapping passages', (n) => n.analysis.cooccurrence({ scope: {}, unit: 'overlap', rolled: false })],
];

export async function runAnalysisBenchmark(options: AnalysisBenchmarkOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const passages = options.passages ?? 100_000;
  const runs = options.runs ?? 20;
  const dir = await mkdtemp(join(tmpdir(), 'scholia-analysis-bench-'));
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const stall = () => loop.max / 1e6;
  try {
    const written = await writeLibraryNotebook(dir, documents, 0, { passages, paragraphs: 3 });
    const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle(), analysisWorker: analysisWorkerFromSource });
    await notebook.checked;
    try {
      loop.enable();
      loop.reset();
      const started = performance.now();
      await notebook.analysis.frequencies({});
      const build = performance.now() - started;
      const buildStall = stall();

      const rows: (string | number)[][] = [['first question: the dataset built (texts read for their blocks)', ms(build), ms(build), target(build, TARGETS.build), ms(buildStall)]];
      const ids = written.ids;
      for (const [label, ask] of QUESTIONS) {
        const still: number[] = [];
        const changed: number[] = [];
        loop.reset();
        for (let run = 0; run < runs; run += 1) {
          still.push(await timed(() => ask(notebook)));
          // A change first: a passage added to one document, which the worker is sent before it answers.
          const documentId = ids[(run * 7919) % ids.length]!;
          await notebook.passages.create({ documentId, start: 0, end: 12, tagIds: [written.tags[run % written.tags.length]!], note: '' });
          await new Promise((resolve) => setImmediate(resolve));
          changed.push(await timed(() => ask(notebook)));
        }
        rows.push([`${label}, as it stands`, ...p50p95(still, TARGETS.question), ms(stall())]);
        rows.push([`${label}, right after a change`, ...p50p95(changed, TARGETS.question), ms(stall())]);
      }
      const codebook: number[] = [];
      loop.reset();
      for (let run = 0; run < runs; run += 1) codebook.push(await timed(() => notebook.tags.list()));
      rows.push(['the codebook with its counts (tags:list, on main)', ...p50p95(codebook, TARGETS.codebook), ms(stall())]);

      log(`\nAnalysis of ${documents.toLocaleString('en')} documents and ${passages.toLocaleString('en')} passages through notebook.analysis and its worker (${runs} runs each)`);
      log(table(['question', 'p50', 'p95', 'target (p95)', `main's longest stall (target < ${TARGETS.stall} ms)`], rows.map((row) => [...row.slice(0, 4), stallCell(Number.parseFloat(String(row[4])))])));
    } finally {
      loop.disable();
      await notebook.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const stallCell = (value: number) => `${ms(value)}${value < TARGETS.stall ? '' : ' — missed'}`;

/** Each bridge call reaches main as a task of its own; so do these, so the loop's stalls are those of one call. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const p50p95 = (samples: readonly number[], limit: number) => {
  const p95 = percentile(samples, 95);
  return [ms(percentile(samples, 50)), ms(p95), target(p95, limit)];
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  await runAnalysisBenchmark(quick ? { documents: 2_000, passages: 20_000, runs: 10 } : {});
}
