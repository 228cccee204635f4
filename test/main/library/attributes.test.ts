/**
 * Document attributes: defined once with a type, set on one document or many,
 * each change undone and made again, every wrong value refused with nothing
 * changed, and kept like every other part of the notebook.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import type { AttributeValue } from '../../../src/shared/model';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function setUp() {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir);
  open.push(notebook);
  const sample = notebook.library.list()[0]!;
  const other = await notebook.imports.pasted('Wire copy', 'GENEVA (Reuters) - Talks resumed on Monday.');
  if (other.status !== 'imported') throw new Error('fixture not imported');
  const outletType = await notebook.attributes.define({ name: 'outlet type', type: 'choice', choices: ['wire', ' state media ', 'independent', 'wire'] });
  return { dir, notebook, ids: [sample.id, other.document.id], outletType };
}

const valueOf = (notebook: Notebook, documentId: string, attributeId: string) => notebook.library.find(documentId).attributes[attributeId];

describe('attributes', () => {
  it('are defined with a type, and a list keeps its choices tidy and once each', async () => {
    const { notebook, outletType } = await setUp();
    expect(outletType).toMatchObject({ name: 'outlet type', type: 'choice', choices: ['wire', 'state media', 'independent'] });
    expect(notebook.attributes.list().map((a) => a.name)).toEqual(['outlet type']);
  });

  it('are set on many documents in one change, which is undone and made again', async () => {
    const { notebook, ids, outletType } = await setUp();
    expect(await notebook.attributes.set(ids, outletType.id, 'wire')).toEqual({ documentsChanged: 2 });
    expect(ids.map((id) => valueOf(notebook, id, outletType.id))).toEqual(['wire', 'wire']);
    expect(await notebook.history.undo()).toMatchObject({ label: 'set outlet type on 2 documents' });
    expect(ids.map((id) => valueOf(notebook, id, outletType.id))).toEqual([undefined, undefined]);
    await notebook.history.redo();
    expect(ids.map((id) => valueOf(notebook, id, outletType.id))).toEqual(['wire', 'wire']);
    await notebook.attributes.set([ids[0]!], outletType.id, null);
    expect(valueOf(notebook, ids[0]!, outletType.id)).toBeUndefined();
  });

  it.each<[string, 'text' | 'number' | 'date' | 'boolean', AttributeValue, AttributeValue]>([
    ['text', 'text', '  independent daily ', 'independent daily'],
    ['number', 'number', 1200, 1200],
    ['date', 'date', '2016-05-04', '2016-05-04'],
    ['yes/no', 'boolean', true, true],
  ])('take a %s value of their type', async (_, type, value, stored) => {
    const { notebook, ids } = await setUp();
    const attribute = await notebook.attributes.define({ name: `a ${type}`, type });
    await notebook.attributes.set([ids[0]!], attribute.id, value);
    expect(valueOf(notebook, ids[0]!, attribute.id)).toEqual(stored);
  });

  it.each<[string, 'text' | 'number' | 'date' | 'boolean' | 'choice', AttributeValue, RegExp]>([
    ['a number as text', 'number', '12', /takes a number/],
    ['a date that is not one', 'date', '2016-02-31', /takes a date/],
    ['a date in words', 'date', 'May 4, 2016', /takes a date/],
    ['yes/no as text', 'boolean', 'yes', /takes yes or no/],
    ['a choice outside the list', 'choice', 'tabloid', /takes one of “wire”/],
    ['an overlong text', 'text', 'x'.repeat(1_001), /at most 1000 characters/],
  ])('refuse %s and change nothing', async (_, type, value, message) => {
    const { dir, notebook, ids, outletType } = await setUp();
    const attribute = type === 'choice' ? outletType : await notebook.attributes.define({ name: `a ${type}`, type });
    const before = await snapshotFolder(dir);
    await expect(notebook.attributes.set(ids, attribute.id, value)).rejects.toThrow(message);
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it.each([
    [{ name: '  ', type: 'text' as const }, /needs a name/],
    [{ name: 'Outlet Type', type: 'text' as const }, /already an attribute called “outlet type”/],
    [{ name: 'kind', type: 'choice' as const, choices: [' '] }, /at least one choice/],
    [{ name: 'kind', type: 'number' as const, choices: ['a'] }, /Only an attribute of type “one of a list”/],
  ])('refuse a definition that cannot be one: %j', async (definition, message) => {
    const { dir, notebook } = await setUp();
    const before = await snapshotFolder(dir);
    await expect(notebook.attributes.define(definition)).rejects.toThrow(message);
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('refuse to set a value on a document that is gone, or of an attribute that is not defined', async () => {
    const { notebook, ids, outletType } = await setUp();
    await expect(notebook.attributes.set([ids[0]!, 'gone'], outletType.id, 'wire')).rejects.toThrow(/A document is no longer in this notebook/);
    await expect(notebook.attributes.set(ids, 'no-such-attribute', 'wire')).rejects.toThrow(/not defined/);
    expect(valueOf(notebook, ids[0]!, outletType.id)).toBeUndefined();
  });

  it('when deleted take their values along, and an undo brings both back', async () => {
    const { notebook, ids, outletType } = await setUp();
    await notebook.attributes.set([ids[1]!], outletType.id, 'wire');
    expect(await notebook.attributes.delete(outletType.id)).toEqual({ documentsChanged: 1 });
    expect(notebook.attributes.list()).toEqual([]);
    expect(valueOf(notebook, ids[1]!, outletType.id)).toBeUndefined();
    await notebook.history.undo();
    expect(notebook.attributes.list()).toEqual([outletType]);
    expect(valueOf(notebook, ids[1]!, outletType.id)).toBe('wire');
  });

  it('are renamed and given new choices; a value no longer listed is kept', async () => {
    const { notebook, ids, outletType } = await setUp();
    await notebook.attributes.set([ids[0]!], outletType.id, 'state media');
    const renamed = await notebook.attributes.update(outletType.id, { name: 'type of outlet', choices: ['wire', 'independent'] });
    expect(renamed).toMatchObject({ name: 'type of outlet', choices: ['wire', 'independent'] });
    expect(valueOf(notebook, ids[0]!, outletType.id)).toBe('state media');
    await notebook.history.undo();
    expect(notebook.attributes.get(outletType.id)).toEqual(outletType);
  });

  it('are still there after the notebook is closed and opened again, and in its backups', async () => {
    const { dir, notebook, ids, outletType } = await setUp();
    await notebook.attributes.set([ids[0]!], outletType.id, 'independent');
    const backup = await notebook.safekeeping.createBackup();
    await notebook.attributes.delete(outletType.id);
    await notebook.close();
    open.splice(open.indexOf(notebook), 1);
    const reopened = await openTestNotebook(dir, { start: Date.parse('2026-03-02T09:00:00Z') });
    open.push(reopened);
    expect(reopened.attributes.list()).toEqual([]);
    await reopened.safekeeping.restore(backup.id);
    await reopened.close();
    open.splice(open.indexOf(reopened), 1);
    const restored = await openTestNotebook(dir, { start: Date.parse('2026-03-03T09:00:00Z') });
    open.push(restored);
    expect(restored.attributes.list()).toEqual([outletType]);
    expect(valueOf(restored, ids[0]!, outletType.id)).toBe('independent');
  });
});
