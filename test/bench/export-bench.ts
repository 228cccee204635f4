/**
 * Exports of a large notebook through the real services and the export
 * worker: CSV of 100,000 passages and a REFI-QDA project of 10,000
 * documents, with how long each took, how far its progress went, and the
 * longest main's event loop was held meanwhile. The notebook is written
 * straight to disk (importing it would take far longer than what is measured).
 *
 *   node --import tsx test/bench/export-bench.ts [--documents 10000] [--passages 100000]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { ExportFormat } from '../../src/shared/exports';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { exportJobsFromSource } from '../support/export-jobs';
import { sampleArticle } from '../support/sample';
import { table } from './stats';
import { writeNotebook } from './tagging-bench';

export interface ExportBenchmarkOptions {
  documents?: number;
  passages?: number;
  log?: (line: string) => void;
}

/** Whole-export targets (seconds) and the longest main may be held (ms). */
const TARGETS: Partial<Record<ExportFormat, number>> = { csv: 5, qdpx: 60 };
const STALL_MS = 100;

export async function runExportBenchmark({ documents = 10_000, passages = 100_000, log = console.log }: ExportBenchmarkOptions = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'scholia-export-bench-'));
  try {
    await writeNotebook(join(dir, 'notebook'), documents, passages, { paragraphs: 3 });
    const notebook = await openNotebook({ dataDir: join(dir, 'notebook'), sample: sampleArticle(), exports: exportJobsFromSource() });
    await notebook.checked;
    const rows: (string | number)[][] = [];
    for (const format of ['csv', 'xlsx', 'qdpx'] as const) {
      let progressEvents = 0;
      let lastFraction = 0;
      const stop = notebook.jobs.subscribe((progress) => {
        progressEvents += 1;
        lastFraction = progress.fraction;
      });
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      const started = performance.now();
      const report = await notebook.exports.run(`bench-${format}`, format, { kind: 'all' }, { reportOrder: 'tag' }, join(dir, `export.${format}`));
      const seconds = (performance.now() - started) / 1000;
      histogram.disable();
      stop();
      const stall = histogram.max / 1e6;
      const size = (await stat(join(dir, `export.${format}`))).size;
      rows.push([
        format,
        report.documents.toLocaleString('en'),
        report.passages.toLocaleString('en'),
        `${(size / 1024 ** 2).toFixed(1)} MB`,
        `${seconds.toFixed(1)} s`,
        TARGETS[format] === undefined ? '—' : `< ${TARGETS[format]} s${seconds < TARGETS[format]! ? '' : ' — missed'}`,
        `${progressEvents} (last ${Math.round(lastFraction * 100)}%)`,
        `${stall.toFixed(0)} ms`,
        `< ${STALL_MS} ms${stall < STALL_MS ? '' : ' — missed'}`,
      ]);
    }
    await notebook.close();
    log(`\nExports of ${documents.toLocaleString('en')} documents and ${passages.toLocaleString('en')} passages (worker, through the Notebook service)\n`);
    log(table(['format', 'documents', 'passages', 'file', 'time', 'target', 'progress events', 'main stalled at most', 'target'], rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (flag: string) => {
    const at = process.argv.indexOf(flag);
    return at === -1 ? undefined : Number(process.argv[at + 1]);
  };
  await runExportBenchmark({ documents: value('--documents') ?? 10_000, passages: value('--passages') ?? 100_000 });
}
