/**
 * Where REFI-QDA files are read. The file is the user's choice but its
 * content comes from anywhere, and a large project is seconds of parsing,
 * so in the app each read runs in a worker thread of its own, over the
 * worker channel, with a time and a heap limit: a hostile or huge file can
 * neither freeze nor crash main, and its refusal comes back as a message.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { connectWorker, type WorkerError } from '../../workers/worker-channel';
import { spawnWorkerThread, type WorkerFactory } from '../../workers/worker-thread';
import { readRefiQda, type RefiImport } from './read-refi-qda';
import { MAX_REFI_FILE_BYTES } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';

/** Reading REFI-QDA files, wherever it runs. */
export interface RefiJobs {
  /** Reads the REFI-QDA file at `path` (a .qdpx, .qde or .qdc the user chose). */
  read(path: string): Promise<RefiImport>;
}

/** What a REFI-QDA worker can be asked. */
export interface RefiApi {
  read(path: string): Promise<RefiImport>;
}

export const REFI_METHODS: readonly (keyof RefiApi)[] = ['read'];

export const REFI_WORKER = 'REFI-QDA reader';

/** How long a read may take and how much heap its worker may use. */
export interface RefiLimits {
  timeMs: number;
  memoryMb: number;
}

/** Ten thousand coded articles read in seconds; a read a hundred times slower, or ten times larger, has gone wrong. */
export const DEFAULT_REFI_LIMITS: RefiLimits = { timeMs: 5 * 60_000, memoryMb: 2048 };

/** Reads the file at `path`, refusing one larger than any REFI-QDA file Scholia reads before reading it. */
export async function readRefiFile(path: string): Promise<RefiImport> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MAX_REFI_FILE_BYTES) {
      throw new RefiQdaError(`“${name}” is ${Math.round(size / 1024 ** 2)} MB; Scholia reads REFI-QDA files of up to ${MAX_REFI_FILE_BYTES / 1024 ** 3} GB (export the project without its audio and video).`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof RefiQdaError) throw error;
    throw new RefiQdaError(`“${name}” could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  return readRefiQda(bytes, name);
}

/** Reads on the calling thread: for tests and tools that need no isolation. */
export const inProcessRefiJobs: RefiJobs = { read: readRefiFile };

/** A refusal crosses as a value of its own, to become a RefiQdaError again in main. */
export function refiErrorValue(error: unknown): WorkerError {
  return { code: error instanceof RefiQdaError ? 'refi-refused' : 'internal', message: error instanceof Error ? error.message : String(error) };
}

function durationOf(ms: number): string {
  const [amount, unit] = ms >= 60_000 ? [Math.round(ms / 60_000), 'minute'] : [Math.max(1, Math.round(ms / 1000)), 'second'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** Runs each read in a fresh worker from `createWorker` (electron-vite's `?nodeWorker` factory, or a test's). */
export function workerRefiJobs(createWorker: WorkerFactory, limits: RefiLimits = DEFAULT_REFI_LIMITS): RefiJobs {
  return {
    async read(path) {
      const client = connectWorker<RefiApi>(REFI_METHODS, spawnWorkerThread(createWorker, { memoryMb: limits.memoryMb }), REFI_WORKER);
      const reply = await client.call('read', [path], { timeoutMs: limits.timeMs });
      await client.close();
      if (reply.ok) return reply.value;
      const name = basename(path);
      switch (reply.error.code) {
        case 'refi-refused':
          throw new RefiQdaError(reply.error.message);
        case 'timeout':
          throw new RefiQdaError(`Reading “${name}” took longer than ${durationOf(limits.timeMs)}, so it was stopped.`);
        case 'out-of-memory':
          throw new RefiQdaError(`Reading “${name}” needs more than the ${limits.memoryMb} MB of memory Scholia allows it, so it was stopped.`);
        case 'crashed':
          throw new Error(`The ${REFI_WORKER} stopped unexpectedly (${reply.error.message}).`);
        default:
          throw new Error(reply.error.message);
      }
    },
  };
}
