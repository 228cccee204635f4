/**
 * Runs importFile off main's event loop, in a few reused workers, each under a
 * time and a heap limit, so a hostile or huge file can neither freeze nor
 * crash the app. Every failure reaches the caller as an ImportError.
 *
 * A worker reads one file at a time: when it overruns the time limit, runs out
 * of memory or crashes, exactly one import is to blame, that import alone
 * fails, and the next file gets a fresh worker. Parsing is synchronous inside
 * the worker, so stopping an import (time limit, cancellation) means
 * terminating its worker; nothing cooperative is asked of the importers.
 *
 * The worker is started by the injected `spawn`: in the app a worker_threads
 * Worker built by electron-vite, in tests one running the TypeScript source.
 */
import { ImportError, type ImportProblem } from './import-error';
import type { ParsedArticle } from './plain-text';

/** The file took longer than the pool's time limit and its worker was stopped. */
export const TOO_SLOW = 'too-slow';
/** The caller aborted the import, or closed the pool, before it finished. */
export const CANCELLED = 'cancelled';
/** Problems only the pool reports; ImportProblem in import-error.ts is to gain them. */
export type PoolProblem = typeof TOO_SLOW | typeof CANCELLED;

/** What main posts to a worker: one file to read. */
export interface ImportRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** What a worker posts back for a request: the article, or importFile's ImportError as a value. */
export type ImportReply =
  | { id: number; ok: true; article: ParsedArticle }
  | { id: number; ok: false; error: { code: 'import-failed'; problem: ImportProblem; message: string } };

/** Why a worker ended on its own (a worker the pool terminates reports nothing). */
export interface ImportWorkerExit {
  reason: 'out-of-memory' | 'crashed';
  /** The worker's own error or exit code, for logs; never shown to the user. */
  detail: string;
}

/** A started worker: a way to post it a request, hear its replies, learn that it died, and stop it. */
export interface ImportWorkerHandle {
  /** `transfer` hands the request's buffer over instead of copying it. */
  postMessage(request: ImportRequest, transfer: ArrayBuffer[]): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called at most once, if the worker ends without being terminated. */
  onExit(listener: (exit: ImportWorkerExit) => void): void;
  terminate(): Promise<unknown> | void;
}

/** Limits the spawned worker must enforce itself; the time limit is kept by the pool. */
export interface ImportWorkerLimits {
  /** The worker's JS heap ceiling (worker_threads `resourceLimits.maxOldGenerationSizeMb`). */
  memoryLimitMb: number;
}

/** Starts one worker running import-worker; injected so the app and the tests start it differently. */
export type SpawnImportWorker = (limits: ImportWorkerLimits) => ImportWorkerHandle;

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
  /** importFile in a worker: resolves with the article, rejects only with an ImportError. */
  importInWorker(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<ParsedArticle>;
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
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve: (article: ParsedArticle) => void;
  reject: (error: ImportError) => void;
  /** Detaches the abort listener; called once the job is settled. */
  release: () => void;
  settled: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  handle: ImportWorkerHandle;
  job: Job | null;
  idleTimer?: ReturnType<typeof setTimeout>;
}

function poolError(problem: PoolProblem, message: string): ImportError {
  return new ImportError(problem, message);
}

/** setTimeout for a limit that may be Infinity (no timer) or beyond setTimeout's range (which would fire at once). */
function after(ms: number, run: () => void): ReturnType<typeof setTimeout> | undefined {
  return Number.isFinite(ms) ? setTimeout(run, Math.min(Math.max(ms, 0), 2 ** 31 - 1)) : undefined;
}

