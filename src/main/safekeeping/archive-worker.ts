/**
 * Entry point of an archive worker: one job per worker (see archive-jobs.ts),
 * answered with the result or the error as a value.
 */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { extractArchive, writeArchive } from './archive';
import { ARCHIVE_METHODS, ARCHIVE_WORKER, archiveErrorValue, type ArchiveApi } from './archive-jobs';

const api: ArchiveApi = { extract: extractArchive, write: writeArchive };

serveWorker(ARCHIVE_METHODS, parentWorkerPort(ARCHIVE_WORKER), api, ARCHIVE_WORKER, { describeError: archiveErrorValue });
