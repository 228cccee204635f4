import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/entities/entities-worker.ts', import.meta.url);

/** Starts the entities worker from its TypeScript source, as the built app starts the bundled one. */
export const entitiesWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));
