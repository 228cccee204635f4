/**
 * Adapts worker_threads Workers running import-worker to the import pool's
 * `spawn`, with the pool's memory limit as each Worker's heap limit. In the
 * app, electron-vite builds the entry and hands main a factory
 * (`import createImportWorker from './importers/import-worker?nodeWorker'`);
 * tests start the TypeScript source through a tsx bootstrap.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { ImportWorkerExit, ImportWorkerHandle, SpawnImportWorker } from './import-pool';

/** Wraps a started Worker; an out-of-memory death is told apart from any other crash. */
export function importWorkerHandle(worker: Worker): ImportWorkerHandle {
  let failure: Error | null = null;
  let terminated = false;
  const exitListeners: ((exit: ImportWorkerExit) => void)[] = [];
  worker.on('error', (error) => (failure ??= error));
  worker.on('exit', (code) => {
    if (terminated) return;
    const outOfMemory = (failure as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const exit: ImportWorkerExit = {
      reason: outOfMemory ? 'out-of-memory' : 'crashed',
      detail: failure ? failure.message : `exit code ${code}`,
    };
    for (const listener of exitListeners) listener(exit);
  });
  return {
    postMessage: (request, transfer) => worker.postMessage(request, transfer),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => exitListeners.push(listener),
    terminate: () => {
      terminated = true;
      return worker.terminate();
    },
  };
}

/**
 * Turns a Worker factory (electron-vite's `?nodeWorker` default export, or a
 * test's bootstrap) into the pool's `spawn`; `options` are passed to every Worker.
 */
export function workerThreadImportSpawn(createWorker: (options: WorkerOptions) => Worker, options: WorkerOptions = {}): SpawnImportWorker {
  return ({ memoryLimitMb }) =>
    importWorkerHandle(
      createWorker({ ...options, resourceLimits: { ...options.resourceLimits, maxOldGenerationSizeMb: memoryLimitMb } }),
    );
}
