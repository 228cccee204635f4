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

const WORDS = { limit: 100, context: 60, unit: 'words' } as const;

describe('occurrences across the notebook, through the search worker', () => {
  it('gives each match its document’s headline, outlet and date, offsets on the document’s text', async () => {
    const notebook = await openTestNotebook(await tempDir(), { search: searchClientFromSource });
    open.push(notebook);
    await notebook.search.ready();
    const summary = notebook.library.list()[0]!;
    const document = await notebook.reading.document(summary.id);
    const list = await notebook.search.occurrences('cessation', WORDS);
    expect(list.total).toBe([...document.text.matchAll(/\bcessation\b/gi)].length);
    expect(list.occurrences.length).toBe(list.total);
    for (const row of list.occurrences) {
      expect(row).toMatchObject({ documentId: summary.id, headline: summary.title, outlet: summary.source, published: summary.publishedAt });
      expect(document.text.slice(row.start, row.end).toLowerCase()).toBe('cessation');
      expect(document.text.slice(document.blocks[row.blockIndex]!.start, document.blocks[row.blockIndex]!.end)).toContain(`${row.left} ${row.match}`);
    }
  });

  it('refuses a query that does not parse with the message search gives, and answers unavailable without search', async () => {
    const notebook = await openTestNotebook(await tempDir(), { search: searchClientFromSource });
    open.push(notebook);
    await notebook.search.ready();
    const searchError = await notebook.search.search('"unclosed', 10).catch((error: unknown) => error);
    const occurrencesError = await notebook.search.occurrences('"unclosed', WORDS).catch((error: unknown) => error);
    expect(occurrencesError).toMatchObject({ code: 'invalid-query', message: (searchError as Error).message });
    const without = await openTestNotebook(await tempDir());
    open.push(without);
    await expect(without.search.occurrences('cessation', WORDS)).rejects.toMatchObject({ code: 'internal' });
  });
});
