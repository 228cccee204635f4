import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessRefiJobs, workerRefiJobs, type RefiLimits } from '../../../../src/main/outputs/refi-qda/refi-jobs';
import { RefiQdaError } from '../../../../src/main/outputs/refi-qda/refi-qda-error';
import { writeQdpx } from '../../../../src/main/outputs/refi-qda/write-qdpx';
import { useTempDirs } from '../../../support/temp-dir';
import { tsWorker } from '../../../support/ts-worker';
import { qdpxOf } from './fixture-archive';
import { qde } from './hostile-files';
import { projectFixture } from './project-fixture';

const tempDir = useTempDirs();
const workerEntry = new URL('../../../../src/main/outputs/refi-qda/refi-worker.ts', import.meta.url);
/** REFI-QDA reads in workers running the TypeScript source, as the app runs the bundled worker. */
const jobsFromSource = (limits?: RefiLimits) => workerRefiJobs((options) => tsWorker(workerEntry, options), limits);

async function fileOf(bytes: Uint8Array, name: string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, bytes);
  return path;
}

describe('REFI-QDA reads in a worker thread', () => {
  it('read a Scholia export off the main thread, as the same read on it does', async () => {
    const path = await fileOf(await writeQdpx(projectFixture(), { reportOrder: 'tag' }, () => undefined), 'harbour.qdpx');
    const inWorker = await jobsFromSource().read(path);
    const inProcess = await inProcessRefiJobs.read(path);
    expect(inWorker.summary).toEqual({ imported: { documents: 3, passages: 7, tags: 7, memos: 4, attributes: 6 }, skipped: [] });
    // Only the import time differs between two reads.
    const timeless = (project: typeof inWorker.project) => ({ ...project, documents: project.documents.map((document) => ({ ...document, origin: { ...document.origin, importedAt: '' } })) });
    expect(timeless(inWorker.project)).toEqual(timeless(inProcess.project));
    expect(inWorker.project.documents[0]!.origin.fileName).toBe('harbour.qdpx');
  }, 30_000);

  it('bring back a hostile file’s refusal from the worker as a RefiQdaError with its message', async () => {
    const path = await fileOf(new TextEncoder().encode('<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><Project/>'), 'evil.qde');
    const reading = jobsFromSource().read(path);
    await expect(reading).rejects.toBeInstanceOf(RefiQdaError);
    await expect(reading).rejects.toThrow(/declares a document type \(DOCTYPE\)/);
  }, 30_000);

  it('refuse a file larger than any REFI-QDA file Scholia reads, before reading it', async () => {
    const path = join(await tempDir(), 'huge.qdpx');
    const handle = await open(path, 'w');
    // A sparse file: its size is what matters, and it costs no disk.
    await handle.truncate(1024 ** 3 + 1);
    await handle.close();
    await expect(jobsFromSource().read(path)).rejects.toThrow(/is 1024 MB; Scholia reads REFI-QDA files of up to 1 GB/);
  }, 30_000);

  it('say so when the file is not there', async () => {
    await expect(jobsFromSource().read(join(await tempDir(), 'gone.qdpx'))).rejects.toThrow(/“gone\.qdpx” could not be read/);
  }, 30_000);

  it('stop a read that overruns its time limit, with a message', async () => {
    const path = await fileOf(await writeQdpx(projectFixture(), { reportOrder: 'tag' }, () => undefined), 'slow.qdpx');
    await expect(jobsFromSource({ timeMs: 1, memoryMb: 512 }).read(path)).rejects.toThrow(/Reading “slow\.qdpx” took longer than 1 second, so it was stopped/);
  }, 30_000);

  it('stop a read that outgrows its memory limit, with a message', async () => {
    const notes = Array.from({ length: 25_000 }, (_, i) => `<Note guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="n${i}"><PlainTextContent>${'word '.repeat(400)}</PlainTextContent></Note>`);
    const path = await fileOf(await qdpxOf(qde(`<Notes>${notes.join('')}</Notes>`)), 'heavy.qdpx');
    const reading = jobsFromSource({ timeMs: 60_000, memoryMb: 128 }).read(path);
    await expect(reading).rejects.toBeInstanceOf(RefiQdaError);
    await expect(reading).rejects.toThrow(/Reading “heavy\.qdpx” needs more than the 128 MB of memory Scholia allows it, so it was stopped/);
  }, 60_000);
});
