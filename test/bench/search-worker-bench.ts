/**
 * Search as the app runs it: a search worker of its own reads the saved file
 * at start-up, and queries cross to it and back. Measures the cold start
 * (read, load, first answer) and, once the worker's idle housekeeping is done,
 * each query kind's latency through the worker.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { createSearchClient, type SearchClient } from '../../src/main/search/search-client';
import { writeSnapshotFile } from '../../src/main/search/snapshot-file';
import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { percentile } from './stats';
import type { QueryKind } from './search-corpus';

export interface LatencyFigures {
  p50: number;
  p95: number;
}

export interface WorkerFigures {
  /** Cold start as main sees it: the worker reads the saved file, loads it, answers a first search; median of a few workers. */
  coldMs: number;
  /** The longest main's event loop was blocked meanwhile. */
  stallMs: number;
  /** Per query kind, through the worker, after its housekeeping. */
  latency: Record<QueryKind, LatencyFigures>;
}

const WORKER_ENTRY = new URL('../../src/main/search/search-worker.ts', import.meta.url);
// Runs the worker from TypeScript source: tsx must be registered inside the worker itself.
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); })`;

/** Cold start is noisy on a shared machine: the median of a few fresh workers. */
const COLD_STARTS = 3;
/** Time for the worker, idle after a load, to read the file's late part and make its items: about a second at 100,000 articles (1 GB), waited for with room to spare. */
const housekeepingMs = (fileBytes: number) => 1_000 + (4 * fileBytes) / 1e6;
const WARM_UP_QUERIES = 20;

export function percentiles(samples: number[]): LatencyFigures {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Saves the index to a file, times fresh workers loading it as the app does at start-up, then queries the last one. */
export async function measureWorker(
  saved: readonly Uint8Array[],
  fingerprint: string,
  queries: Record<QueryKind, string[]>,
): Promise<WorkerFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'scholia-search-bench-'));
  const file = join(folder, 'search-index.bin');
  // Written as the worker's saveTo writes it, synced to disk: the app starts on a file saved in an
  // earlier session. Read while the kernel still writes a just-written gigabyte back, it took twice as long.
  writeSnapshotFile(file, saved);
  try {
    const runs: { coldMs: number; stallMs: number }[] = [];
    for (let run = 0; run < COLD_STARTS - 1; run += 1) runs.push(await withWorker((client) => coldStart(client, file, fingerprint)));
    const latency = await withWorker(async (client) => {
      runs.push(await coldStart(client, file, fingerprint));
      await sleep(housekeepingMs(saved.reduce((sum, chunk) => sum + chunk.byteLength, 0)));
      return queryLatencies(client, queries);
    });
    runs.sort((a, b) => a.coldMs - b.coldMs);
    return { ...runs[Math.floor(runs.length / 2)]!, latency };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function withWorker<T>(use: (client: SearchClient) => Promise<T>): Promise<T> {
  const client = createSearchClient({ spawn: () => workerThreadHandle(new Worker(WORKER_BOOTSTRAP, { eval: true })) });
  try {
    // Worker start-up is excluded: compiling TypeScript on the fly says nothing about the built app.
    await client.fingerprint();
    return await use(client);
  } finally {
    await client.close();
  }
}

async function coldStart(client: SearchClient, file: string, fingerprint: string): Promise<{ coldMs: number; stallMs: number }> {
  const stalls = monitorEventLoopDelay({ resolution: 1 });
  stalls.enable();
  const start = performance.now();
  // As at app start: the worker reads the saved file itself; main only waits.
  const loaded = await client.loadFrom(file, fingerprint);
  const first = await client.search('ceasefire');
  const coldMs = performance.now() - start;
  stalls.disable();
  if (!loaded.ok || !loaded.value.loaded || !first.ok) throw new Error('the worker did not load the saved index');
  return { coldMs, stallMs: stalls.max / 1e6 };
}

async function queryLatencies(client: SearchClient, queries: Record<QueryKind, string[]>): Promise<Record<QueryKind, LatencyFigures>> {
  const latency = {} as Record<QueryKind, LatencyFigures>;
  for (const [kind, list] of Object.entries(queries) as [QueryKind, string[]][]) {
    for (const query of list.slice(0, WARM_UP_QUERIES)) await answered(client, query);
    const samples: number[] = [];
    for (const query of list) {
      const start = performance.now();
      await answered(client, query);
      samples.push(performance.now() - start);
    }
    latency[kind] = percentiles(samples);
  }
  return latency;
}

async function answered(client: SearchClient, query: string): Promise<void> {
  const reply = await client.search(query);
  if (!reply.ok) throw new Error(`the worker did not answer ${query}: ${reply.error.message}`);
}
