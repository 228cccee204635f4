/**
 * Entry point of an archive worker: one job per worker (see archive-jobs.ts),
 * answered with the result or the error as a value.
 */
import { parentPort } from 'node:worker_threads';
import { ArchiveError, extractArchive, writeArchive } from './archive';
import type { ArchiveReply, ArchiveRequest } from './archive-jobs';

const port = parentPort;
if (!port) throw new Error('archive-worker must run as a worker thread.');

port.once('message', (request: ArchiveRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});

async function answer(request: ArchiveRequest): Promise<ArchiveReply> {
  try {
    if (request.kind === 'extract') return { ok: true, value: await extractArchive(request.path, request.folder) };
    if (request.kind === 'write') return { ok: true, value: await writeArchive(request.folder, request.paths, request.target) };
    return { ok: false, archiveError: false, message: 'The archive worker was sent a malformed request.' };
  } catch (error) {
    return { ok: false, archiveError: error instanceof ArchiveError, message: (error as Error).message };
  }
}
