import { createSearchClient, type SearchClient } from '../../src/main/search/search-client';
import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/search/search-worker.ts', import.meta.url);

/** Starts the search worker from its TypeScript source, as the built app starts the bundled one. */
export const spawnSearchWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));

export const searchClientFromSource = (): SearchClient => createSearchClient({ spawn: spawnSearchWorkerFromSource });
