/**
 * Where exports are written. In the app each export runs in a worker thread
 * of its own, with a time and a heap limit, and Cancel stops the worker; a
 * test of the notebook can run the same steps on the calling thread.
 */
import { rm } from 'node:fs/promises';
import type { ExportFormat } from '../../shared/exports';
import { partialPathOf } from '../safekeeping/archive';
import { connectWorker, type WorkerReply } from '../workers/worker-channel';
import { durationOf } from '../workers/duration-words';
import { spawnWorkerThread, type WorkerFactory } from '../workers/worker-thread';
import { EXPORT_METHODS, EXPORT_WORKER, exportApi, isProgressMessage, type ExportApi } from './export-api';
import type { ExportOptions, FormatWriter } from './format-writer';
import type { ProjectChunk, ProjectHeader } from './project-collector';

/** One export under way. */
export interface ExportJob {
  add(chunk: ProjectChunk): Promise<void>;
  /** Writes the file at `target` and answers its size; the target is whole or untouched. */
  write(format: ExportFormat, options: ExportOptions, target: string): Promise<number>;
  /** Ends the job (and its worker); safe to call twice. */
  close(): Promise<void>;
}

export interface ExportJobs {
  /** `progress` hears how far the file's writing has come; aborting `signal` stops the job with ExportCancelled. */
  start(header: ProjectHeader, progress: (fraction: number) => void, signal: AbortSignal): Promise<ExportJob>;
}

/** The user stopped the export. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

/** An export that could not be written, in words the user can act on. */
export class ExportFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFailed';
  }
}

export interface ExportLimits {
  timeMs: number;
  memoryMb: number;
}

/** Ten thousand documents as a REFI-QDA project take well under a minute here; ten times that has gone wrong. */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = { timeMs: 10 * 60_000, memoryMb: 4096 };

/** The steps run on the calling thread: for tests of the notebook. */
export function inProcessExportJobs(writers: Record<ExportFormat, FormatWriter>): ExportJobs {
  return {
    start: async (header, progress, signal) => {
      const check = () => {
        if (signal.aborted) throw new ExportCancelled();
      };
      // A writer on this thread cannot be stopped from outside: it stops at the next progress it reports.
      const api = exportApi(writers, (fraction) => (check(), progress(fraction)));
      api.begin(header);
      return {
        add: async (chunk) => (check(), api.add(chunk)),
        write: async (format, options, target) => {
          check();
          return api.write(format, options, target);
        },
        close: async () => undefined,
      };
    },
  };
}

/** Each export in a fresh worker from `createWorker` (electron-vite's `?nodeWorker` factory, or a test's). */
export function workerExportJobs(createWorker: WorkerFactory, limits: ExportLimits = DEFAULT_EXPORT_LIMITS): ExportJobs {
  return {
    start: async (header, progress, signal) => {
      const handle = spawnWorkerThread(createWorker, { memoryMb: limits.memoryMb });
      handle.onMessage((message) => {
        if (isProgressMessage(message)) progress(message.fraction);
      });
      const client = connectWorker<ExportApi>(EXPORT_METHODS, handle, EXPORT_WORKER);
      const started = Date.now();
      const call = async <M extends keyof ExportApi>(method: M, args: Parameters<ExportApi[M]>) => {
        const reply = (await client.call(method, args as never, { signal, timeoutMs: limits.timeMs - (Date.now() - started) })) as WorkerReply<Awaited<ReturnType<ExportApi[M]>>>;
        if (reply.ok) return reply.value;
        throw failureOf(reply.error.code, reply.error.message, limits);
      };
      await call('begin', [header]);
      return {
        add: async (chunk) => void (await call('add', [chunk])),
        write: async (format, options, target) => {
          try {
            return await call('write', [format, options, target]);
          } catch (error) {
            // A worker stopped mid-write leaves its partial file behind; the target itself was never touched.
            await client.close();
            await rm(partialPathOf(target), { force: true });
            throw error;
          }
        },
        close: () => client.close(),
      };
    },
  };
}

function failureOf(code: string, message: string, limits: ExportLimits): Error {
  switch (code) {
    case 'cancelled':
      return new ExportCancelled();
    case 'timeout':
      return new ExportFailed(`The export took longer than ${durationOf(limits.timeMs)}, so it was stopped.`);
    case 'out-of-memory':
      return new ExportFailed(`The export needs more than the ${limits.memoryMb} MB of memory Scholia allows it, so it was stopped.`);
    case 'crashed':
      return new Error(`The export worker stopped unexpectedly (${message}).`);
    default:
      return new Error(message);
  }
}
