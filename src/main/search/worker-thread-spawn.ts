/**
 * Adapts a worker_threads Worker running search-worker to the client's
 * handle. In the app, electron-vite builds the worker and hands main a
 * factory (`import createSearchWorker from './search/search-worker?nodeWorker'`);
 * tests start the TypeScript source through a tsx bootstrap.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { SearchWorkerHandle } from './search-client';

export function searchWorkerHandle(worker: Worker): SearchWorkerHandle {
  let exited = false;
  const exitListeners: ((reason: string) => void)[] = [];
  const exit = (reason: string) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(reason);
  };
  worker.on('error', (error) => exit(error.message));
  worker.on('exit', (code) => exit(`exit code ${code}`));
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => {
      worker.on('message', listener);
      return () => worker.off('message', listener);
    },
    onExit: (listener) => exitListeners.push(listener),
    terminate: () => worker.terminate(),
  };
}

/** Starts `entry` (a file URL or path; or code with `eval: true`) as the search worker. */
export function spawnSearchWorkerThread(entry: URL | string, options: WorkerOptions = {}): SearchWorkerHandle {
  return searchWorkerHandle(new Worker(entry, options));
}
