/**
 * The cost of data safety at scale: exporting and importing a notebook
 * archive of 10,000 articles with 30,000 passages (time, size, the longest
 * stall of main's event loop), a verified backup of it, and a burst of
 * concurrent changes to one file (coalesced writes) against the same changes
 * made one after another.
 *
 *   node --import tsx test/bench/safety-bench.ts [--documents 10000] [--passages 30000]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { archiveJobsFromSource } from '../support/archive-jobs';
import { sampleArticle } from '../support/sample';
import { ms, table } from './stats';
import { writeNotebook } from './tagging-bench';

export interface SafetyBenchmarkOptions {
  documents?: number;
  passages?: number;
  burst?: number;
  log?: (line: string) => void;
}

export async function runSafetyBenchmark(options: SafetyBenchmarkOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const documents = options.documents ?? 10_000;
  const passages = options.passages ?? 30_000;
  const burst = options.burst ?? 500;
  const root = await mkdtemp(join(tmpdir(), 'scholia-safety-bench-'));
  try {
    const sourceDir = join(root, 'source');
    const { ids, tags } = await writeNotebook(sourceDir, documents, passages);
    // Archives are zipped and unzipped in worker threads, as in the app.
    const archives = archiveJobsFromSource();
    const source = await openNotebook({ dataDir: sourceDir, sample: sampleArticle(), archives });
    await source.checked;

    const rows: (string | number)[][] = [];
    /** Runs and times one operation; `describe` words its result, given how long it took. */
    const timed = async <T>(label: string, run: () => Promise<T>, describe: (result: T, took: number) => string) => {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const start = performance.now();
      const result = await run();
      const took = performance.now() - start;
      delay.disable();
      rows.push([label, ms(took), ms(delay.max / 1e6), describe(result, took)]);
    };
    const rate = (_: unknown, took: number) => `${Math.round(burst / (took / 1000))} changes/s`;

    await timed('verified backup', () => source.safekeeping.createBackup(), (backup) => `${backup.files.toLocaleString('en')} files`);
    const archive = join(root, 'notebook.scholia');
    await timed('export archive', () => source.safekeeping.exportArchive(archive), (report) => `${(report.bytes / 1024 ** 2).toFixed(1)} MB`);
    const target = await openNotebook({ dataDir: join(root, 'target'), sample: sampleArticle(), archives });
    await target.checked;
    await timed(
      'import archive (check every file, back up, replace)',
      () => target.safekeeping.importArchive(archive),
      (report) => `${report.documents.toLocaleString('en')} documents`,
    );
    await timed(
      'reopen the imported notebook, start-up check',
      async () => {
        const reopened = await openNotebook({ dataDir: join(root, 'target'), sample: sampleArticle() });
        await reopened.checked;
        return reopened;
      },
      (reopened) => `${reopened.library.list().length.toLocaleString('en')} documents`,
    );

    const documentId = ids[0]!;
    const create = (i: number) => source.passages.create({ documentId, start: 10 + (i % 500), end: 40 + (i % 500), tagIds: [tags[i % tags.length]!], note: '' });
    await timed(`${burst} passages, one after another`, async () => {
      for (let i = 0; i < burst; i += 1) await create(i);
    }, rate);
    await timed(`${burst} passages at once (coalesced writes)`, () => Promise.all(Array.from({ length: burst }, (_, i) => create(i))), rate);

    log(`\nData safety at ${documents.toLocaleString('en')} documents and ${passages.toLocaleString('en')} passages (durable writes, fsync)`);
    log(table(['operation', 'time', 'longest main event-loop stall', ''], rows));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const value = (flag: string) => {
    const index = process.argv.indexOf(flag);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  await runSafetyBenchmark({ documents: value('--documents') ?? 10_000, passages: value('--passages') ?? 30_000 });
}
