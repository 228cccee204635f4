/**
 * Managing the library: correcting a document's details, deleting documents
 * with everything that belongs to them, and taking either back or making it
 * again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { searchClientFromSource } from '../../support/search-worker';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function setUp(options: { search?: boolean } = {}) {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir, options.search ? { search: searchClientFromSource } : {});
  open.push(notebook);
  const sample = notebook.library.list()[0]!;
  return { dir, notebook, sample };
}

describe("a document's details", () => {
  it('are corrected, shown as stored, and taken back and made again', async () => {
    const { notebook, sample } = await setUp();
    const edited = await notebook.details.update(sample.id, {
      title: '  Kerry:   patience   limited ',
      byline: 'Arutz Sheva Staff',
      source: 'Arutz Sheva',
      publishedAt: '2016-05-04',
      url: 'https://www.israelnationalnews.com/news/211234',
      language: 'en',
    });
    expect(edited).toMatchObject({
      title: 'Kerry: patience limited',
      source: 'Arutz Sheva',
      publishedAt: '2016-05-04T00:00:00.000Z',
      url: 'https://www.israelnationalnews.com/news/211234',
      language: 'en',
    });
    expect((await notebook.reading.document(sample.id)).title).toBe('Kerry: patience limited');
    expect(await notebook.history.undo()).toMatchObject({ label: expect.stringMatching(/^edit the details of/) });
    expect(notebook.library.find(sample.id)).toMatchObject({ title: sample.title, publishedAt: null, url: null, language: null });
    await notebook.history.redo();
    expect(notebook.library.find(sample.id)).toMatchObject({ title: 'Kerry: patience limited', publishedAt: '2016-05-04T00:00:00.000Z' });
  });

  it.each([
    [{ title: '   ' }, /needs a headline/],
    [{ publishedAt: '2016-02-31' }, /is not a date/],
    [{ publishedAt: 'last Tuesday' }, /is not a date/],
    [{ url: 'ftp://example.org/file' }, /must start with https/],
    [{ url: 'not an address' }, /is not a web address/],
    [{ url: 'https://user:secret@example.org/' }, /user name or password/],
    [{ language: 'english!' }, /is not a language code/],
    [{ title: 'x'.repeat(501) }, /at most 500/],
  ])('refuses %j with a message and changes nothing', async (changes, message) => {
    const { dir, notebook, sample } = await setUp();
    const before = await snapshotFolder(dir);
    await expect(notebook.details.update(sample.id, changes)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(message) });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('reach search at once', async () => {
    const { notebook, sample } = await setUp({ search: true });
    await notebook.search.ready();
    await notebook.details.update(sample.id, { title: 'Zanzibar talks in the rain', byline: 'Quentin Quoter' });
    await expect.poll(async () => (await notebook.search.search('title:zanzibar', 10)).totalItems, { timeout: 1_000 }).toBe(1);
    await expect.poll(async () => (await notebook.search.search('byline:quentin', 10)).totalItems, { timeout: 1_000 }).toBe(1);
  });

  it('refuses an edit of a document that is gone', async () => {
    const { notebook } = await setUp();
    await expect(notebook.details.update('no-such-document', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('deleting documents', () => {
  it('says what goes with them, takes it all, and an undo brings every part back exactly', async () => {
    const { dir, notebook, sample } = await setUp({ search: true });
    await notebook.search.ready();
    const tag = await notebook.tags.create({ name: 'quotes/Kerry' });
    await notebook.library.setTags(sample.id, { tagIds: [tag.id] });
    const noted = await notebook.passages.create({ documentId: sample.id, start: 60, end: 90, tagIds: [tag.id], note: 'zanzibarian remark' });
    await notebook.passages.create({ documentId: sample.id, start: 120, end: 150, tagIds: [], note: '' });
    const view = await notebook.reading.document(sample.id);
    const passagesBefore = await notebook.passages.list(sample.id);

    expect(await notebook.removal.impact([sample.id])).toEqual({ documents: 1, passages: 2, notes: 1 });
    expect(await notebook.removal.delete([sample.id])).toEqual({ documents: 1, passages: 2, notes: 1 });
    expect(notebook.library.list()).toEqual([]);
    await expect(notebook.reading.document(sample.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await notebook.tags.passagesOf(tag.id, true)).toEqual([]);
    await expect.poll(async () => (await notebook.search.search('zanzibarian', 10)).totalItems, { timeout: 1_000 }).toBe(0);
    expect(existsSync(join(dir, 'bodies', `${sample.id}.json`))).toBe(false);

    expect(await notebook.history.undo()).toMatchObject({ label: expect.stringMatching(/^delete “Kerry/) });
    expect(notebook.library.list()).toEqual([{ ...sample, tags: [tag.id] }]);
    expect(await notebook.reading.document(sample.id)).toEqual(view);
    expect(await notebook.passages.list(sample.id)).toEqual(passagesBefore);
    expect((await notebook.tags.passagesOf(tag.id, true)).map((p) => p.passage.id)).toEqual([noted.id]);
    await expect.poll(async () => (await notebook.search.search('zanzibarian', 10)).totalItems, { timeout: 1_000 }).toBe(1);
    expect(await notebook.search.coversNotebook()).toBe(true);

    await notebook.history.redo();
    expect(notebook.library.list()).toEqual([]);
    await notebook.history.undo();
    expect(await notebook.passages.list(sample.id)).toEqual(passagesBefore);
  });

  it('deletes several at once, and keeps the others', async () => {
    const { notebook, sample } = await setUp();
    const second = await notebook.imports.pasted('Second', 'A second article.');
    const third = await notebook.imports.pasted('Third', 'A third article.');
    if (second.status !== 'imported' || third.status !== 'imported') throw new Error('not imported');
    await notebook.removal.delete([second.document.id, sample.id]);
    expect(notebook.library.list().map((d) => d.id)).toEqual([third.document.id]);
    await notebook.history.undo();
    expect(notebook.library.list().map((d) => d.title).sort()).toEqual(['Kerry tells Russia US patience on Syria \'limited\'', 'Second', 'Third']);
  });

  it('refuses a document that is already gone and changes nothing', async () => {
    const { dir, notebook, sample } = await setUp();
    await notebook.removal.delete([sample.id]);
    const before = await snapshotFolder(dir);
    await expect(notebook.removal.delete([sample.id])).rejects.toMatchObject({ code: 'not-found', message: 'That document is not in this notebook.' });
    await expect(notebook.removal.delete([])).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('stays deleted across a restart, with the trash emptied and nothing to repair', async () => {
    const { dir, notebook, sample } = await setUp();
    await notebook.passages.create({ documentId: sample.id, start: 60, end: 90, tagIds: [], note: '' });
    const other = await notebook.imports.pasted('Kept', 'A document that stays.');
    await notebook.removal.delete([sample.id]);
    await notebook.close();
    open.splice(0);
    const reopened = await openTestNotebook(dir);
    open.push(reopened);
    expect(reopened.library.list().map((d) => d.title)).toEqual(['Kept']);
    expect(existsSync(join(dir, 'trash'))).toBe(false);
    expect(reopened.notices.list()).toEqual([]);
    expect(other.status).toBe('imported');
  });
});

describe('redo', () => {
  it('makes again what undo took back, for tags, passages and document tags, and a new change clears it', async () => {
    const { notebook, sample } = await setUp();
    const tag = await notebook.tags.create({ name: 'humanitarian' });
    await notebook.tags.update(tag.id, { name: 'themes/humanitarian' });
    await notebook.history.undo();
    expect((await notebook.tags.list()).map((t) => t.path)).toContain('humanitarian');
    expect(await notebook.history.redo()).toMatchObject({ label: 'change tag humanitarian' });
    expect((await notebook.tags.list()).map((t) => t.path)).toEqual(['themes', 'themes/humanitarian']);

    const passage = await notebook.passages.create({ documentId: sample.id, start: 60, end: 90, tagIds: [tag.id], note: '' });
    await notebook.history.undo();
    expect(await notebook.passages.list(sample.id)).toEqual([]);
    await notebook.history.redo();
    expect((await notebook.passages.list(sample.id)).map((p) => p.id)).toEqual([passage.id]);

    const other = await notebook.tags.create({ name: 'themes/aid' });
    await notebook.tags.merge(tag.id, other.id);
    await notebook.history.undo();
    await notebook.history.redo();
    expect((await notebook.passages.list(sample.id))[0]!.tagIds).toEqual([other.id]);
    await notebook.history.undo();
    expect((await notebook.passages.list(sample.id))[0]!.tagIds).toEqual([tag.id]);

    await notebook.library.setTags(sample.id, { tagIds: [other.id] });
    await notebook.history.undo();
    // A new change: nothing is left to redo.
    await notebook.tags.create({ name: 'places/Aleppo' });
    expect(await notebook.history.redo()).toBeNull();
  });
});
