import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/quote-review/quote-worker.ts', import.meta.url);

/** Starts the quote worker from its TypeScript source, as the built app starts the bundled one. */
export const quoteWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));
