import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNotebook } from '../../src/main/notebook/open-notebook';
import type { SearchClient } from '../../src/main/search/search-client';
import type { ArchiveJobs } from '../../src/main/safekeeping/archive-jobs';
import type { ExportJobs } from '../../src/main/outputs/export-jobs';
import type { WorkerHandle } from '../../src/main/workers/worker-channel';
import { sampleArticle } from './sample';

/** A notebook in `dataDir` with a fixed clock and predictable ids; pass a search client to search it. */
export async function openTestNotebook(
  dataDir: string,
  options: { start?: number; search?: () => SearchClient; searchTimeLimitMs?: number; archives?: ArchiveJobs; exports?: ExportJobs; analysisWorker?: () => WorkerHandle } = {},
) {
  let tick = 0;
  let id = 0;
  const start = options.start ?? Date.parse('2026-03-01T09:00:00Z');
  const notebook = await openNotebook({
    dataDir,
    sample: sampleArticle(),
    ...(options.search ? { search: options.search } : {}),
    ...(options.searchTimeLimitMs ? { searchTimeLimitMs: options.searchTimeLimitMs } : {}),
    ...(options.archives ? { archives: options.archives } : {}),
    ...(options.exports ? { exports: options.exports } : {}),
    ...(options.analysisWorker ? { analysisWorker: options.analysisWorker } : {}),
    now: () => new Date(start + tick++ * 1000),
    newId: () => `id-${++id}`,
  });
  // Tests see the notebook after its start-up check and daily backup, so files stay still while they run.
  await notebook.checked;
  return notebook;
}

/** Every file of a data folder with its bytes, to prove a failed call changed nothing. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents = await Promise.all(files.map((file) => readFile(file, 'base64')));
  return Object.fromEntries(files.map((file, i) => [file.slice(dir.length), contents[i]!]));
}
