/**
 * A worker's own end of the channel: the worker_threads parent port, or an
 * Electron utility process's parentPort (where messages arrive wrapped as
 * `{ data }`), typed without importing electron.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerPort } from './worker-channel';

interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  off(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function parentWorkerPort(name: string): WorkerPort {
  if (parentPort) {
    const port = parentPort;
    return {
      postMessage: (message, transfer) => port.postMessage(message, transfer),
      onMessage: (listener) => {
        port.on('message', listener);
        return () => void port.off('message', listener);
      },
    };
  }
  const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (utilityPort) {
    return {
      postMessage: (message) => utilityPort.postMessage(message),
      onMessage: (listener) => {
        const unwrap = (event: { data: unknown }) => listener(event.data);
        utilityPort.on('message', unwrap);
        return () => utilityPort.off('message', unwrap);
      },
    };
  }
  throw new Error(`The ${name} must run as a worker thread or an Electron utility process.`);
}
