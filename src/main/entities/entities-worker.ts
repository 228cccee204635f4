/** Entry point of the entities worker: compromise and the gazetteer read documents off main's thread. */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { createEntitiesApi, ENTITIES_METHODS, ENTITIES_WORKER } from './entities-protocol';

serveWorker(ENTITIES_METHODS, parentWorkerPort(ENTITIES_WORKER), createEntitiesApi(), ENTITIES_WORKER);
