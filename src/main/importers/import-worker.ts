/**
 * Entry point of an import worker: reads one file per request with
 * importArticles and answers its articles, or the ImportError as a value. The pool
 * keeps the time limit and the worker's heap limit keeps the memory.
 */
import { parentWorkerPort } from '../workers/parent-port';
import { serveWorker } from '../workers/worker-channel';
import { ImportError } from './import-error';
import { importArticles } from './import-file';
import { IMPORT_METHODS, IMPORT_WORKER, importErrorValue, type ImportApi } from './import-protocol';

const api: ImportApi = {
  importArticles: async (bytes, fileName) => {
    if (!(bytes instanceof Uint8Array) || typeof fileName !== 'string') throw new ImportError('damaged', 'The file reader was sent a malformed request.');
    try {
      return await importArticles(bytes, fileName);
    } catch (error) {
      throw error instanceof ImportError ? error : new ImportError('damaged', `"${fileName}" could not be read; the file may be damaged.`, { cause: error });
    }
  },
};

// A parser's stray work after it has answered (pdf.js rejects promises nobody awaits once it refuses a
// damaged file) must not end the worker: its death would be charged to whichever file came next.
process.on('unhandledRejection', () => undefined);

serveWorker(IMPORT_METHODS, parentWorkerPort(IMPORT_WORKER), api, IMPORT_WORKER, { describeError: (error) => importErrorValue(error) });
