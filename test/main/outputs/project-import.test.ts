import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import type { ProjectData } from '../../../src/main/outputs/project-data';
import { contentsOf } from '../../support/notebook-contents';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';
import { fixtureQdpx } from './refi-qda/fixture-archive';

const tempDir = useTempDirs();

/** The sample and two pasted articles, coded, with an attribute, a document tag and memos. */
async function coded(notebook: Notebook) {
  const [sample] = notebook.library.list();
  const oslo = await notebook.imports.pasted('Talks in Oslo', 'Talks in Oslo\n\nDiplomats met in Oslo 🕊 on Monday. Kerry said “enough”.');
  const aleppo = await notebook.imports.pasted('Aleppo truce', 'Aleppo truce\n\nThe truce in Aleppo held, the United Nations said.');
  if (oslo.status !== 'imported' || aleppo.status !== 'imported') throw new Error('not imported');
  const kerry = await notebook.tags.create({ name: 'actors/Kerry', color: '#f6d365', description: 'The Secretary of State' });
  const truce = await notebook.tags.create({ name: 'themes/truce', color: '#9ad0f5' });
  const mark = async (documentId: string, words: string, tagIds: string[], note = '') => {
    const { text } = await notebook.reading.document(documentId);
    const start = text.indexOf(words);
    return notebook.passages.create({ documentId, start, end: start + words.length, tagIds, note });
  };
  await mark(sample!.id, 'our patience is not infinite', [kerry.id], 'A warning');
  await mark(oslo.document.id, 'Kerry said “enough”', [kerry.id, truce.id]);
  await mark(aleppo.document.id, 'The truce in Aleppo held', [truce.id], 'Reported by the UN');
  await mark(aleppo.document.id, 'United Nations', []);
  await notebook.library.setTags(aleppo.document.id, { addTagIds: [truce.id] });
  const type = await notebook.attributes.define({ name: 'Outlet type', type: 'choice', choices: ['wire', 'independent'] });
  const words = await notebook.attributes.define({ name: 'Pages', type: 'number' });
  await notebook.attributes.set([oslo.document.id], type.id, 'wire');
  await notebook.attributes.set([aleppo.document.id], words.id, 2);
  await notebook.memos.create({ about: { kind: 'project' }, title: 'Day one', body: 'Coded the Kerry quotes.' });
  await notebook.memos.create({ about: { kind: 'tag', id: truce.id }, title: 'Truces', body: 'Reported by the UN.' });
  await notebook.memos.create({ about: { kind: 'document', id: oslo.document.id }, title: '', body: 'Oslo, a side meeting.' });
}

async function exported(format: 'qdpx' | 'qdc') {
  const dir = await tempDir();
  const source = await openTestNotebook(join(dir, 'source'));
  await coded(source);
  const file = join(dir, `project.${format}`);
  await source.exports.run('job', format, { kind: 'all' }, { reportOrder: 'tag' }, file);
  const fresh = await openTestNotebook(join(dir, 'fresh'));
  return { dir, source, fresh, file };
}

describe('importing a REFI-QDA project', () => {
  it('brings a Scholia project into a fresh notebook exactly, the sample it holds already receiving its codings', async () => {
    const { source, fresh, file } = await exported('qdpx');
    const report = await fresh.projectImport.importFile(file);
    expect(report).toMatchObject({ fileName: 'project.qdpx', documents: 2, matched: 1, passages: 4, tags: 4, attributes: 2, memos: 3 });
    expect(await contentsOf(fresh)).toEqual(await contentsOf(source));
  });

  it('is one change to undo and redo, and a second import of the same file codes nothing twice', async () => {
    const { fresh, file } = await exported('qdpx');
    const before = await contentsOf(fresh);
    await fresh.projectImport.importFile(file);
    const after = await contentsOf(fresh);
    expect(fresh.history.size).toBe(1);
    expect(await fresh.history.undo()).toMatchObject({ label: 'import project.qdpx' });
    expect(await contentsOf(fresh)).toEqual(before);
    await fresh.history.redo();
    expect(await contentsOf(fresh)).toEqual(after);
    const again = await fresh.projectImport.importFile(file);
    expect(again).toMatchObject({ documents: 0, matched: 3, passages: 0, tags: 0, attributes: 0 });
    expect((await contentsOf(fresh)).documents).toEqual(after.documents);
  });

  it('adds a codebook’s codes with their hierarchy, colours and descriptions, reusing the codes the notebook has', async () => {
    const { source, fresh, file } = await exported('qdc');
    await fresh.tags.create({ name: 'actors' });
    const report = await fresh.projectImport.importFile(file);
    expect(report).toMatchObject({ documents: 0, passages: 0, tags: 3 });
    expect((await contentsOf(fresh)).tags).toEqual((await contentsOf(source)).tags.map((tag) => (tag.path === 'actors' ? { ...tag, color: expect.any(String) } : tag)));
  });

  it('imports what another tool’s project holds that Scholia can, and says what it left out', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(join(dir, 'notebook'));
    const file = join(dir, 'atlas.qdpx');
    await writeFile(file, await fixtureQdpx('atlas'));
    const report = await notebook.projectImport.importFile(file);
    expect(report.documents).toBeGreaterThan(0);
    expect(report.passages).toBeGreaterThan(0);
    expect(report.skipped.length).toBeGreaterThan(0);
    expect(notebook.library.list().length).toBe(1 + report.documents);
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(join(dir, 'notebook'));
    const file = join(dir, 'broken.qdpx');
    await writeFile(file, 'PK\u0003\u0004 not really a zip');
    const before = await snapshotFolder(join(dir, 'notebook'));
    await expect(notebook.projectImport.importFile(file)).rejects.toMatchObject({ code: 'import-failed' });
    expect(await snapshotFolder(join(dir, 'notebook'))).toEqual(before);
    expect(notebook.history.size).toBe(0);
  });

  it('takes back the steps it made when a later one fails, so a project lands whole or not at all', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(join(dir, 'notebook'));
    const before = await contentsOf(notebook);
    const text = 'A headline\n\nA paragraph.';
    const project: ProjectData = {
      title: 'Broken',
      exportedAt: '2026-01-01T00:00:00.000Z',
      user: { id: 'u', name: 'U' },
      tags: [{ id: 't', name: 'theme', parentId: null, color: '#112233', description: '', createdAt: '2026-01-01T00:00:00.000Z', path: 'theme' }],
      attributes: [],
      memos: [],
      documents: [{ ...notebook.library.list()[0]!, id: 'd', contentHash: 'x', title: 'A headline', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], tags: ['t'] }],
      // A selection past the end of its text: the passage cannot be made.
      passages: [{ id: 'p', documentId: 'd', position: { type: 'TextPositionSelector', start: 0, end: 5 }, quote: { type: 'TextQuoteSelector', exact: 'A', prefix: '', suffix: '' }, tagIds: ['t'], note: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', anchor: { start: 0, end: 10_000 } }],
    };
    await expect(notebook.projectImport.apply(project, 'broken.qdpx', [])).rejects.toThrow();
    expect(await contentsOf(notebook)).toEqual(before);
    expect(notebook.history.size).toBe(0);
  });
});
