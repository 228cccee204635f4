import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import { archiveJobsFromSource } from '../../support/archive-jobs';
import { fakeDesktop } from '../../support/desktop';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('archive jobs in worker threads', () => {
  it('export and import a notebook off the main thread, exactly', async () => {
    const archives = archiveJobsFromSource();
    const source = await openTestNotebook(await tempDir(), { archives });
    const documentId = source.library.list()[0]!.id;
    await source.passages.create({ documentId, start: 60, end: 90, tagIds: [], note: 'moved in a worker' });
    const archive = join(await tempDir(), 'worker.scholia');
    expect(await source.safekeeping.exportArchive(archive)).toMatchObject({ documents: 1 });

    const targetDir = await tempDir();
    const target = await openTestNotebook(targetDir, { archives });
    expect(await target.safekeeping.importArchive(archive)).toMatchObject({ fileName: 'worker.scholia', documents: 1 });
    const reopened = await openTestNotebook(targetDir);
    expect((await reopened.passages.list(documentId)).map((p) => p.note)).toEqual(['moved in a worker']);
  });

  it('bring back a hostile archive’s refusal from the worker as a clear message, changing nothing', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir, { archives: archiveJobsFromSource() });
    const file = join(await tempDir(), 'hostile.scholia');
    await writeFile(file, 'PK\u0003\u0004 and then nothing a zip reader can use');
    const before = await snapshotFolder(dir);

    const result = await createDispatcher(notebookHandlers(notebook, fakeDesktop(null, file)))('archive:import', undefined);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/not a readable zip file/) } });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('stop a job that overruns its time limit, with a message', async () => {
    const notebook = await openTestNotebook(await tempDir(), { archives: archiveJobsFromSource({ timeMs: 1, memoryMb: 256 }) });
    const folder = await tempDir();
    await expect(notebook.safekeeping.exportArchive(join(folder, 'slow.scholia'))).rejects.toThrow(/took longer than 1 second, so it was stopped/);
    // Nothing half-written is left where the user wanted the archive.
    expect(await readdir(folder)).toEqual([]);
  });
});
