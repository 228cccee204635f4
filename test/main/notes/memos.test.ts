import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { MAX_MEMO_CHARS } from '../../../src/shared/limits';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function notebookIn(dir?: string) {
  const dataDir = dir ?? (await tempDir());
  const notebook = await openTestNotebook(dataDir);
  open.push(notebook);
  return { dataDir, notebook, documentId: notebook.library.list()[0]!.id };
}

describe('memos', () => {
  it('keeps a journal newest first, and memos on a document and a tag, across a restart', async () => {
    const { dataDir, notebook, documentId } = await notebookIn();
    const tag = await notebook.tags.create({ name: 'themes/ceasefire' });
    const first = await notebook.memos.create({ about: { kind: 'project' }, title: 'Week one', body: 'Started coding **Kerry**.' });
    const second = await notebook.memos.create({ about: { kind: 'project' }, title: 'Week two', body: 'Zarif next.' });
    await notebook.memos.create({ about: { kind: 'document', id: documentId }, title: '', body: 'The wire copy starts at paragraph 4.' });
    await notebook.memos.create({ about: { kind: 'tag', id: tag.id }, title: '', body: 'Any talk of stopping the fighting.' });
    expect(notebook.memos.list().slice(0, 4).map((m) => m.about.kind)).toEqual(['tag', 'document', 'project', 'project']);
    expect(notebook.memos.list().filter((m) => m.about.kind === 'project').map((m) => m.id)).toEqual([second.id, first.id]);

    await notebook.close();
    open.splice(0);
    const again = await notebookIn(dataDir);
    expect(again.notebook.memos.list()).toHaveLength(4);
    expect(again.notebook.memos.get(first.id).body).toBe('Started coding **Kerry**.');
    const stored = JSON.parse(await readFile(join(dataDir, 'memos.json'), 'utf8')) as { memos: unknown[] };
    expect(stored.memos).toHaveLength(4);
  });

  it('gives a document one memo: a second is refused and the first stays', async () => {
    const { notebook, documentId } = await notebookIn();
    await notebook.memos.create({ about: { kind: 'document', id: documentId }, title: '', body: 'One.' });
    await expect(notebook.memos.create({ about: { kind: 'document', id: documentId }, title: '', body: 'Two.' })).rejects.toThrow(/has a memo already/);
    expect(notebook.memos.list().map((m) => m.body)).toEqual(['One.']);
  });

  it('refuses a memo over the size limit, or about something not there, and changes nothing', async () => {
    const { dataDir, notebook } = await notebookIn();
    const memo = await notebook.memos.create({ about: { kind: 'project' }, title: 'Kept', body: 'As it was.' });
    const before = await readFile(join(dataDir, 'memos.json'), 'utf8');
    await expect(notebook.memos.create({ about: { kind: 'project' }, title: '', body: 'x'.repeat(MAX_MEMO_CHARS + 1) })).rejects.toThrow(/at most 200,000 characters; this one has 200,001/);
    await expect(notebook.memos.update(memo.id, { body: 'x'.repeat(MAX_MEMO_CHARS + 1) })).rejects.toThrow(/at most/);
    await expect(notebook.memos.create({ about: { kind: 'document', id: 'gone' }, title: '', body: 'x' })).rejects.toThrow(/no longer in this notebook/);
    await expect(notebook.memos.create({ about: { kind: 'tag', id: 'gone' }, title: '', body: 'x' })).rejects.toThrow(/no longer in the codebook/);
    await expect(notebook.memos.update('gone', { body: 'x' })).rejects.toThrow(/no longer in this notebook/);
    await expect(notebook.memos.delete('gone')).rejects.toThrow(/no longer in this notebook/);
    expect(await readFile(join(dataDir, 'memos.json'), 'utf8')).toBe(before);
  });

  it('undoes and redoes writing, editing and deleting a memo', async () => {
    const { notebook } = await notebookIn();
    const memo = await notebook.memos.create({ about: { kind: 'project' }, title: 'Draft', body: 'First thoughts.' });
    await notebook.memos.update(memo.id, { body: 'Second thoughts.' });
    await notebook.memos.delete(memo.id);
    expect(notebook.memos.list()).toEqual([]);

    expect(await notebook.history.undo()).toMatchObject({ label: 'delete memo “Draft”' });
    expect(notebook.memos.get(memo.id).body).toBe('Second thoughts.');
    await notebook.history.undo();
    expect(notebook.memos.get(memo.id).body).toBe('First thoughts.');
    await notebook.history.undo();
    expect(notebook.memos.list()).toEqual([]);

    await notebook.history.redo();
    await notebook.history.redo();
    expect(notebook.memos.get(memo.id).body).toBe('Second thoughts.');
    await notebook.history.redo();
    expect(notebook.memos.list()).toEqual([]);
  });

  it('keeps the memo of a deleted document, so undoing the delete finds it there', async () => {
    const { notebook, documentId } = await notebookIn();
    const memo = await notebook.memos.create({ about: { kind: 'document', id: documentId }, title: '', body: 'Wire copy.' });
    await notebook.removal.delete([documentId]);
    expect(notebook.memos.get(memo.id).about).toEqual({ kind: 'document', id: documentId });
    await notebook.history.undo();
    expect(notebook.library.has(documentId)).toBe(true);
    expect(notebook.memos.get(memo.id).body).toBe('Wire copy.');
  });
});
