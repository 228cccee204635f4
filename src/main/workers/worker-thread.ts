/**
 * Worker threads as worker-channel handles. In the app electron-vite builds
 * each worker entry and hands main a factory (`import create from
 * './x-worker?nodeWorker'`); tests start the TypeScript source through a tsx
 * bootstrap. The heap limit is the worker's `resourceLimits`, so a worker that
 * outgrows it dies alone, told apart from any other crash.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { WorkerExit, WorkerHandle } from './worker-channel';

/** Starts a worker thread (electron-vite's `?nodeWorker` default export, or a test's). */
export type WorkerFactory = (options: WorkerOptions) => Worker;

export function workerThreadHandle(worker: Worker): WorkerHandle {
  let failure: Error | null = null;
  let terminated = false;
  const exitListeners: ((exit: WorkerExit) => void)[] = [];
  worker.on('error', (error) => (failure ??= error));
  worker.on('exit', (code) => {
    if (terminated) return;
    const outOfMemory = (failure as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const exit: WorkerExit = { reason: outOfMemory ? 'out-of-memory' : 'crashed', detail: failure ? failure.message : `exit code ${code}` };
    for (const listener of exitListeners) listener(exit);
  });
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    onMessage: (listener) => {
      worker.on('message', listener);
      return () => void worker.off('message', listener);
    },
    onExit: (listener) => void exitListeners.push(listener),
    terminate: () => {
      terminated = true;
      return worker.terminate();
    },
  };
}

/** Starts a worker thread from `factory` with a heap ceiling, as a channel handle. */
export function spawnWorkerThread(factory: WorkerFactory, limits: { memoryMb?: number } = {}, options: WorkerOptions = {}): WorkerHandle {
  const resourceLimits = limits.memoryMb === undefined ? options.resourceLimits : { ...options.resourceLimits, maxOldGenerationSizeMb: limits.memoryMb };
  return workerThreadHandle(factory({ ...options, ...(resourceLimits ? { resourceLimits } : {}) }));
}
