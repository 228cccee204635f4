import { createSearchClient, type SearchClient } from '../../src/main/search/search-client';
import { spawnSearchWorkerThread } from '../../src/main/search/worker-thread-spawn';

const workerEntry = new URL('../../src/main/search/search-worker.ts', import.meta.url);
// `execArgv: ['--import', 'tsx']` does not reach a worker's entry module on Node 20
// ("Unknown file extension .ts"), so a one-line bootstrap registers tsx, then imports the source.
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerEntry.href)}); })`;

/** Starts the search worker from its TypeScript source, as the built app starts the bundled one. */
export const spawnSearchWorkerFromSource = () => spawnSearchWorkerThread(bootstrap, { eval: true });

export const searchClientFromSource = (): SearchClient => createSearchClient({ spawn: spawnSearchWorkerFromSource });
