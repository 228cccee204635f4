import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportCancelled, ExportFailed, inProcessExportJobs } from '../../../src/main/outputs/export-jobs';
import { EXPORT_WRITERS } from '../../../src/main/outputs/export-writers';
import type { ProjectHeader } from '../../../src/main/outputs/project-collector';
import { exportJobsFromSource } from '../../support/export-jobs';
import { useTempDirs } from '../../support/temp-dir';
import { projectFixture } from './project-fixture';

const tempDir = useTempDirs();

function split() {
  const { documents, passages, ...header } = projectFixture();
  return { header: header as ProjectHeader, chunk: { documents, passages } };
}

describe('export jobs in a worker', () => {
  it('write the same file as the writer does on the calling thread, and tell their progress', async () => {
    const dir = await tempDir();
    const { header, chunk } = split();
    const heard: number[] = [];
    const job = await exportJobsFromSource().start(header, (fraction) => heard.push(fraction), new AbortController().signal);
    await job.add(chunk);
    const bytes = await job.write('csv', { reportOrder: 'tag' }, join(dir, 'worker.csv'));
    await job.close();
    const local = await inProcessExportJobs(EXPORT_WRITERS).start(header, () => undefined, new AbortController().signal);
    await local.add(chunk);
    await local.write('csv', { reportOrder: 'tag' }, join(dir, 'local.csv'));
    expect(await readFile(join(dir, 'worker.csv'))).toEqual(await readFile(join(dir, 'local.csv')));
    expect(bytes).toBe((await stat(join(dir, 'worker.csv'))).size);
    expect(heard.at(-1)).toBe(1);
  });

  it('stop on Cancel, leaving neither the file nor a partial one', async () => {
    const dir = await tempDir();
    const { header, chunk } = split();
    const controller = new AbortController();
    const job = await exportJobsFromSource().start(header, () => undefined, controller.signal);
    await job.add(chunk);
    const writing = job.write('docx', { reportOrder: 'tag' }, join(dir, 'report.docx'));
    controller.abort();
    await expect(writing).rejects.toBeInstanceOf(ExportCancelled);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stop a job that overruns its time limit, with a message that says so', async () => {
    const { header } = split();
    // A millisecond: the worker cannot even start in time.
    const starting = exportJobsFromSource({ timeMs: 1, memoryMb: 512 }).start(header, () => undefined, new AbortController().signal);
    await expect(starting).rejects.toBeInstanceOf(ExportFailed);
    await expect(starting).rejects.toThrow('The export took longer than 1 second, so it was stopped.');
  });
});
