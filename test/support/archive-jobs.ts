import { workerArchiveJobs, type ArchiveJobs, type ArchiveLimits } from '../../src/main/safekeeping/archive-jobs';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/safekeeping/archive-worker.ts', import.meta.url);

/** Archive jobs in workers running the TypeScript source, as the app runs the bundled worker. */
export const archiveJobsFromSource = (limits?: ArchiveLimits): ArchiveJobs => workerArchiveJobs((options) => tsWorker(workerEntry, options), limits);
