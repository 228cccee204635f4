import { createSearchClient, type SearchClient } from '../../src/main/search/search-client';
import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/search/search-worker.ts', import.meta.url);

/** Starts the search worker from its TypeScript source, as the built app starts the bundled one. */
export const spawnSearchWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));

export const searchClientFromSource = (): SearchClient => createSearchClient({ spawn: spawnSearchWorkerFromSource });

const faultyEntry = new URL('./faulty-search-worker.ts', import.meta.url);

/** A search client whose worker hangs on the query "hang-forever" and dies on "die-now"; counts the workers started. */
export function faultySearchClients() {
  let started = 0;
  const connect = (): SearchClient =>
    createSearchClient({
      spawn: () => {
        started += 1;
        return workerThreadHandle(tsWorker(faultyEntry));
      },
    });
  return { connect, started: () => started };
}
