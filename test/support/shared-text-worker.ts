import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/shared-text/shared-text-worker.ts', import.meta.url);

/** Starts the shared-text worker from its TypeScript source, as the built app starts the bundled one. */
export const sharedTextWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));
