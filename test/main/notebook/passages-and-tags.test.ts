import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function setUp() {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir);
  const document = await notebook.reading.document(notebook.library.list()[0]!.id);
  /** Offsets of the first occurrence of `quote` in the sample. */
  const rangeOf = (quote: string) => {
    const start = document.text.indexOf(quote);
    if (start === -1) throw new Error(`not in the sample: ${quote}`);
    return { start, end: start + quote.length };
  };
  return { dir, notebook, document, rangeOf };
}

const tagId = async (notebook: Notebook, name: string) => (await notebook.tags.create({ name })).id;

describe('passages', () => {
  it('marks a passage with tags and a note, and keeps it across a restart', async () => {
    const { dir, notebook, document, rangeOf } = await setUp();
    const kerry = await tagId(notebook, 'quotes/Kerry');
    const range = rangeOf('our patience is not infinite');
    const passage = await notebook.passages.create({ documentId: document.id, ...range, tagIds: [kerry], note: 'Key *warning*' });

    expect(passage.quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'our patience is not infinite' });
    expect(passage.quote.prefix).toMatch(/understand that $/);
    expect(passage.position).toEqual({ type: 'TextPositionSelector', ...range });
    expect(passage.anchor).toEqual(range);

    const reopened = await openTestNotebook(dir);
    const [stored] = await reopened.passages.list(document.id);
    expect(stored).toMatchObject({ id: passage.id, tagIds: [kerry], note: 'Key *warning*', anchor: range });
    expect((await reopened.tags.list()).find((t) => t.id === kerry)).toMatchObject({ path: 'quotes/Kerry', passageCount: 1 });
  });

  it('lists passages in reading order, outer before inner when they start together', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const later = rangeOf('World powers have failed');
    const outer = rangeOf('Russia needs to understand that our patience is not infinite');
    const inner = rangeOf('Russia needs to understand');
    for (const range of [later, inner, outer]) await notebook.passages.create({ documentId: document.id, ...range, tagIds: [], note: '' });
    expect((await notebook.passages.list(document.id)).map((p) => p.quote.exact)).toEqual([
      'Russia needs to understand that our patience is not infinite',
      'Russia needs to understand',
      'World powers have failed',
    ]);
  });

  it.each([
    ['an empty range', { start: 10, end: 10 }, /selection is empty/],
    ['whitespace only', { start: 49, end: 51 }, /only spaces or line breaks/],
    ['a range past the end', { start: 10, end: 999_999 }, /outside the document/],
    ['a reversed range', { start: 50, end: 10 }, /cannot end/],
  ])('refuses %s and changes nothing', async (_name, range, message) => {
    const { dir, notebook, document } = await setUp();
    const before = await snapshotFolder(dir);
    await expect(notebook.passages.create({ documentId: document.id, ...range, tagIds: [], note: '' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(message),
    });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('refuses unknown tags, unknown documents and oversized notes, changing nothing', async () => {
    const { dir, notebook, document, rangeOf } = await setUp();
    const range = rangeOf('Zarif');
    const before = await snapshotFolder(dir);
    await expect(notebook.passages.create({ documentId: document.id, ...range, tagIds: ['ghost'], note: '' })).rejects.toMatchObject({
      message: 'A tag is not in the codebook.',
    });
    await expect(notebook.passages.create({ documentId: 'ghost', ...range, tagIds: [], note: '' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(notebook.passages.create({ documentId: document.id, ...range, tagIds: [], note: 'x'.repeat(20_001) })).rejects.toMatchObject({
      message: expect.stringMatching(/at most 20,000 characters/),
    });
    await expect(notebook.passages.update('ghost', { note: 'hi' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('edits tags and notes, deletes, and undoes each step, including the delete', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const a = await tagId(notebook, 'a');
    const b = await tagId(notebook, 'b');
    const created = await notebook.passages.create({ documentId: document.id, ...rangeOf('Zarif'), tagIds: [a], note: '' });
    await notebook.passages.update(created.id, { tagIds: [a, b] });
    await notebook.passages.update(created.id, { note: 'edited' });
    await notebook.passages.delete(created.id);
    expect(await notebook.passages.list(document.id)).toEqual([]);

    expect(await notebook.history.undo()).toEqual({ label: 'delete passage', documentId: document.id });
    expect(await notebook.passages.list(document.id)).toMatchObject([{ id: created.id, tagIds: [a, b], note: 'edited' }]);
    expect(await notebook.history.undo()).toMatchObject({ label: 'edit note' });
    expect(await notebook.passages.list(document.id)).toMatchObject([{ note: '' }]);
    expect(await notebook.history.undo()).toMatchObject({ label: 'change passage tags' });
    expect(await notebook.passages.list(document.id)).toMatchObject([{ tagIds: [a] }]);
    expect(await notebook.history.undo()).toMatchObject({ label: 'create passage' });
    expect(await notebook.passages.list(document.id)).toEqual([]);
  });
});

describe('the codebook', () => {
  it('builds a hierarchy from slash-separated names, reusing existing parents regardless of case', async () => {
    const { notebook } = await setUp();
    const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
    const zarif = await notebook.tags.create({ name: 'Actors / Zarif' });
    const again = await notebook.tags.create({ name: 'ACTORS/kerry' });
    expect(again.id).toBe(kerry.id);
    const tags = await notebook.tags.list();
    expect(tags.map((t) => t.path)).toEqual(['actors', 'actors/Kerry', 'actors/Zarif']);
    expect(zarif.parentId).toBe(tags[0]!.id);
    expect(new Set(tags.map((t) => t.color)).size).toBe(3);
  });

  it('renames, recolours, describes and re-parents without touching passages', async () => {
    const { dir, notebook, document, rangeOf } = await setUp();
    const humanitarian = await tagId(notebook, 'humanitarian');
    const themes = await tagId(notebook, 'themes');
    await notebook.passages.create({ documentId: document.id, ...rangeOf('600,000 Syrians'), tagIds: [humanitarian], note: '' });
    const passagesBefore = await snapshotFolder(`${dir}/passages`);
    const moved = await notebook.tags.update(humanitarian, { parentId: themes, color: '#aabbcc', description: 'Aid and access' });
    expect(moved).toMatchObject({ path: 'themes/humanitarian', color: '#aabbcc', description: 'Aid and access', passageCount: 1 });
    expect((await notebook.tags.update(humanitarian, { name: 'aid' })).path).toBe('themes/aid');
    expect(await snapshotFolder(`${dir}/passages`)).toEqual(passagesBefore);
  });

  it('refuses a cycle, a sibling name clash and an empty name', async () => {
    const { notebook } = await setUp();
    const parent = await notebook.tags.create({ name: 'actors/Kerry' });
    const actors = parent.parentId!;
    await notebook.tags.create({ name: 'actors/Zarif' });
    await expect(notebook.tags.update(actors, { parentId: parent.id })).rejects.toThrow(/inside itself or one of its own children/);
    await expect(notebook.tags.update(parent.id, { name: 'zarif' })).rejects.toThrow(/already a tag "Zarif" under "actors"/);
    await expect(notebook.tags.update(parent.id, { name: '  ' })).rejects.toThrow(/needs a name/);
    await expect(notebook.tags.create({ name: 'a//b' })).rejects.toThrow(/empty part/);
  });

  it('merges one tag into another: passages and documents follow, nothing is duplicated', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const kerry = await tagId(notebook, 'actors/Kerry');
    const johnKerry = await tagId(notebook, 'people/John Kerry');
    const both = await notebook.passages.create({ documentId: document.id, ...rangeOf('Kerry said'), tagIds: [kerry, johnKerry], note: '' });
    const one = await notebook.passages.create({ documentId: document.id, ...rangeOf('Kerry told'), tagIds: [johnKerry], note: '' });
    await notebook.library.setTags(document.id, { tagIds: [johnKerry] });

    expect(await notebook.tags.merge(johnKerry, kerry)).toEqual({ passagesChanged: 2, documentsChanged: 1 });

    const passages = await notebook.passages.list(document.id);
    expect(passages.find((p) => p.id === both.id)!.tagIds).toEqual([kerry]);
    expect(passages.find((p) => p.id === one.id)!.tagIds).toEqual([kerry]);
    expect(notebook.library.list()[0]!.tags).toEqual([kerry]);
    expect((await notebook.tags.list()).map((t) => t.path)).not.toContain('people/John Kerry');

    await notebook.history.undo();
    expect((await notebook.passages.list(document.id)).find((p) => p.id === one.id)!.tagIds).toEqual([johnKerry]);
    expect(notebook.library.list()[0]!.tags).toEqual([johnKerry]);
  });

  it('refuses to merge a tag into itself or into one of its own children, changing nothing', async () => {
    const { dir, notebook } = await setUp();
    const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
    const before = await snapshotFolder(dir);
    await expect(notebook.tags.merge(kerry.id, kerry.id)).rejects.toThrow(/into itself/);
    await expect(notebook.tags.merge(kerry.parentId!, kerry.id)).rejects.toThrow(/is inside "actors"/);
    await expect(notebook.tags.delete('ghost')).rejects.toMatchObject({ code: 'not-found' });
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('refuses tag names with control characters and hierarchies deeper than eight levels', async () => {
    const { notebook } = await setUp();
    await expect(notebook.tags.create({ name: 'bad\u0007name' })).rejects.toThrow(/control characters/);
    await expect(notebook.tags.create({ name: Array.from({ length: 9 }, (_, i) => `l${i}`).join('/') })).rejects.toThrow(/at most 8 levels/);
  });

  it('deletes a tag: passages keep their other tags, a passage left with none stays as a highlight', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const doomed = await tagId(notebook, 'doomed');
    const keep = await tagId(notebook, 'keep');
    const shared = await notebook.passages.create({ documentId: document.id, ...rangeOf('Kerry said'), tagIds: [doomed, keep], note: '' });
    const alone = await notebook.passages.create({ documentId: document.id, ...rangeOf('Kerry told'), tagIds: [doomed], note: 'still here' });

    expect(await notebook.tags.delete(doomed)).toEqual({ passagesChanged: 2, documentsChanged: 0 });
    const passages = await notebook.passages.list(document.id);
    expect(passages.find((p) => p.id === shared.id)!.tagIds).toEqual([keep]);
    expect(passages.find((p) => p.id === alone.id)).toMatchObject({ tagIds: [], note: 'still here' });

    expect(await notebook.history.undo()).toMatchObject({ label: 'delete tag doomed' });
    expect((await notebook.passages.list(document.id)).find((p) => p.id === alone.id)!.tagIds).toEqual([doomed]);
  });

  it('moves the children of a deleted tag up to its parent', async () => {
    const { notebook } = await setUp();
    const kerry = await notebook.tags.create({ name: 'people/actors/Kerry' });
    const actors = kerry.parentId!;
    await notebook.tags.delete(actors);
    expect((await notebook.tags.list()).map((t) => t.path)).toEqual(['people', 'people/Kerry']);
  });

  it('finds every passage of a tag, with or without its children, with context and title', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const actors = await tagId(notebook, 'actors');
    const zarif = await tagId(notebook, 'actors/Zarif');
    await notebook.passages.create({ documentId: document.id, ...rangeOf('Mohammad Javad Zarif'), tagIds: [zarif], note: '' });
    await notebook.passages.create({ documentId: document.id, ...rangeOf('Bashar al-Assad'), tagIds: [actors], note: '' });

    const withChildren = await notebook.tags.passagesOf(actors, true);
    expect(withChildren.map((t) => t.passage.quote.exact)).toEqual(['Bashar al-Assad', 'Mohammad Javad Zarif']);
    const { end } = rangeOf('Mohammad Javad Zarif');
    expect(withChildren[1]).toMatchObject({
      documentTitle: document.title,
      before: expect.stringMatching(/Iranian counterpart $/),
      after: document.text.slice(end, end + 32),
    });
    expect((await notebook.tags.passagesOf(actors, false)).map((t) => t.passage.quote.exact)).toEqual(['Bashar al-Assad']);
  });

  it('tags documents and counts them in the codebook', async () => {
    const { notebook, document } = await setUp();
    const source = await tagId(notebook, 'source/Arutz Sheva');
    const region = await tagId(notebook, 'region/Syria');
    const updated = await notebook.library.setTags(document.id, { tagIds: [source, region, source] });
    expect(updated.tags).toEqual([source, region]);
    expect((await notebook.tags.list()).find((t) => t.id === region)).toMatchObject({ documentCount: 1, passageCount: 0 });
    await expect(notebook.library.setTags(document.id, { tagIds: ['ghost'] })).rejects.toThrow(/not in the codebook/);
  });

  it('counts a parent tag its children’s passages and documents, and a tag the documents its passages are in', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
    const lavrov = await tagId(notebook, 'actors/Lavrov');
    await notebook.passages.create({ documentId: document.id, ...rangeOf('our patience is not infinite'), tagIds: [kerry.id, lavrov], note: '' });
    await notebook.passages.create({ documentId: document.id, ...rangeOf('Bashar al-Assad'), tagIds: [lavrov], note: '' });
    const tags = await notebook.tags.list();
    expect(tags.find((t) => t.id === kerry.parentId)).toMatchObject({ path: 'actors', passageCount: 0, documentCount: 0, passageTotal: 2, documentTotal: 1 });
    expect(tags.find((t) => t.id === lavrov)).toMatchObject({ passageCount: 2, documentCount: 1, passageTotal: 2, documentTotal: 1 });
  });
});

describe('renaming a tag to a path', () => {
  it('moves the tag under that path, creating missing parents, and undoes in one step', async () => {
    const { notebook } = await setUp();
    const humanitarian = await notebook.tags.create({ name: 'humanitarian' });
    const renamed = await notebook.tags.update(humanitarian.id, { name: 'themes/humanitarian' });
    expect(renamed.path).toBe('themes/humanitarian');
    expect((await notebook.tags.list()).map((t) => t.path)).toEqual(['themes', 'themes/humanitarian']);
    await notebook.history.undo();
    expect((await notebook.tags.list()).map((t) => t.path)).toEqual(['humanitarian']);
  });

  it('leaves no new parent behind when the move is refused', async () => {
    const { notebook } = await setUp();
    const a = await notebook.tags.create({ name: 'a' });
    await expect(notebook.tags.update(a.id, { name: 'a/b/c' })).rejects.toThrow(/inside itself/);
    expect((await notebook.tags.list()).map((t) => t.path)).toEqual(['a']);
  });
});

describe('concurrent changes', () => {
  it('deletes a passage once when asked twice at once, and leaves the others alone', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const doomed = await notebook.passages.create({ documentId: document.id, ...rangeOf('Zarif'), tagIds: [], note: 'doomed' });
    await notebook.passages.create({ documentId: document.id, ...rangeOf('Norway'), tagIds: [], note: 'bystander' });
    const results = await Promise.allSettled([notebook.passages.delete(doomed.id), notebook.passages.delete(doomed.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await notebook.passages.list(document.id)).map((p) => p.note)).toEqual(['bystander']);
  });

  it('applies a tag change, a note edit and two added tags made at the same moment', async () => {
    const { notebook, document, rangeOf } = await setUp();
    const [a, b, c] = [await tagId(notebook, 'a'), await tagId(notebook, 'b'), await tagId(notebook, 'c')];
    const passage = await notebook.passages.create({ documentId: document.id, ...rangeOf('Zarif'), tagIds: [], note: '' });
    await Promise.all([
      notebook.passages.update(passage.id, { addTagIds: [a] }),
      notebook.passages.update(passage.id, { note: 'both kept' }),
      notebook.passages.update(passage.id, { addTagIds: [b] }),
      notebook.passages.update(passage.id, { addTagIds: [c], removeTagIds: [a] }),
    ]);
    const [stored] = await notebook.passages.list(document.id);
    expect(stored).toMatchObject({ note: 'both kept', tagIds: [b, c] });
  });

  it('imports one document when the same text arrives twice at once', async () => {
    const { notebook, dir } = await setUp();
    const bytes = new TextEncoder().encode('Twin report\n\nThe same words, twice.');
    const outcomes = await Promise.all([notebook.imports.file(bytes, 'a.txt'), notebook.imports.file(bytes, 'b.txt')]);
    expect(outcomes.map((o) => o.articles[0]!.status).sort()).toEqual(['duplicate', 'imported']);
    expect(notebook.library.list()).toHaveLength(2);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(`${dir}/bodies`)).toHaveLength(2);
  });
});
