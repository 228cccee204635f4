/**
 * Coding a batch of ranges: one change for the user, whole or not at all.
 */
import { describe, expect, it } from 'vitest';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function notebookWithDocuments(count: number) {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir);
  for (let i = 0; i < count; i += 1) {
    await notebook.imports.pasted(`Dispatch ${i}`, `The envoy said the talks in round ${i} were frank. The envoy left at noon.`);
  }
  const documents = notebook.library.list().filter((d) => d.title.startsWith('Dispatch'));
  return { notebook, dir, documents };
}

const envoyRanges = (text: string) => [...text.matchAll(/envoy/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('coding many ranges at once', () => {
  it('codes ranges across documents with a new tag, and one undo takes all of it back', async () => {
    const { notebook, documents } = await notebookWithDocuments(3);
    const items = [];
    for (const document of documents) {
      const { text } = await notebook.library.body(document.id);
      items.push(...envoyRanges(text).map((range) => ({ documentId: document.id, ...range })));
    }
    const report = await notebook.passageBatch.codeMany({ label: 'code 6 hits', tagPath: 'actors/envoy', items });
    expect(report).toMatchObject({ created: 6, alreadyCoded: 0 });
    const tag = (await notebook.tags.list()).find((t) => t.path === 'actors/envoy');
    expect(tag?.id).toBe(report.tagId);
    for (const document of documents) {
      const passages = await notebook.passages.list(document.id);
      expect(passages.map((p) => p.quote.exact)).toEqual(['envoy', 'envoy']);
      expect(passages.every((p) => p.tagIds.includes(report.tagId))).toBe(true);
    }

    const undone = await notebook.history.undo();
    expect(undone?.label).toBe('code 6 hits');
    for (const document of documents) expect(await notebook.passages.list(document.id)).toEqual([]);
    expect((await notebook.tags.list()).some((t) => t.path.startsWith('actors'))).toBe(false);

    await notebook.history.redo();
    for (const document of documents) expect(await notebook.passages.list(document.id)).toHaveLength(2);
    expect((await notebook.tags.list()).some((t) => t.path === 'actors/envoy')).toBe(true);
  });

  it('skips ranges that already carry the tag and folds repeats within the batch', async () => {
    const { notebook, documents } = await notebookWithDocuments(1);
    const documentId = documents[0]!.id;
    const [first, second] = envoyRanges((await notebook.library.body(documentId)).text);
    const once = await notebook.passageBatch.codeMany({ label: 'code 1', tagPath: 'envoy', items: [{ documentId, ...first! }, { documentId, ...first! }] });
    expect(once).toMatchObject({ created: 1, alreadyCoded: 0 });
    const again = await notebook.passageBatch.codeMany({ label: 'code 2', tagPath: 'envoy', items: [{ documentId, ...first! }, { documentId, ...second! }] });
    expect(again).toMatchObject({ created: 1, alreadyCoded: 1 });
    expect(await notebook.passages.list(documentId)).toHaveLength(2);
  });

  it.each([
    ['a range past the end of the text', (id: string) => [{ documentId: id, start: 4, end: 9 }, { documentId: id, start: 60, end: 9_000 }]],
    ['an unknown document', (id: string) => [{ documentId: id, start: 4, end: 9 }, { documentId: 'no-such-document', start: 0, end: 3 }]],
  ])('refuses the whole batch for %s and changes nothing', async (_, itemsFor) => {
    const { notebook, dir, documents } = await notebookWithDocuments(1);
    await notebook.passages.settle();
    const before = await snapshotFolder(dir);
    await expect(notebook.passageBatch.codeMany({ label: 'bad batch', tagPath: 'new/tag', items: itemsFor(documents[0]!.id) })).rejects.toThrow();
    await notebook.passages.settle();
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(await notebook.history.undo()).toBeNull();
  });

  it('refuses a tag path that is not a name before touching anything', async () => {
    const { notebook, documents } = await notebookWithDocuments(1);
    await expect(notebook.passageBatch.codeMany({ label: 'bad tag', tagPath: 'quotes//', items: [{ documentId: documents[0]!.id, start: 4, end: 9 }] })).rejects.toThrow(/not a tag name/);
    expect(await notebook.tags.list()).toEqual([]);
  });

  it('codes groups under several tags as one change: one undo takes every tag and passage back', async () => {
    const { notebook, documents } = await notebookWithDocuments(2);
    const [a, b] = documents.map((d) => d.id) as [string, string];
    const rangesOf = async (id: string) => envoyRanges((await notebook.library.body(id)).text).map((range) => ({ documentId: id, ...range }));
    const [aRanges, bRanges] = [await rangesOf(a), await rangesOf(b)];
    const reports = await notebook.passageBatch.codeGroups('accept 4 quotes', [
      { tagPath: 'quotes/Envoy', items: [aRanges[0]!, bRanges[0]!] },
      { tagPath: 'quotes/Unknown speaker', items: [aRanges[1]!, bRanges[1]!] },
    ]);
    expect(reports.map((r) => [r.created, r.alreadyCoded])).toEqual([[2, 0], [2, 0]]);
    const paths = (await notebook.tags.list()).map((t) => t.path);
    expect(paths).toEqual(expect.arrayContaining(['quotes', 'quotes/Envoy', 'quotes/Unknown speaker']));
    expect(notebook.history.size).toBe(1);
    expect((await notebook.history.undo())?.label).toBe('accept 4 quotes');
    expect(await notebook.passages.list(a)).toEqual([]);
    expect(await notebook.passages.list(b)).toEqual([]);
    expect(await notebook.tags.list()).toEqual([]);
  });

  it('refuses every group when one group holds a bad range, and when one tag path is not a name', async () => {
    const { notebook, documents } = await notebookWithDocuments(1);
    const documentId = documents[0]!.id;
    await expect(
      notebook.passageBatch.codeGroups('bad', [
        { tagPath: 'quotes/A', items: [{ documentId, start: 4, end: 9 }] },
        { tagPath: 'quotes/B', items: [{ documentId, start: 4, end: 90_000 }] },
      ]),
    ).rejects.toThrow(/Nothing was coded/);
    await expect(notebook.passageBatch.codeGroups('bad', [{ tagPath: 'quotes/A', items: [{ documentId, start: 4, end: 9 }] }, { tagPath: 'quotes//B', items: [] }])).rejects.toThrow(/not a tag name/);
    expect(await notebook.passages.list(documentId)).toEqual([]);
    expect(await notebook.tags.list()).toEqual([]);
    expect(notebook.history.size).toBe(0);
  });
});
