import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from TypeScript source, as the built app starts the
 * bundled worker. `execArgv: ['--import', 'tsx']` does not reach a worker's
 * entry module on Node 20 ("Unknown file extension .ts"), so a one-line
 * bootstrap registers tsx, then imports the source.
 */
export function tsWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
