/**
 * Entry point of a REFI-QDA worker: one read per worker (see refi-jobs.ts),
 * answered with the import or the refusal as a value.
 */
import { parentWorkerPort } from '../../workers/parent-port';
import { serveWorker } from '../../workers/worker-channel';
import { readRefiFile, REFI_METHODS, REFI_WORKER, refiErrorValue, type RefiApi } from './refi-jobs';
import { RefiQdaError } from './refi-qda-error';

const api: RefiApi = {
  read: async (path) => {
    if (typeof path !== 'string') throw new RefiQdaError(`The ${REFI_WORKER} was sent a malformed request.`);
    return readRefiFile(path);
  },
};

serveWorker(REFI_METHODS, parentWorkerPort(REFI_WORKER), api, REFI_WORKER, { describeError: refiErrorValue });
