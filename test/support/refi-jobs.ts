import { workerRefiJobs, type RefiJobs, type RefiLimits } from '../../src/main/outputs/refi-qda/refi-jobs';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/outputs/refi-qda/refi-worker.ts', import.meta.url);

/** REFI-QDA reads in workers running the TypeScript source, as the app runs the bundled worker. */
export const refiJobsFromSource = (limits?: RefiLimits): RefiJobs => workerRefiJobs((options) => tsWorker(workerEntry, options), limits);
