/**
 * Where archives are zipped and unzipped. An archive to import is an
 * untrusted file, and zipping ten thousand articles is seconds of work, so
 * in the app each job runs in a worker thread of its own, over the worker
 * channel, with a time and a heap limit: a hostile or huge archive cannot
 * freeze or crash main.
 */
import { connectWorker, type ArgsOf, type ResultOf, type WorkerError } from '../workers/worker-channel';
import { durationOf } from '../workers/duration-words';
import { spawnWorkerThread, type WorkerFactory } from '../workers/worker-thread';
import { ArchiveError, extractArchive, writeArchive, type Extracted } from './archive';

export interface ArchiveJobs {
  /** Unpacks the notebook files of the archive at `path` into `folder`; see extractArchive. */
  extract(path: string, folder: string): Promise<Extracted>;
  /** Zips a snapshot's files into `target`; see writeArchive. */
  write(folder: string, paths: readonly string[], target: string): Promise<number>;
}

/** What an archive worker can be asked: the jobs themselves. */
export interface ArchiveApi {
  extract(path: string, folder: string): Promise<Extracted>;
  write(folder: string, paths: string[], target: string): Promise<number>;
}

export const ARCHIVE_METHODS: readonly (keyof ArchiveApi)[] = ['extract', 'write'];

export const ARCHIVE_WORKER = 'archive worker';

/** Jobs run on the calling thread: for tests of the store itself. */
export const inProcessArchiveJobs: ArchiveJobs = { extract: extractArchive, write: writeArchive };

export interface ArchiveLimits {
  timeMs: number;
  memoryMb: number;
}

/** Ten thousand articles zip in well under a minute here; a job ten times slower has gone wrong. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { timeMs: 10 * 60_000, memoryMb: 1024 };

/** An archive's refusal crosses as a value of its own, to become an ArchiveError again in main. */
export function archiveErrorValue(error: unknown): WorkerError {
  return { code: error instanceof ArchiveError ? 'archive-refused' : 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** Runs each job in a fresh worker from `createWorker` (electron-vite's `?nodeWorker` factory, or a test's). */
export function workerArchiveJobs(createWorker: WorkerFactory, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveJobs {
  const run = async <M extends keyof ArchiveApi>(method: M, args: ArgsOf<ArchiveApi, M>): Promise<ResultOf<ArchiveApi, M>> => {
    const client = connectWorker<ArchiveApi>(ARCHIVE_METHODS, spawnWorkerThread(createWorker, { memoryMb: limits.memoryMb }), ARCHIVE_WORKER);
    const reply = await client.call(method, args, { timeoutMs: limits.timeMs });
    // Answered only once the worker is gone, so nothing it was writing lands after the caller cleans up.
    await client.close();
    if (reply.ok) return reply.value;
    switch (reply.error.code) {
      case 'archive-refused':
        throw new ArchiveError(reply.error.message);
      case 'timeout':
        throw new ArchiveError(`Working on the archive took longer than ${durationOf(limits.timeMs)}, so it was stopped.`);
      case 'out-of-memory':
        throw new ArchiveError(`The archive needs more than the ${limits.memoryMb} MB of memory Scholia allows it, so it was stopped.`);
      case 'crashed':
        throw new Error(`The archive worker stopped unexpectedly (${reply.error.message}).`);
      default:
        throw new Error(reply.error.message);
    }
  };
  return {
    extract: (path, folder) => run('extract', [path, folder]),
    write: (folder, paths, target) => run('write', [folder, [...paths], target]),
  };
}