/** "30 s", "1.5 s", "200 ms": a limit as the user reads it. */
function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
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
  const stopping = new Set<Promise<unknown>>();
  let nextId = 1;
  let closed = false;

  function settle(job: Job, outcome: { article: ParsedArticle } | { error: ImportError }): void {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.timer);
    job.release();
    if ('article' in outcome) job.resolve(outcome.article);
    else job.reject(outcome.error);
  }

  /** Stops a worker for good; its exit is not reported, since the pool chose it. */
  function stop(slot: Slot): void {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    slot.job = null;
    const stopped: Promise<unknown> = Promise.resolve(slot.handle.terminate())
      .catch(() => undefined)
      .finally(() => stopping.delete(stopped));
    stopping.add(stopped);
  }

  /** Starts a worker, or returns why it could not start. */
  function start(): Slot | { failed: unknown } {
    let handle: ImportWorkerHandle;
    try {
      handle = spawn({ memoryLimitMb });
    } catch (failed) {
      return { failed };
    }
    const slot: Slot = { handle, job: null };
    slots.add(slot);
    slot.handle.onMessage((message) => onReply(slot, message));
    slot.handle.onExit((exit) => onExit(slot, exit));
    return slot;
  }

  function onReply(slot: Slot, message: unknown): void {
    const job = slot.job;
    if (!slots.has(slot) || !job || !isImportReply(message) || message.id !== job.id) return;
    slot.job = null;
    settle(job, message.ok ? { article: message.article } : { error: new ImportError(message.error.problem, message.error.message) });
    pump();
    if (slots.has(slot) && !slot.job) {
      slot.idleTimer = after(idleMs, () => stop(slot));
      slot.idleTimer?.unref?.();
    }
  }

  function onExit(slot: Slot, exit: ImportWorkerExit): void {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    const job = slot.job;
    if (job) {
      const error =
        exit.reason === 'out-of-memory'
          ? new ImportError(
              'too-large',
              `"${job.fileName}" needed more memory than Scholia allows for one file (${memoryLimitMb} MB) and was stopped.`,
            )
          : new ImportError('damaged', `Reading "${job.fileName}" stopped unexpectedly; the file may be damaged.`);
      error.cause = new Error(exit.detail);
      settle(job, { error });
    }
    pump();
  }

  function dispatch(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    job.timer = after(timeoutMs, () => {
      stop(slot);
      settle(job, { error: poolError(TOO_SLOW, `"${job.fileName}" took longer than ${duration(timeoutMs)} to read and was stopped; the file may be damaged or unusually complex.`) });
      pump();
    });
    // A copy the worker owns: the caller's buffer stays usable, and only the file's own bytes cross.
    const bytes = new Uint8Array(job.bytes);
    try {
      slot.handle.postMessage({ id: job.id, bytes, fileName: job.fileName }, [bytes.buffer]);
    } catch (cause) {
      stop(slot);
      const error = new ImportError('damaged', `"${job.fileName}" could not be handed to the file reader.`);
      error.cause = cause;
      settle(job, { error });
    }
  }

  /** Hands queued jobs to idle workers, starting workers up to the limit. */
  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((candidate) => candidate.job === null);
      if (!slot && slots.size < maxWorkers) {
        const started = start();
        if ('failed' in started) {
          const job = queue.shift()!;
          const error = new ImportError('damaged', `Scholia could not start its file reader to import "${job.fileName}".`);
          error.cause = started.failed;
          settle(job, { error });
          continue;
        }
        slot = started;
      }
      if (!slot) return;
      dispatch(slot, queue.shift()!);
    }
  }

  function cancel(job: Job, message: string, reason?: unknown): void {
    const queued = queue.indexOf(job);
    if (queued >= 0) queue.splice(queued, 1);
    for (const slot of slots) if (slot.job === job) stop(slot);
    const error = poolError(CANCELLED, message);
    // Reads as an abort to code that checks `name`, and stays an ImportError for code that checks the class.
    error.name = 'AbortError';
    if (reason !== undefined) error.cause = reason;
    settle(job, { error });
    pump();
  }

  return {
    importInWorker(bytes, fileName, signal) {
      return new Promise<ParsedArticle>((resolve, reject) => {
        const job: Job = { id: nextId++, bytes, fileName, resolve, reject, release: () => undefined, settled: false };
        if (closed) return cancel(job, `Importing "${fileName}" was cancelled because the importer was closed.`);
        if (signal?.aborted) return cancel(job, `Importing "${fileName}" was cancelled.`, signal.reason);
        if (signal) {
          const onAbort = () => cancel(job, `Importing "${fileName}" was cancelled.`, signal.reason);
          signal.addEventListener('abort', onAbort, { once: true });
          job.release = () => signal.removeEventListener('abort', onAbort);
        }
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      const jobs = [...queue, ...[...slots].flatMap((slot) => (slot.job ? [slot.job] : []))];
      queue.length = 0;
      for (const slot of [...slots]) stop(slot);
      for (const job of jobs) cancel(job, `Importing "${job.fileName}" was cancelled because the importer was closed.`);
      await Promise.all(stopping);
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks a worker's message before it is believed: the shape of an ImportReply, no more. */
export function isImportReply(message: unknown): message is ImportReply {
  if (!isObject(message) || typeof message.id !== 'number') return false;
  if (message.ok === true) {
    const article = message.article;
    return isObject(article) && typeof article.title === 'string' && typeof article.text === 'string' && Array.isArray(article.blocks);
  }
  if (message.ok !== false || !isObject(message.error)) return false;
  const { code, problem, message: text } = message.error;
  return code === 'import-failed' && typeof problem === 'string' && typeof text === 'string';
}
