import type { WorkerOptions } from 'node:worker_threads';
import { createImportPool, type ImportPool, type ImportPoolOptions } from '../../src/main/importers/import-pool';
import { spawnWorkerThread } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/importers/import-worker.ts', import.meta.url);

/** Starts an import worker from its TypeScript source. */
export const importWorkerFromSource = (options: WorkerOptions) => tsWorker(workerEntry, options);

/** The import pool the app uses, with its workers running the TypeScript source. */
export const importPoolFromSource = (options: Omit<ImportPoolOptions, 'spawn'> = {}): ImportPool =>
  createImportPool({ ...options, spawn: (limits) => spawnWorkerThread(importWorkerFromSource, limits) });
