/**
 * The library list as main answers it: sorted, filtered and paged, kept in
 * step with every change, and refusing a filter it cannot apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { DEFAULT_LIBRARY_QUERY, type LibraryFilter, type LibraryQuery, type LibrarySortKey } from '../../../src/shared/library-query';
import { openTestNotebook } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

interface Article {
  title: string;
  outlet: string;
  published: string | null;
}

const ARTICLES: Article[] = [
  { title: 'Émile visits Geneva', outlet: 'AFP', published: '2016-05-06' },
  { title: 'Aid convoys reach Daraya', outlet: 'Reuters', published: '2016-05-02' },
  { title: 'Ceasefire holds in Aleppo', outlet: 'reuters', published: null },
  { title: 'Kerry meets Lavrov', outlet: 'AP', published: '2016-05-04' },
];

/** The sample plus four articles with known titles, outlets and dates; the first and the sample get passages. */
async function setUp() {
  const notebook = await openTestNotebook(await tempDir());
  open.push(notebook);
  const sample = notebook.library.list()[0]!;
  const ids: Record<string, string> = { sample: sample.id };
  for (const [i, article] of ARTICLES.entries()) {
    const outcome = await notebook.imports.pasted(article.title, `Paragraph ${i} about ${article.title}, reported at length by ${article.outlet}.`);
    if (outcome.status !== 'imported') throw new Error('fixture article not imported');
    await notebook.details.update(outcome.document.id, { source: article.outlet, publishedAt: article.published });
    ids[article.title.split(' ')[0]!] = outcome.document.id;
  }
  const actors = await notebook.tags.create({ name: 'actors' });
  const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
  await notebook.passages.create({ documentId: ids['Émile']!, start: 0, end: 9, tagIds: [kerry.id], note: '' });
  await notebook.passages.create({ documentId: ids['Émile']!, start: 10, end: 20, tagIds: [], note: '' });
  await notebook.passages.create({ documentId: sample.id, start: 60, end: 90, tagIds: [], note: '' });
  return { notebook, ids, tags: { actors, kerry } };
}

const query = (sort: LibrarySortKey, descending: boolean, filter: LibraryFilter = {}): LibraryQuery => ({ sort, descending, filter });

async function titlesOf(notebook: Notebook, q: LibraryQuery): Promise<string[]> {
  const page = await notebook.queries.page(q, 0, 100);
  expect(page.total).toBe(page.documents.length);
  return page.documents.map((document) => document.title.split(' ')[0]!);
}

