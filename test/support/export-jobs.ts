import { workerExportJobs, type ExportJobs, type ExportLimits } from '../../src/main/outputs/export-jobs';
import { tsWorker } from './ts-worker';

const workerEntry = new URL('../../src/main/outputs/export-worker.ts', import.meta.url);

/** Export jobs in workers running the TypeScript source, as the app runs the bundled worker. */
export const exportJobsFromSource = (limits?: ExportLimits): ExportJobs => workerExportJobs((options) => tsWorker(workerEntry, options), limits);
