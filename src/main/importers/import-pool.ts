/**
 * Runs importArticles off main's event loop, in a few reused workers, each under a
 * time and a heap limit, so a hostile or huge file can neither freeze nor
 * crash the app. Every failure reaches the caller as an ImportError.
 *
 * A worker reads one file at a time: when it overruns the time limit, runs out
 * of memory or crashes, exactly one import is to blame, that import alone
 * fails, and the next file gets a fresh worker. Parsing is synchronous inside
 * the worker, so stopping an import (time limit, cancellation) means stopping
 * its worker, which the worker channel does; nothing cooperative is asked of
 * the importers.
 */
import { connectWorker, type WorkerClient, type WorkerError, type WorkerHandle } from '../workers/worker-channel';
import { ImportError } from './import-error';
import { IMPORT_METHODS, IMPORT_WORKER, importErrorOf, isParsedFile, type ImportApi } from './import-protocol';
import type { ParsedFile } from './parsed-file';

/** The file took longer than the pool's time limit and its worker was stopped. */
export const TOO_SLOW = 'too-slow';
/** The caller aborted the import, or closed the pool, before it finished. */
export const CANCELLED = 'cancelled';

/** Starts one import worker with this heap ceiling; injected so the app and the tests start it differently. */
export type SpawnImportWorker = (limits: { memoryMb: number }) => WorkerHandle;

export interface ImportPoolOptions {
  spawn: SpawnImportWorker;
  /** How long one file may take, a fresh worker's start-up included; Infinity for no limit. */
  timeoutMs?: number;
  /** Heap ceiling of each worker; file bytes (ArrayBuffers) are not counted against it. */
  memoryLimitMb?: number;
  /** How many files are read at once; each needs its own worker. */
  maxWorkers?: number;
  /** An idle worker is stopped after this long, to give its memory back; Infinity keeps it. */
  idleMs?: number;
}

