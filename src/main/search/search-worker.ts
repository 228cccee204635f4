/**
 * Entry point of the search worker: an engine served over the parent's port.
 * Runs as a worker_threads Worker, or as an Electron utilityProcess (where the
 * port is process.parentPort and messages arrive wrapped as { data }).
 */
import { parentPort } from 'node:worker_threads';
import { SearchEngine } from './search-engine';
import { serveSearchEngine, type SearchTransport } from './search-protocol';

/** The slice of Electron's utilityProcess parentPort used here, typed without importing electron. */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  off(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentTransport(): SearchTransport {
  if (parentPort) {
    const port = parentPort;
    return {
      postMessage: (message) => port.postMessage(message),
      onMessage: (listener) => {
        port.on('message', listener);
        return () => port.off('message', listener);
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
  throw new Error('search-worker must run as a worker thread or an Electron utility process.');
}

serveSearchEngine(parentTransport(), new SearchEngine());
