/** Entry point of the shared-text worker: the notebook's paragraph signatures, kept in step by main. */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { createSharedApi, SHARED_METHODS, SHARED_WORKER } from './shared-protocol';

serveWorker(SHARED_METHODS, parentWorkerPort(SHARED_WORKER), createSharedApi(), SHARED_WORKER);