export interface ImportPool {
  /** importArticles in a worker: resolves with the file's articles, rejects only with an ImportError. */
  importInWorker(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<ParsedFile>;
  /** Stops every worker; pending and later imports reject with problem 'cancelled'. */
  close(): Promise<void>;
}

export const DEFAULT_IMPORT_TIMEOUT_MS = 30_000;
/**
 * Far above what one article needs, well below what would starve the
 * machine: a saved page of 10,000 paragraphs (a book's worth, 1 MB of HTML)
 * grows the heap to about 270 MB under jsdom; one of 50,000 needs about 1 GB
 * and 27 s, so it would overrun the time limit anyway.
 */
export const DEFAULT_IMPORT_MEMORY_MB = 1024;
export const DEFAULT_IMPORT_WORKERS = 2;
export const DEFAULT_IMPORT_IDLE_MS = 60_000;

interface Job {
  bytes: Uint8Array;
  fileName: string;
  resolve: (file: ParsedFile) => void;
  reject: (error: ImportError) => void;
  /** Stops the job's worker when the caller aborts or the pool closes. */
  stop: AbortController;
  /** Why the job was stopped, once it was. */
  stoppedBecause: ImportError | null;
  /** Detaches the caller's abort listener. */
  release: () => void;
}

interface Slot {
  client: WorkerClient<ImportApi>;
  busy: boolean;
  idleTimer?: ReturnType<typeof setTimeout>;
}

/** "30 s", "1.5 s", "200 ms": a limit as the user reads it. */
function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function cancelled(message: string, reason?: unknown): ImportError {
  const error = new ImportError(CANCELLED, message, reason === undefined ? undefined : { cause: reason });
  // Reads as an abort to code that checks `name`, and stays an ImportError for code that checks the class.
  error.name = 'AbortError';
  return error;
}

/** Starts no worker until the first import; workers are started on demand and reused. */
export function createImportPool({
  spawn,
  timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS,
  memoryLimitMb = DEFAULT_IMPORT_MEMORY_MB,
  maxWorkers = DEFAULT_IMPORT_WORKERS,
  idleMs = DEFAULT_IMPORT_IDLE_MS,
}: ImportPoolOptions): ImportPool {
  if (!(maxWorkers >= 1)) throw new RangeError('An import pool needs at least one worker.');
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  const running = new Set<Job>();
  const stopping = new Set<Promise<void>>();
  let closed = false;

  const retire = (slot: Slot) => {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    const stopped = slot.client.close().finally(() => stopping.delete(stopped));
    stopping.add(stopped);
  };

  /** What one failed call means for the file: the worker's own refusal, or what became of the worker. */
  const failureOf = (job: Job, error: WorkerError): ImportError => {
    if (job.stoppedBecause) return job.stoppedBecause;
    const refusal = importErrorOf(error);
    if (refusal) return refusal;
    const because = (failure: ImportError) => Object.assign(failure, { cause: new Error(error.message) });
    switch (error.code) {
      case 'timeout':
        return new ImportError(TOO_SLOW, `"${job.fileName}" took longer than ${duration(timeoutMs)} to read and was stopped; the file may be damaged or unusually complex.`);
      case 'out-of-memory':
        return because(new ImportError('too-large', `"${job.fileName}" needed more memory than Scholia allows for one file (${memoryLimitMb} MB) and was stopped.`));
      case 'bad-request':
        return because(new ImportError('damaged', `"${job.fileName}" could not be handed to the file reader.`));
      default:
        return because(new ImportError('damaged', `Reading "${job.fileName}" stopped unexpectedly; the file may be damaged.`));
    }
  };

  async function read(slot: Slot, job: Job): Promise<void> {
    clearTimeout(slot.idleTimer);
    slot.busy = true;
    running.add(job);
    // A copy the worker owns: the caller's buffer stays usable, and only the file's own bytes cross.
    const bytes = new Uint8Array(job.bytes);
    const reply = await slot.client.call('importArticles', [bytes, job.fileName], { timeoutMs, transfer: [bytes.buffer as ArrayBuffer], signal: job.stop.signal });
    running.delete(job);
    job.release();
    slot.busy = false;
    const succeeded = reply.ok && isParsedFile(reply.value);
    if (succeeded) job.resolve(reply.value as ParsedFile);
    else if (reply.ok) job.reject(new ImportError('damaged', `Reading "${job.fileName}" stopped unexpectedly; the file may be damaged.`));
    else job.reject(failureOf(job, reply.error));
    // A worker that has read a file it refused may still hold that file's stray work: the next file gets a fresh one.
    if (!slot.client.alive || !succeeded) retire(slot);
    else if (Number.isFinite(idleMs)) {
      slot.idleTimer = setTimeout(() => retire(slot), Math.min(Math.max(idleMs, 0), 2 ** 31 - 1));
      slot.idleTimer.unref?.();
    }
    pump();
  }

  /** Starts a worker, or returns why it could not start. */
  function start(): Slot | { failed: unknown } {
    try {
      const slot: Slot = { client: connectWorker<ImportApi>(IMPORT_METHODS, spawn({ memoryMb: memoryLimitMb }), IMPORT_WORKER), busy: false };
      slots.add(slot);
      return slot;
    } catch (failed) {
      return { failed };
    }
  }

  /** Hands queued jobs to idle workers, starting workers up to the limit. */
  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((candidate) => !candidate.busy && candidate.client.alive);
      if (!slot && slots.size < maxWorkers) {
        const started = start();
        if ('failed' in started) {
          const job = queue.shift()!;
          job.release();
          job.reject(new ImportError('damaged', `Scholia could not start its file reader to import "${job.fileName}".`, { cause: started.failed }));
          continue;
        }
        slot = started;
      }
      if (!slot) return;
      void read(slot, queue.shift()!);
    }
  }

  /** Stops a job: taken out of the queue, or its worker stopped (the channel then answers the call). */
  function cancel(job: Job, error: ImportError): void {
    const queued = queue.indexOf(job);
    if (queued >= 0) {
      queue.splice(queued, 1);
      job.release();
      job.reject(error);
      return;
    }
    job.stoppedBecause ??= error;
    job.stop.abort();
  }

  return {
    importInWorker(bytes, fileName, signal) {
      return new Promise<ParsedFile>((resolve, reject) => {
        const job: Job = { bytes, fileName, resolve, reject, stop: new AbortController(), stoppedBecause: null, release: () => undefined };
        if (closed) return reject(cancelled(`Importing "${fileName}" was cancelled because the importer was closed.`));
        if (signal?.aborted) return reject(cancelled(`Importing "${fileName}" was cancelled.`, signal.reason));
        if (signal) {
          const onAbort = () => cancel(job, cancelled(`Importing "${fileName}" was cancelled.`, signal.reason));
          signal.addEventListener('abort', onAbort, { once: true });
          job.release = () => signal.removeEventListener('abort', onAbort);
        }
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of [...queue, ...running]) cancel(job, cancelled(`Importing "${job.fileName}" was cancelled because the importer was closed.`));
      for (const slot of [...slots]) retire(slot);
      await Promise.all(stopping);
    },
  };
}
