/**
 * Import as the app does it: files go through the Notebook service, are
 * parsed in the import worker pool, stored, and indexed by the search
 * worker. Measures documents per second, the time until the last one is
 * searchable, and the longest stall of this (main) process's event loop.
 *
 *   node --import tsx test/bench/notebook-import-bench.ts [--articles 1000]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import { importPoolFromSource } from '../support/import-pool';
import { sampleArticle } from '../support/sample';
import { searchClientFromSource } from '../support/search-worker';
import { generateArticles } from './import-bench';
import { table } from './stats';

/** Files in flight at once, as the renderer's batch import sends them. */
const CONCURRENCY = 2;

export async function runNotebookImportBenchmark(options: { articles?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const count = options.articles ?? 1000;
  const articles = generateArticles(count);
  const rows: string[][] = [];
  for (const [format, files] of [['html', articles.html], ['text', articles.text]] as const) {
    const dir = await mkdtemp(join(tmpdir(), 'scholia-import-bench-'));
    const pool = importPoolFromSource();
    const notebook = await openNotebook({ dataDir: dir, sample: sampleArticle(), search: searchClientFromSource, importer: (b, n) => pool.importInWorker(b, n) });
    try {
      await notebook.search.ready();
      // Warm the workers so their start-up is not counted as import time.
      await Promise.all([pool.importInWorker(files[0]!.bytes, 'warm.html'), pool.importInWorker(files[1]!.bytes, 'warm.html')]);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      let next = 0;
      let imported = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < files.length) {
            const file = files[next++]!;
            const outcome = await notebook.imports.file(file.bytes, file.fileName);
            imported += outcome.articles.filter((article) => article.status === 'imported').length;
          }
        }),
      );
      const importedMs = performance.now() - started;
      // Searchable: every document found by a word of its title... the last one's is enough, changes are applied in order.
      const last = notebook.library.list().find((d) => d.origin.fileName === files.at(-1)!.fileName)!;
      for (;;) {
        const result = await notebook.search.search(`"${last.title}"`, 5);
        if (result.groups.some((g) => g.documentId === last.id)) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const searchableMs = performance.now() - started;
      delay.disable();
      rows.push([
        format,
        `${imported} of ${files.length}`,
        `${(importedMs / 1000).toFixed(1)} s`,
        (imported / (importedMs / 1000)).toFixed(1),
        `${(searchableMs / 1000).toFixed(1)} s`,
        `${(delay.max / 1e6).toFixed(1)} ms`,
      ]);
    } finally {
      await notebook.close();
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  log(`\nImporting ${count.toLocaleString('en')} files per format through the Notebook (worker pool of 2, search indexing on)`);
  log(table(['format', 'imported', 'all imported', 'documents/s', 'all searchable', 'main event loop, longest stall'], rows));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const index = process.argv.indexOf('--articles');
  await runNotebookImportBenchmark(index === -1 ? {} : { articles: Number(process.argv[index + 1]) });
}
