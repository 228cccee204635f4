import { workerThreadHandle } from '../../src/main/workers/worker-thread';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/outputs/analysis/analysis-worker.ts', import.meta.url);

/** Starts the analysis worker from its TypeScript source, as the built app starts the bundled one. */
export const analysisWorkerFromSource = () => workerThreadHandle(tsWorker(workerEntry));
