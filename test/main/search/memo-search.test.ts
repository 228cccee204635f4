import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook } from '../../support/notebook';
import { searchClientFromSource } from '../../support/search-worker';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function searchable(dir?: string) {
  const dataDir = dir ?? (await tempDir());
  const notebook = await openTestNotebook(dataDir, { search: searchClientFromSource });
  open.push(notebook);
  await notebook.search.ready();
  const document = await notebook.reading.document(notebook.library.list()[0]!.id);
  return { dataDir, notebook, document };
}

const hits = async (notebook: Notebook, query: string) => (await notebook.search.search(query, 50)).groups.flatMap((g) => g.hits);

describe('searching memos and notes', () => {
  it('finds a memo by its words and shows them without Markdown', async () => {
    const { notebook } = await searchable();
    const memo = await notebook.memos.create({ about: { kind: 'project' }, title: 'Framing', body: 'The **quartet** framing, see [this](scholia://passage/p1) and `code`.' });
    await expect.poll(async () => (await hits(notebook, 'quartet')).map((h) => [h.kind, h.itemId]), { timeout: 2000 }).toEqual([['note', memo.id]]);
    const [hit] = await hits(notebook, 'quartet');
    expect(hit!.snippet.text).toContain('The quartet framing, see this and code.');
    expect(hit!.snippet.text).not.toMatch(/\*\*|scholia:|`/);
    const marked = hit!.snippet.highlights.map((r) => hit!.snippet.text.slice(r.start, r.end));
    expect(marked).toEqual(['quartet']);
  });

  it('in:notes finds the words of memos and of passage notes, not of the article', async () => {
    const { notebook, document } = await searchable();
    const start = document.text.indexOf('Kerry');
    const passage = await notebook.passages.create({ documentId: document.id, start, end: start + 20, tagIds: [], note: 'A *pointed* warning' });
    const memo = await notebook.memos.create({ about: { kind: 'document', id: document.id }, title: '', body: 'Pointed language throughout.' });
    const found = async (query: string) => (await hits(notebook, query)).map((h) => `${h.kind}:${h.itemId}`).sort();
    await expect.poll(() => found('in:notes pointed'), { timeout: 2000 }).toEqual([`note:${memo.id}`, `passage:${passage.id}`].sort());
    // "Kerry" is in the passage's quote and the article, in no note.
    expect(await found('in:notes kerry')).toEqual([]);
    expect((await found('kerry')).length).toBeGreaterThan(0);
    const passageHit = (await hits(notebook, 'in:notes pointed')).find((h) => h.kind === 'passage')!;
    expect(passageHit.snippet.text).toBe('A pointed warning');
  });

  it('follows edits, deletions and undo, and a restart finds memos in the saved index', async () => {
    const { dataDir, notebook } = await searchable();
    const memo = await notebook.memos.create({ about: { kind: 'project' }, title: '', body: 'Marmalade.' });
    const ids = async (query: string) => (await hits(notebook, query)).map((h) => h.itemId);
    await expect.poll(() => ids('marmalade'), { timeout: 2000 }).toEqual([memo.id]);
    await notebook.memos.update(memo.id, { body: 'Quince.' });
    await expect.poll(() => ids('marmalade'), { timeout: 2000 }).toEqual([]);
    expect(await ids('quince')).toEqual([memo.id]);
    await notebook.memos.delete(memo.id);
    await expect.poll(() => ids('quince'), { timeout: 2000 }).toEqual([]);
    await notebook.history.undo();
    await expect.poll(() => ids('quince'), { timeout: 2000 }).toEqual([memo.id]);
    expect(await notebook.search.coversNotebook()).toBe(true);

    await notebook.close();
    open.splice(0);
    const again = await searchable(dataDir);
    expect(await again.notebook.search.coversNotebook()).toBe(true);
    expect((await hits(again.notebook, 'quince')).map((h) => h.itemId)).toEqual([memo.id]);
  });
});
