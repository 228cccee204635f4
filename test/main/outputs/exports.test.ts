import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat, type JobProgress } from '../../../src/shared/exports';
import { createDispatcher } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import { inProcessExportJobs } from '../../../src/main/outputs/export-jobs';
import { ExportMarks } from '../../../src/main/outputs/export-marks';
import type { FormatWriter } from '../../../src/main/outputs/format-writer';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { fakeDesktop } from '../../support/desktop';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** Every format written as the project's data itself, so a test reads back exactly what the format was given. */
const probe: FormatWriter = async (project, options, progress) => {
  progress(0.5);
  progress(1);
  return new TextEncoder().encode(JSON.stringify({ project, options }));
};
const probes = Object.fromEntries(EXPORT_FORMATS.map((format) => [format, probe])) as Record<ExportFormat, FormatWriter>;

async function codedNotebook(writers = probes) {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir, { exports: inProcessExportJobs(writers) });
  const [sample] = notebook.library.list();
  const second = await notebook.imports.pasted('Aleppo truce', 'Aleppo truce\n\nThe truce in Aleppo held for a day.\n\nAid arrived.');
  const third = await notebook.imports.pasted('Norway talks', 'Norway talks\n\nDiplomats met in Oslo.');
  if (second.status !== 'imported' || third.status !== 'imported') throw new Error('imports failed');
  const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
  const truce = await notebook.tags.create({ name: 'themes/truce' });
  const text = (await notebook.reading.document(sample!.id)).text;
  const at = text.indexOf('Kerry');
  await notebook.passages.create({ documentId: sample!.id, start: at, end: at + 5, tagIds: [kerry.id, truce.id], note: 'named' });
  await notebook.passages.create({ documentId: second.document.id, start: 14, end: 23, tagIds: [truce.id], note: '' });
  await notebook.passages.create({ documentId: third.document.id, start: 14, end: 23, tagIds: [], note: 'a highlight' });
  await notebook.memos.create({ about: { kind: 'project' }, title: 'Journal', body: 'Day one.' });
  await notebook.memos.create({ about: { kind: 'document', id: third.document.id }, title: '', body: 'About Oslo.' });
  return { dir, notebook, sample: sample!, second: second.document, third: third.document, kerry, truce };
}

const written = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as { project: ProjectData; options: unknown };

