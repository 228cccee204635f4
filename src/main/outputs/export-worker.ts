/**
 * Entry point of an export worker: one export per worker (see
 * export-jobs.ts). Progress goes out beside the answers, at most every few
 * hundredths, so a fast format does not flood the channel.
 */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { EXPORT_METHODS, EXPORT_WORKER, exportApi, type ProgressMessage } from './export-api';
import { EXPORT_WRITERS } from './export-writers';

const port = parentWorkerPort(EXPORT_WORKER);
let told = -1;
const progress = (fraction: number) => {
  if (fraction < told + 0.02 && fraction < 1) return;
  told = fraction;
  port.postMessage({ kind: 'export-progress', fraction } satisfies ProgressMessage);
};

serveWorker(EXPORT_METHODS, port, exportApi(EXPORT_WRITERS, progress), EXPORT_WORKER);