describe('the library list', () => {
  it.each([
    ['added', false, ['Kerry', 'Émile', 'Aid', 'Ceasefire', 'Kerry']],
    ['title', false, ['Aid', 'Ceasefire', 'Émile', 'Kerry', 'Kerry']],
    ['title', true, ['Kerry', 'Kerry', 'Émile', 'Ceasefire', 'Aid']],
    // AFP, AP, Arutz Sheva (the sample), then the two Reuters pieces by title.
    ['outlet', false, ['Émile', 'Kerry', 'Kerry', 'Aid', 'Ceasefire']],
    // Undated last, the one added later first.
    ['published', true, ['Émile', 'Kerry', 'Aid', 'Ceasefire', 'Kerry']],
    ['published', false, ['Aid', 'Kerry', 'Émile', 'Kerry', 'Ceasefire']],
    ['passages', true, ['Émile', 'Kerry', 'Kerry', 'Ceasefire', 'Aid']],
  ] as const)('sorts by %s (descending: %s)', async (sort, descending, expected) => {
    const { notebook } = await setUp();
    const titles = await titlesOf(notebook, query(sort, descending));
    // The sample (titled "Kerry tells Russia…") and "Kerry meets Lavrov" both start with Kerry; which is which is checked below.
    expect(titles).toEqual(expected);
  });

  it('lists undated documents after the dated ones, whichever way the dates run', async () => {
    const { notebook, ids } = await setUp();
    for (const descending of [false, true]) {
      const page = await notebook.queries.page(query('published', descending), 0, 100);
      expect(page.documents.slice(-2).map((d) => d.id).sort()).toEqual([ids['Ceasefire'], ids['sample']].sort());
    }
  });

  it.each<[string, LibraryFilter, string[]]>([
    ['title words, case and accents aside', { words: 'EMILE geneva' }, ['Émile']],
    ['words that must all stand in the title', { words: 'kerry lavrov' }, ['Kerry']],
    ['an outlet, case aside', { outlet: 'REUTERS' }, ['Ceasefire', 'Aid']],
    ['a date range, inclusive', { publishedFrom: '2016-05-02', publishedTo: '2016-05-04' }, ['Kerry', 'Aid']],
    ['from a date on', { publishedFrom: '2016-05-05' }, ['Émile']],
    ['coded documents', { coded: true }, ['Émile', 'Kerry']],
    ['documents not coded yet', { coded: false }, ['Kerry', 'Ceasefire', 'Aid']],
  ])('filters by %s', async (_, filter, expected) => {
    const { notebook } = await setUp();
    expect(await titlesOf(notebook, query('added', true, filter))).toEqual(expected);
  });

  it('filters by tag: document tags and passage tags, the tag and everything under it', async () => {
    const { notebook, ids, tags } = await setUp();
    await notebook.library.setTags(ids['Aid']!, { tagIds: [tags.kerry.id] });
    await notebook.library.setTags(ids['Ceasefire']!, { tagIds: [tags.actors.id] });
    const tagged = async (tagId: string) => (await notebook.queries.page(query('added', true, { tagId }), 0, 100)).documents.map((d) => d.id).sort();
    expect(await tagged(tags.kerry.id)).toEqual([ids['Émile'], ids['Aid']].sort());
    expect(await tagged(tags.actors.id)).toEqual([ids['Émile'], ids['Aid'], ids['Ceasefire']].sort());
  });

  it('filters by an attribute, and by its not being set', async () => {
    const { notebook, ids } = await setUp();
    const type = await notebook.attributes.define({ name: 'outlet type', type: 'choice', choices: ['wire', 'state media', 'independent'] });
    const words = await notebook.attributes.define({ name: 'words', type: 'number' });
    await notebook.attributes.set([ids['Aid']!, ids['Ceasefire']!], type.id, 'wire');
    await notebook.attributes.set([ids['Kerry']!], words.id, 800);
    expect(await titlesOf(notebook, query('added', true, { attribute: { id: type.id, value: 'wire' } }))).toEqual(['Ceasefire', 'Aid']);
    expect(await titlesOf(notebook, query('added', true, { attribute: { id: words.id, value: 800 } }))).toEqual(['Kerry']);
    expect((await notebook.queries.page(query('added', true, { attribute: { id: type.id, value: null } }), 0, 100)).total).toBe(3);
  });

  it('combines filters and answers a page at a time, with the totals', async () => {
    const { notebook } = await setUp();
    const q = query('title', false, { coded: false });
    const first = await notebook.queries.page(q, 0, 2);
    const rest = await notebook.queries.page(q, 2, 2);
    expect(first).toMatchObject({ total: 3, libraryTotal: 5, offset: 0 });
    expect([...first.documents, ...rest.documents].map((d) => d.title.split(' ')[0])).toEqual(['Aid', 'Ceasefire', 'Kerry']);
    expect(first.documents[0]!.passageCount).toBe(0);
    expect(await notebook.queries.ids(q, 1, 5)).toEqual(rest.documents.length === 1 ? [first.documents[1]!.id, rest.documents[0]!.id] : []);
  });

  it('follows every change: an import, an edit, a new passage, a deletion and its undo', async () => {
    const { notebook, ids } = await setUp();
    const byTitle = query('title', false);
    await titlesOf(notebook, byTitle);
    await notebook.imports.pasted('Zarif speaks', 'Iran’s foreign minister spoke.');
    expect((await titlesOf(notebook, byTitle)).at(-1)).toBe('Zarif');
    await notebook.details.update(ids['Aid']!, { title: 'Yet another convoy' });
    expect((await titlesOf(notebook, byTitle)).slice(-2)).toEqual(['Yet', 'Zarif']);
    await notebook.passages.create({ documentId: ids['Aid']!, start: 0, end: 9, tagIds: [], note: '' });
    expect(await titlesOf(notebook, query('added', true, { coded: false }))).toEqual(['Zarif', 'Kerry', 'Ceasefire']);
    await notebook.removal.delete([ids['Émile']!]);
    expect(await titlesOf(notebook, query('passages', true))).not.toContain('Émile');
    await notebook.history.undo();
    expect((await titlesOf(notebook, query('passages', true)))[0]).toBe('Émile');
  });

  it('lists the outlets, the most frequent first, case aside', async () => {
    const { notebook } = await setUp();
    const outlets = await notebook.queries.outlets();
    expect(outlets[0]).toEqual({ name: expect.stringMatching(/^reuters$/i), documents: 2 });
    expect(outlets.map((o) => o.documents).reduce((a, b) => a + b, 0)).toBe(5);
  });

  it.each<[LibraryFilter, RegExp]>([
    [{ tagId: 'no-such-tag' }, /tag/i],
    [{ attribute: { id: 'no-such-attribute', value: 'wire' } }, /attribute/i],
    [{ publishedFrom: '2016-02-31' }, /is not a date/],
    [{ publishedFrom: '2016-05-05', publishedTo: '2016-05-01' }, /comes after its end/],
  ])('refuses a filter it cannot apply: %j', async (filter, message) => {
    const { notebook } = await setUp();
    await expect(notebook.queries.page({ ...DEFAULT_LIBRARY_QUERY, filter }, 0, 10)).rejects.toThrow(message);
  });
});