describe('exports', () => {
  it('gather every document with its text, its passages placed, the codebook parents first, and the memos', async () => {
    const { dir, notebook, sample, kerry } = await codedNotebook();
    const target = join(dir, 'all.csv');
    const report = await notebook.exports.run('job-1', 'csv', { kind: 'all' }, { reportOrder: 'tag' }, target);
    expect(report).toEqual({ fileName: 'all.csv', format: 'csv', documents: 3, passages: 3, bytes: (await stat(target)).size });
    const { project } = await written(target);
    expect(project.documents.map((d) => d.title).sort()).toEqual(['Aleppo truce', 'Norway talks', sample.title].sort());
    const coded = project.passages.find((p) => p.tagIds.includes(kerry.id))!;
    const sampleText = project.documents.find((d) => d.id === sample.id)!.text;
    expect(sampleText.slice(coded.anchor!.start, coded.anchor!.end)).toBe('Kerry');
    expect(project.tags.map((t) => t.path)).toEqual(['actors', 'actors/Kerry', 'themes', 'themes/truce']);
    expect(project.memos.map((m) => m.body).sort()).toEqual(['About Oslo.', 'Day one.']);
    expect(project.user.name).toBe('Scholia user');
  });

  it('limit a tag export to the tag and those inside it: its documents, its passages, and its ancestors for the paths', async () => {
    const { dir, notebook, second, third, truce } = await codedNotebook();
    const target = join(dir, 'truce.md');
    await notebook.exports.run('job-2', 'markdown', { kind: 'tag', tagId: truce.id }, { reportOrder: 'document' }, target);
    const { project, options } = await written(target);
    expect(options).toEqual({ reportOrder: 'document' });
    expect(project.documents.map((d) => d.id)).not.toContain(third.id);
    expect(project.documents.map((d) => d.id)).toContain(second.id);
    expect(project.passages.every((p) => p.tagIds.length === 1 && p.tagIds[0] === truce.id)).toBe(true);
    expect(project.tags.map((t) => t.path)).toEqual(['themes', 'themes/truce']);
    // The memo of a document outside the scope stays out; the journal goes with every export.
    expect(project.memos.map((m) => m.body)).toEqual(['Day one.']);
  });

  it('export one document, or what a library filter finds', async () => {
    const { dir, notebook, third } = await codedNotebook();
    await notebook.exports.run('job-3', 'xlsx', { kind: 'document', documentId: third.id }, { reportOrder: 'tag' }, join(dir, 'one.xlsx'));
    expect((await written(join(dir, 'one.xlsx'))).project.documents.map((d) => d.id)).toEqual([third.id]);
    const query = { sort: 'title', descending: false, filter: { words: 'truce' } } as const;
    await notebook.exports.run('job-4', 'csv', { kind: 'filter', query }, { reportOrder: 'tag' }, join(dir, 'filtered.csv'));
    expect((await written(join(dir, 'filtered.csv'))).project.documents.map((d) => d.title)).toEqual(['Aleppo truce']);
  });

  it('leave documents out of a codebook export', async () => {
    const { dir, notebook } = await codedNotebook();
    const report = await notebook.exports.run('job-5', 'qdc', { kind: 'all' }, { reportOrder: 'tag' }, join(dir, 'codes.qdc'));
    expect(report).toMatchObject({ documents: 0, passages: 0 });
    expect((await written(join(dir, 'codes.qdc'))).project.tags).toHaveLength(4);
  });

  it('tell how far they have come, never going back, ending at done', async () => {
    const { dir, notebook } = await codedNotebook();
    const heard: JobProgress[] = [];
    notebook.jobs.subscribe((progress) => heard.push(progress));
    await notebook.exports.run('job-6', 'docx', { kind: 'all' }, { reportOrder: 'tag' }, join(dir, 'r.docx'));
    expect(heard.every((p) => p.jobId === 'job-6')).toBe(true);
    const fractions = heard.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(heard.at(-1)).toEqual({ jobId: 'job-6', step: 'Done', fraction: 1 });
    expect(heard.some((p) => p.step === 'Writing the file' && p.fraction > 0.6 && p.fraction < 1)).toBe(true);
  });

  it('stop on Cancel, leaving the chosen file as it was', async () => {
    let release: () => void = () => undefined;
    const slow: FormatWriter = (project, _options, progress) =>
      new Promise((resolve, reject) => {
        release = () => {
          try {
            progress(0.5);
            resolve(new TextEncoder().encode(project.title));
          } catch (error) {
            reject(error as Error);
          }
        };
      });
    const { dir, notebook } = await codedNotebook({ ...probes, csv: slow });
    const target = join(dir, 'slow.csv');
    const running = notebook.exports.run('job-7', 'csv', { kind: 'all' }, { reportOrder: 'tag' }, target);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(notebook.exports.cancel('job-7')).toBe(true);
    release();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(notebook.exports.cancel('job-7')).toBe(false);
  });

  it('leave nothing behind when cut short: the next start removes the unfinished file and says so', async () => {
    const dir = await tempDir();
    const target = join(dir, 'report.docx');
    await new ExportMarks(join(dir, 'notebook')).begin('job-cut', target);
    await writeFile(`${target}.partial`, 'half a report');
    await writeFile(join(dir, 'other.docx.partial'), 'not ours');
    const notebook = await openTestNotebook(join(dir, 'notebook'));
    await expect(stat(`${target}.partial`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await stat(join(dir, 'other.docx.partial'))).isFile()).toBe(true);
    expect(notebook.notices.list().map((n) => n.message)).toContainEqual(expect.stringMatching(/^Exporting “report\.docx” was cut short/));
    // Once told, it is not told again.
    await notebook.close();
    expect((await openTestNotebook(join(dir, 'notebook'))).notices.list()).toEqual([]);
  });

  it('refuse a scope that names what is gone', async () => {
    const { dir, notebook } = await codedNotebook();
    await expect(notebook.exports.run('job-8', 'csv', { kind: 'tag', tagId: 'gone' }, { reportOrder: 'tag' }, join(dir, 'x.csv'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(notebook.exports.run('job-9', 'csv', { kind: 'document', documentId: 'gone' }, { reportOrder: 'tag' }, join(dir, 'x.csv'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('run from the bridge where the user chose, proposing a name that says what it holds, and do nothing when the dialog is cancelled', async () => {
    const { dir, notebook, kerry } = await codedNotebook();
    const desktop = fakeDesktop(null);
    const dispatch = createDispatcher(notebookHandlers(notebook, desktop));
    expect(await dispatch('exports:run', { jobId: 'job-10', format: 'csv', scope: { kind: 'all' } })).toMatchObject({ ok: true, value: null });
    desktop.dialogs.exportTo = join(dir, 'chosen.csv');
    const answer = await dispatch('exports:run', { jobId: 'job-11', format: 'docx', scope: { kind: 'tag', tagId: kerry.id }, reportOrder: 'document' });
    expect(answer).toMatchObject({ ok: true, value: { fileName: 'chosen.csv', format: 'docx', documents: 1 } });
    expect(desktop.asked.map((choice) => choice.title)).toEqual(['Export CSV', 'Export Report (Word)']);
    expect(desktop.asked[1]!.filters).toEqual([{ name: 'Report (Word)', extensions: ['docx'] }]);
    expect(notebook.exports.suggestedName('docx', { kind: 'tag', tagId: kerry.id })).toMatch(/^Scholia report – actors Kerry \d{4}-\d{2}-\d{2}\.docx$/);
  });
});
