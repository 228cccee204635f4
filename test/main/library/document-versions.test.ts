import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook } from '../../support/notebook';
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
  const document = await notebook.reading.document(notebook.library.list()[0]!.id);
  const rangeOf = (quote: string, from = 0) => {
    const start = document.text.indexOf(quote, from);
    if (start === -1) throw new Error(`not in the sample: ${quote}`);
    return { start, end: start + quote.length };
  };
  const make = (quote: string, from = 0) => notebook.passages.create({ documentId: document.id, ...rangeOf(quote, from), tagIds: [], note: quote });
  return { dir, notebook, document, rangeOf, make };
}

/** The sample with an editor's note added, a sentence reworded, a paragraph removed and an apostrophe curled. */
function edit(original: string): string {
  const edited = original
    .replace('Arutz Sheva Staff', 'Arutz Sheva Staff\n\nAn editor’s note added before everything.')
    .replace('World powers have failed to turn', 'World powers have so far failed to turn')
    .replace('Russia launched air strikes in support of the government in September.\n\n', '')
    .replace("Syria's war has killed", 'Syria’s long war has killed');
  expect(edited).not.toBe(original);
  return edited;
}

const asFile = (text: string) => new TextEncoder().encode(text);

describe('a new version of a document', () => {
  it('re-places passages after edits before, inside and after them, orphans the one whose words are gone, and says which is which', async () => {
    const { notebook, document, make } = await setUp();
    const patience = await make('our patience is not infinite');
    const insideEdit = await make('World powers have failed to turn a fragile cessation of hostilities in Syria');
    const gone = await make('Russia launched air strikes in support of the government in September.');
    const last = await make('displaced millions');

    const article = await notebook.imports.parseFile(asFile(edit(document.text)), 'kerry-v2.txt');
    const outcome = await notebook.versions.replace(document.id, article, false);
    if (outcome.status !== 'replaced') throw new Error(`not replaced: ${JSON.stringify(outcome)}`);
    const { review } = outcome;
    expect(review.version).toBe(2);
    const statusOf = new Map(review.passages.map((p) => [p.passage.id, p.status]));
    expect(statusOf.get(patience.id)).toBe('moved');
    expect(statusOf.get(insideEdit.id)).toBe('changed');
    expect(statusOf.get(gone.id)).toBe('orphaned');
    expect(statusOf.get(last.id)).toBe('moved');
    // The diff rebuilds both texts.
    expect(review.segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(document.text);
    expect(review.segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(article.text);

    const text = (await notebook.reading.document(document.id)).text;
    const byId = new Map((await notebook.passages.list(document.id)).map((p) => [p.id, p]));
    const placed = (id: string) => text.slice(byId.get(id)!.anchor!.start, byId.get(id)!.anchor!.end);
    expect(placed(patience.id)).toBe('our patience is not infinite');
    expect(placed(insideEdit.id)).toBe('World powers have so far failed to turn a fragile cessation of hostilities in Syria');
    expect(placed(last.id)).toBe('displaced millions');
    expect(byId.get(gone.id)).toMatchObject({ anchor: null, note: gone.note, quote: { exact: gone.quote.exact } });
    // The review can be asked for again, and says the same.
    expect((await notebook.versions.review(document.id)).passages.map((p) => [p.passage.id, p.status])).toEqual(review.passages.map((p) => [p.passage.id, p.status]));
  });

  it('orphans a passage on the first of two identical phrases when its paragraph goes, instead of moving it onto the second', async () => {
    const { notebook, document, rangeOf, make } = await setUp();
    const phrase = 'cessation of hostilities';
    const firstAt = rangeOf(phrase).start;
    const secondAt = rangeOf(phrase, firstAt + 1).start;
    const first = await make(phrase);
    const second = await make(phrase, firstAt + 1);
    const paragraphStart = document.text.lastIndexOf('\n', firstAt) + 1;
    const paragraphEnd = document.text.indexOf('\n', firstAt);
    expect(paragraphEnd).toBeLessThan(secondAt);
    const without = document.text.slice(0, paragraphStart) + document.text.slice(paragraphEnd + 1);
    const outcome = await notebook.versions.replace(document.id, await notebook.imports.parseFile(asFile(without), 'v2.txt'), false);
    if (outcome.status !== 'replaced') throw new Error('not replaced');
    const statusOf = new Map(outcome.review.passages.map((p) => [p.passage.id, p.status]));
    expect(statusOf.get(first.id)).toBe('orphaned');
    expect(statusOf.get(second.id)).not.toBe('orphaned');
    const placed = new Map((await notebook.passages.list(document.id)).map((p) => [p.id, p.anchor]));
    expect(placed.get(first.id)).toBeNull();
    expect(placed.get(second.id)).not.toBeNull();
  });

  it('keeps the old text readable, and Undo puts it back with the passages as they were; Redo takes the new one again', async () => {
    const { notebook, document, make } = await setUp();
    const gone = await make('Russia launched air strikes in support of the government in September.');
    const moved = await make('displaced millions');
    const before = await notebook.passages.ofDocument(document.id);
    const edited = edit(document.text);
    await notebook.versions.replace(document.id, await notebook.imports.parseFile(asFile(edited), 'v2.txt'), false);

    const earlier = await notebook.versions.earlier(document.id, 1);
    expect(earlier.text).toBe(document.text);
    expect(notebook.library.find(document.id).versions.map((v) => v.version)).toEqual([1]);

    expect(await notebook.history.undo()).toMatchObject({ label: expect.stringMatching(/^new version of/) });
    expect((await notebook.reading.document(document.id)).text).toBe(document.text);
    expect(notebook.library.find(document.id).versions).toEqual([]);
    expect(await notebook.passages.ofDocument(document.id)).toEqual(before);

    await notebook.history.redo();
    expect((await notebook.reading.document(document.id)).text).not.toBe(document.text);
    const placed = new Map((await notebook.passages.list(document.id)).map((p) => [p.id, p.anchor]));
    expect(placed.get(gone.id)).toBeNull();
    expect(placed.get(moved.id)).not.toBeNull();
  });

  it('re-attaches an orphan to words the user chose, undoably', async () => {
    const { notebook, document, make } = await setUp();
    const gone = await make('Russia launched air strikes in support of the government in September.');
    await notebook.versions.replace(document.id, await notebook.imports.parseFile(asFile(edit(document.text)), 'v2.txt'), false);
    const text = (await notebook.reading.document(document.id)).text;
    const start = text.indexOf('Syria’s long war');
    const reattached = await notebook.passages.reattach(gone.id, start, start + 'Syria’s long war'.length);
    expect(reattached.anchor).toEqual({ start, end: start + 'Syria’s long war'.length });
    expect(reattached.note).toBe(gone.note);
    await expect(notebook.passages.reattach(gone.id, start, start + 1e7)).rejects.toThrow();
    await notebook.history.undo();
    expect((await notebook.passages.list(document.id)).find((p) => p.id === gone.id)!.anchor).toBeNull();
  });

  it('asks before re-placing passages onto a text that shares almost nothing, and refuses the same text', async () => {
    const { notebook, document, make } = await setUp();
    await make('displaced millions');
    const unrelated = await notebook.imports.parsePasted('Recipe', 'Whisk two eggs with sugar until pale, then fold in the flour and bake for twenty minutes.');
    const outcome = await notebook.versions.replace(document.id, unrelated, false);
    expect(outcome).toMatchObject({ status: 'dissimilar' });
    expect(outcome.status === 'dissimilar' && outcome.similarity).toBeLessThan(0.4);
    expect((await notebook.reading.document(document.id)).text).toBe(document.text);
    expect(notebook.library.find(document.id).versions).toEqual([]);

    const same = await notebook.imports.parseFile(asFile(document.text), 'same.txt');
    await expect(notebook.versions.replace(document.id, same, false)).rejects.toThrow(/already/);
    await expect(notebook.versions.replace('gone', same, false)).rejects.toThrow(/not in this notebook/);

    const confirmed = await notebook.versions.replace(document.id, unrelated, true);
    expect(confirmed.status).toBe('replaced');
  });

  it('deletes a document with its earlier versions, and Undo brings them back', async () => {
    const { dir, notebook, document } = await setUp();
    await notebook.versions.replace(document.id, await notebook.imports.parseFile(asFile(edit(document.text)), 'v2.txt'), false);
    const bodies = () => readdir(join(dir, 'bodies'));
    expect(await bodies()).toContain(`${document.id}--v1.json`);
    await notebook.removal.delete([document.id]);
    expect((await bodies()).filter((name) => name.startsWith(document.id))).toEqual([]);
    await notebook.history.undo();
    expect((await notebook.versions.earlier(document.id, 1)).text).toBe(document.text);
  });

  it('puts everything back at the next start when a change of version is cut short', async () => {
    const { dir, notebook, document, make } = await setUp();
    await make('Russia launched air strikes in support of the government in September.');
    await make('displaced millions');
    const before = await notebook.passages.ofDocument(document.id);
    const article = await notebook.imports.parseFile(asFile(edit(document.text)), 'v2.txt');
    // The text and the record are written; the passages are not, when the power goes.
    vi.spyOn(notebook.passages, 'restore').mockRejectedValueOnce(new Error('power cut'));
    await expect(notebook.versions.replace(document.id, article, false)).rejects.toThrow('power cut');
    expect((await readdir(dir)).filter((name) => name.startsWith('version-change-'))).toHaveLength(1);
    await notebook.close();
    open.splice(0);

    const again = await openTestNotebook(dir);
    open.push(again);
    expect((await again.reading.document(document.id)).text).toBe(document.text);
    expect(again.library.find(document.id).versions).toEqual([]);
    expect(await again.passages.ofDocument(document.id)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.startsWith('version-change-'))).toEqual([]);
  });

  it('tells an import that looks like a new version of a document it has (same address or title, other text)', async () => {
    const { notebook, document } = await setUp();
    const { articles } = await notebook.imports.file(asFile(edit(document.text)), 'kerry-again.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ status: 'imported', sameArticleAs: { id: document.id } });
    const other = await notebook.imports.pasted('Something else entirely, with a long title', 'Other words.');
    expect(other).not.toHaveProperty('sameArticleAs');
  });
});
