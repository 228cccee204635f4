/**
 * The Quotes list on main: quotations found once per text, decisions that
 * survive a restart, accepting as one change to undo, and refusals that
 * change nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { speakerOf } from '../../../src/shared/quote-review';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { quoteWorkerFromSource } from '../../support/quote-worker';
import { useTempDirs } from '../../support/temp-dir';
import { openNotebook } from '../../../src/main/notebook/open-notebook';
import { sampleArticle } from '../../support/sample';

const tempDir = useTempDirs();
const open: Notebook[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((notebook) => notebook.close()));
});

async function sample(dir?: string) {
  const folder = dir ?? (await tempDir());
  const notebook = await openTestNotebook(folder);
  open.push(notebook);
  const documentId = notebook.library.list()[0]!.id;
  return { notebook, dir: folder, documentId };
}

async function reopen(notebook: Notebook, dir: string) {
  await notebook.close();
  open.splice(open.indexOf(notebook), 1);
  return sample(dir);
}

const kerrysQuote = async (notebook: Notebook, documentId: string) => (await notebook.quoteReview.forDocument(documentId)).quotes.find((q) => q.foundSpeaker === 'John Kerry' && q.kind === 'direct')!;

describe('the Quotes list', () => {
  it('lists the sample’s quotations in reading order with their words and speakers, an unknown speaker as null', async () => {
    const { notebook, documentId } = await sample();
    const { text } = await notebook.library.body(documentId);
    const { quotes, rejected } = await notebook.quoteReview.forDocument(documentId);
    expect(rejected).toBe(0);
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
    const first = quotes.find((q) => q.text.startsWith('Russia needs to understand'))!;
    expect(first).toBeDefined();
    expect(text.slice(first.start, first.end)).toContain(first.text.slice(0, 40));
    expect(first).toMatchObject({ foundSpeaker: 'John Kerry', via: 'name', kind: 'direct', correctedSpeaker: null, accepted: false });
    expect(quotes.every((q) => /^[A-Za-z0-9_-]{1,64}$/.test(q.id))).toBe(true);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('asks the finder once per version of a text, and again after a new version', async () => {
    const { notebook, documentId } = await sample();
    const before = await notebook.quoteReview.forDocument(documentId);
    await notebook.quoteReview.forDocument(documentId);
    await Promise.all([notebook.quoteReview.forDocument(documentId), notebook.quoteReview.forDocument(documentId)]);
    expect(notebook.quoteReview.finderRuns).toBe(1);
    const told: string[] = [];
    notebook.quoteReview.onChange(({ documentId: id }) => told.push(id));
    const { text } = await notebook.library.body(documentId);
    const changed = `"We will not wait for ever," Mohammad Javad Zarif said.\n\n${text}`;
    await notebook.versions.replace(documentId, await notebook.imports.parsePasted(notebook.library.find(documentId).title, changed), true);
    expect(told).toContain(documentId);
    const after = await notebook.quoteReview.forDocument(documentId);
    expect(notebook.quoteReview.finderRuns).toBe(2);
    expect(after.quotes.some((q) => q.foundSpeaker === 'Mohammad Javad Zarif')).toBe(true);
    expect(after.quotes.length).toBe(before.quotes.length + 1);
  });

  it('keeps a rejection across a restart; one undo brings the quotation back', async () => {
    const { notebook, dir, documentId } = await sample();
    const quote = await kerrysQuote(notebook, documentId);
    const told: string[] = [];
    notebook.quoteReview.onChange(({ documentId: id }) => told.push(id));
    const answer = await notebook.quoteReview.reject(documentId, [quote.id]);
    expect(answer.quotes.map((q) => q.id)).not.toContain(quote.id);
    expect(answer.rejected).toBe(1);
    expect(told).toEqual([documentId]);

    const again = await reopen(notebook, dir);
    const listed = await again.notebook.quoteReview.forDocument(documentId);
    expect(listed.quotes.map((q) => q.id)).not.toContain(quote.id);
    expect(listed.rejected).toBe(1);

    await again.notebook.quoteReview.reject(documentId, [listed.quotes[0]!.id]);
    expect((await again.notebook.history.undo())?.label).toBe('reject a quote');
    expect((await again.notebook.quoteReview.forDocument(documentId)).rejected).toBe(1);
    expect((await again.notebook.history.redo())?.label).toBe('reject a quote');
    expect((await again.notebook.quoteReview.forDocument(documentId)).rejected).toBe(2);
  });

  it('keeps a corrected speaker across a restart, tags under it, and forgets it when cleared', async () => {
    const { notebook, dir, documentId } = await sample();
    // The sample names every speaker, so its first quotation is corrected to another name.
    const unknown = (await notebook.quoteReview.forDocument(documentId)).quotes[0]!;
    const corrected = await notebook.quoteReview.setSpeaker(documentId, unknown.id, '  Jon   Kerrey ');
    expect(corrected.quotes.find((q) => q.id === unknown.id)?.correctedSpeaker).toBe('Jon Kerrey');

    const again = await reopen(notebook, dir);
    const listed = (await again.notebook.quoteReview.forDocument(documentId)).quotes.find((q) => q.id === unknown.id)!;
    expect(speakerOf(listed)).toBe('Jon Kerrey');
    const report = await again.notebook.quoteReview.accept(documentId, [unknown.id], 'quotes/<Speaker>');
    expect(report).toEqual({ created: 1, alreadyCoded: 0, tagPaths: ['quotes/Jon Kerrey'] });

    const cleared = await again.notebook.quoteReview.setSpeaker(documentId, unknown.id, null);
    expect(cleared.quotes.find((q) => q.id === unknown.id)?.correctedSpeaker).toBeNull();
    expect(again.notebook.quoteReview.decisionOf(documentId, unknown.id)).toBeNull();
  });

  it('accepts all as one change: passages under each speaker’s tag, marked accepted, never coded twice, one undo takes all back', async () => {
    const { notebook, documentId } = await sample();
    const { quotes } = await notebook.quoteReview.forDocument(documentId);
    const ids = quotes.map((q) => q.id);
    const report = await notebook.quoteReview.accept(documentId, ids, 'quotes/<Speaker>');
    const expectedPaths = [...new Set(quotes.map((q) => `quotes/${q.foundSpeaker ?? 'Unknown speaker'}`))];
    expect(report).toEqual({ created: quotes.length, alreadyCoded: 0, tagPaths: expectedPaths });
    const tags = await notebook.tags.list();
    const kerry = tags.find((t) => t.path === 'quotes/John Kerry')!;
    const passages = await notebook.passages.list(documentId);
    expect(passages.filter((p) => p.tagIds.includes(kerry.id)).map((p) => p.anchor?.start)).toEqual(quotes.filter((q) => q.foundSpeaker === 'John Kerry').map((q) => q.start));
    expect((await notebook.quoteReview.forDocument(documentId)).quotes.every((q) => q.accepted)).toBe(true);

    const twice = await notebook.quoteReview.accept(documentId, ids, 'quotes/<Speaker>');
    expect(twice).toMatchObject({ created: 0, alreadyCoded: quotes.length });
    expect(await notebook.passages.list(documentId)).toHaveLength(passages.length);

    // Accepting what is coded already changed nothing, so there is nothing of it to undo.
    expect(notebook.history.size).toBe(1);
    expect((await notebook.history.undo())?.label).toBe(`accept ${quotes.length} quotes`);
    expect(await notebook.passages.list(documentId)).toEqual([]);
    expect((await notebook.tags.list()).some((t) => t.path.startsWith('quotes'))).toBe(false);
    expect((await notebook.quoteReview.forDocument(documentId)).quotes.some((q) => q.accepted)).toBe(false);
  });

  it('places every accepted quotation in its text, as the reader and a crash check read it back', async () => {
    const { notebook, documentId } = await sample();
    const { text } = await notebook.library.body(documentId);
    const { quotes } = await notebook.quoteReview.forDocument(documentId);
    await notebook.quoteReview.accept(documentId, quotes.map((q) => q.id), 'quotes/<Kind>/<Speaker>');
    const passages = await notebook.passages.list(documentId);
    expect(passages).toHaveLength(quotes.length);
    for (const passage of passages) {
      expect(passage.anchor, passage.quote.exact).not.toBeNull();
      expect(text.slice(passage.position.start, passage.position.end)).toBe(passage.quote.exact);
    }
  });

  it('keeps accepted quotations placed across a new version of the text', async () => {
    const { notebook, documentId } = await sample();
    const { quotes } = await notebook.quoteReview.forDocument(documentId);
    await notebook.quoteReview.accept(documentId, quotes.map((q) => q.id), 'quotes/<Speaker>');
    let { text } = await notebook.library.body(documentId);
    for (let round = 0; round < 6; round++) {
      text = text.replace(/\b(the|and|of)\b/, `$1 ${round}`);
      await notebook.versions.replace(documentId, await notebook.imports.parsePasted(notebook.library.find(documentId).title, text), true);
      for (const passage of await notebook.passages.list(documentId)) expect(passage.anchor, `round ${round}: ${passage.quote.exact}`).not.toBeNull();
    }
  });

  it('names tags by the pattern, with the kind and a speaker whose name holds a slash', async () => {
    const { notebook, documentId } = await sample();
    const quote = await kerrysQuote(notebook, documentId);
    await notebook.quoteReview.setSpeaker(documentId, quote.id, 'Kerry/State Department');
    const report = await notebook.quoteReview.accept(documentId, [quote.id], 'speech/<Kind>/<speaker>');
    expect(report.tagPaths).toEqual(['speech/direct/Kerry-State Department']);
  });

  it.each([
    ['an id not in the list', (ids: string[]) => ({ call: 'reject', ids: [ids[0]!, 'qNoSuchQuote'] }), /not in this document/],
    ['an id to accept not in the list', (_ids: string[]) => ({ call: 'accept', ids: ['qNoSuchQuote'], pattern: 'quotes/<Speaker>' }), /not in this document/],
    ['a pattern with an empty level', (ids: string[]) => ({ call: 'accept', ids, pattern: 'quotes//<Speaker>' }), /Nothing was coded.*tag pattern/],
    ['a pattern too deep', (ids: string[]) => ({ call: 'accept', ids, pattern: 'a/b/c/d/e/f/g/h/<Speaker>' }), /at most 8/],
    ['a blank speaker', (ids: string[]) => ({ call: 'speaker', ids, speaker: '   ' }), /needs a name/],
    ['a speaker with control characters', (ids: string[]) => ({ call: 'speaker', ids, speaker: 'Kerry\u0007' }), /control characters/],
  ] as const)('refuses %s and changes nothing', async (_, make, message) => {
    const { notebook, dir, documentId } = await sample();
    const ids = (await notebook.quoteReview.forDocument(documentId)).quotes.map((q) => q.id);
    await notebook.passages.settle();
    const before = await snapshotFolder(dir);
    const input = make(ids) as { call: string; ids: string[]; pattern?: string; speaker?: string };
    const run =
      input.call === 'reject'
        ? notebook.quoteReview.reject(documentId, input.ids)
        : input.call === 'accept'
          ? notebook.quoteReview.accept(documentId, input.ids, input.pattern!)
          : notebook.quoteReview.setSpeaker(documentId, input.ids[0]!, input.speaker!);
    await expect(run).rejects.toThrow(message);
    await notebook.passages.settle();
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(notebook.history.size).toBe(0);
  });

  it('refuses a document that is not in the notebook', async () => {
    const { notebook } = await sample();
    await expect(notebook.quoteReview.forDocument('no-such-document')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('finds the same quotations in a worker thread as on main’s', async () => {
    const { notebook, documentId } = await sample();
    const onMain = await notebook.quoteReview.forDocument(documentId);
    const dir = await tempDir();
    const threaded = await openNotebook({ dataDir: dir, sample: sampleArticle(), quoteWorker: quoteWorkerFromSource });
    open.push(threaded);
    const id = threaded.library.list()[0]!.id;
    const inWorker = await threaded.quoteReview.forDocument(id);
    expect(inWorker.quotes.map((q) => [q.start, q.end, q.foundSpeaker, q.text])).toEqual(onMain.quotes.map((q) => [q.start, q.end, q.foundSpeaker, q.text]));
  });
});
