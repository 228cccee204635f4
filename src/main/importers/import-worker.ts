/**
 * Entry point of an import worker: reads one file per request with importFile
 * and posts back the article or the ImportError as a value. Only
 * `{ id, bytes, fileName }` comes in and only an ImportReply goes out; the
 * pool keeps the time limit and the worker's heap limit keeps the memory.
 */
import { parentPort } from 'node:worker_threads';
import { ImportError } from './import-error';
import { importFile } from './import-file';
import type { ImportReply, ImportRequest } from './import-pool';

const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread.');

port.on('message', (message: unknown) => {
  void answer(message).then((reply) => {
    if (!reply) return;
    try {
      port.postMessage(reply);
    } catch (cause) {
      // An article that cannot be cloned is a bug in an importer; the caller still gets an answer.
      port.postMessage(failure(reply.id, unreadable(isImportRequest(message) ? message.fileName : 'the file', cause)));
    }
  });
});

async function answer(message: unknown): Promise<ImportReply | null> {
  if (!isImportRequest(message)) {
    const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
    return typeof id === 'number' ? failure(id, new ImportError('damaged', 'The file reader was sent a malformed request.')) : null;
  }
  try {
    return { id: message.id, ok: true, article: await importFile(message.bytes, message.fileName) };
  } catch (error) {
    return failure(message.id, error instanceof ImportError ? error : unreadable(message.fileName, error));
  }
}

function failure(id: number, error: ImportError): ImportReply {
  return { id, ok: false, error: { code: 'import-failed', problem: error.problem, message: error.message } };
}

/** importFile promises only ImportErrors; anything else is reported the way it reports a parser's crash. */
function unreadable(fileName: string, cause: unknown): ImportError {
  const error = new ImportError('damaged', `"${fileName}" could not be read; the file may be damaged.`);
  error.cause = cause;
  return error;
}

function isImportRequest(message: unknown): message is ImportRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, bytes, fileName } = message as Record<string, unknown>;
  return typeof id === 'number' && bytes instanceof Uint8Array && typeof fileName === 'string';
}
