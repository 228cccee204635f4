/**
 * Where archives are zipped and unzipped. An archive to import is an
 * untrusted file, and zipping ten thousand articles is seconds of work, so
 * in the app each job runs in a worker thread of its own with a time and a
 * heap limit: a hostile or huge archive cannot freeze or crash main.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { ArchiveError, extractArchive, writeArchive, type Extracted } from './archive';

export interface ArchiveJobs {
  /** Unpacks the notebook files of the archive at `path` into `folder`; see extractArchive. */
  extract(path: string, folder: string): Promise<Extracted>;
  /** Zips a snapshot's files into `target`; see writeArchive. */
  write(folder: string, paths: readonly string[], target: string): Promise<number>;
}

/** Jobs run on the calling thread: for tests of the store itself. */
export const inProcessArchiveJobs: ArchiveJobs = { extract: extractArchive, write: writeArchive };

export type ArchiveRequest =
  | { kind: 'extract'; path: string; folder: string }
  | { kind: 'write'; folder: string; paths: string[]; target: string };

export type ArchiveReply = { ok: true; value: unknown } | { ok: false; archiveError: boolean; message: string };

export interface ArchiveLimits {
  timeMs: number;
  memoryMb: number;
}

/** Ten thousand articles zip in well under a minute here; a job ten times slower has gone wrong. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { timeMs: 10 * 60_000, memoryMb: 1024 };

/** Runs each job in a fresh worker from `createWorker` (electron-vite's `?nodeWorker` factory, or a test's). */
export function workerArchiveJobs(createWorker: (options: WorkerOptions) => Worker, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ArchiveJobs {
  const run = (request: ArchiveRequest): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const worker = createWorker({ resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
      let settled = false;
      // Answered only once the worker is gone, so nothing it was writing lands after the caller cleans up.
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate().finally(outcome);
      };
      const timer = setTimeout(
        () => settle(() => reject(new ArchiveError(`Working on the archive took longer than ${durationOf(limits.timeMs)}, so it was stopped.`))),
        limits.timeMs,
      );
      worker.once('message', (reply: ArchiveReply) =>
        settle(() => (reply.ok ? resolve(reply.value) : reject(reply.archiveError ? new ArchiveError(reply.message) : new Error(reply.message)))),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ArchiveError(`The archive needs more than the ${limits.memoryMb} MB of memory Scholia allows it, so it was stopped.`)
              : error,
          ),
        ),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`The archive worker stopped unexpectedly (exit code ${code}).`))));
      worker.postMessage(request);
    });
  return {
    extract: async (path, folder) => (await run({ kind: 'extract', path, folder })) as Extracted,
    write: async (folder, paths, target) => (await run({ kind: 'write', folder, paths: [...paths], target })) as number,
  };
}

function durationOf(ms: number): string {
  const [amount, unit] = ms >= 60_000 ? [Math.round(ms / 60_000), 'minute'] : [Math.max(1, Math.round(ms / 1000)), 'second'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
