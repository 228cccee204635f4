import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../src/shared/api';
import { MAX_SELECTION } from '../../../src/shared/library-query';
import { createDispatcher, type Dispatch } from '../../../src/main/ipc/dispatcher';
import { notebookHandlers } from '../../../src/main/notebook/handlers';
import type { Notebook } from '../../../src/main/notebook/notebook';
import { fakeDesktop } from '../../support/desktop';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { searchClientFromSource } from '../../support/search-worker';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const notebooks: Notebook[] = [];
afterEach(async () => {
  await Promise.all(notebooks.splice(0).map((notebook) => notebook.close()));
});

/** A notebook with a tag, a passage and (when asked: it starts a worker) search. */
async function setUp(withSearch = false) {
  const dir = await tempDir();
  const notebook = await openTestNotebook(dir, withSearch ? { search: searchClientFromSource } : {});
  notebooks.push(notebook);
  const documentId = notebook.library.list()[0]!.id;
  const kerry = await notebook.tags.create({ name: 'actors/Kerry' });
  const zarif = await notebook.tags.create({ name: 'actors/Zarif' });
  const passage = await notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [kerry.id], note: '' });
  const outletType = await notebook.attributes.define({ name: 'outlet type', type: 'choice', choices: ['wire', 'state media', 'independent'] });
  const memo = await notebook.memos.create({ about: { kind: 'project' }, title: 'First week', body: 'Kerry *again*.' });
  const report = await notebook.imports.pasted('Report', 'One two three.');
  const versionedId = report.status === 'imported' ? report.document.id : '';
  await notebook.versions.replace(versionedId, await notebook.imports.parsePasted('Report', 'One two four.'), true);
  const quoteId = (await notebook.quoteReview.forDocument(documentId)).quotes[0]!.id;
  const backup = await notebook.safekeeping.createBackup();
  await notebook.entities.settled();
  const entityId = (await notebook.entities.list({ kind: 'person', query: 'kerry', limit: 1 })).entities[0]!.id;
  const fixture: Fixture = { notebook, entityId, documentId, tagId: kerry.id, otherTagId: zarif.id, passageId: passage.id, backupId: backup.id, attributeId: outletType.id, memoId: memo.id, versionedId, quoteId };
  const dispatch = createDispatcher(notebookHandlers(notebook, fakeDesktop()), { logError: () => {} });
  return { dir, fixture, dispatch };
}

interface Fixture {
  notebook: Notebook;
  entityId: string;
  documentId: string;
  tagId: string;
  otherTagId: string;
  passageId: string;
  backupId: string;
  attributeId: string;
  memoId: string;
  versionedId: string;
  quoteId: string;
}

const NEWEST_FIRST = { sort: 'added', descending: true, filter: {} } as const;

/** One valid call per method; the mapped type makes a new method fail to compile until it has a row. */
const validInput: { [C in Channel]: (f: Fixture) => unknown } = {
  'library:list': () => undefined,
  'library:query': () => ({ query: { ...NEWEST_FIRST, filter: { words: 'kerry', coded: true } }, offset: 0, limit: 50 }),
  'library:ids': () => ({ query: NEWEST_FIRST, offset: 0, limit: 100 }),
  'library:outlets': () => undefined,
  'library:get': (f) => ({ ids: [f.documentId] }),
  'documents:get': (f) => ({ id: f.documentId }),
  'documents:update': (f) => ({ id: f.documentId, publishedAt: '2016-05-04', source: 'Arutz Sheva' }),
  'documents:deleteImpact': (f) => ({ ids: [f.documentId] }),
  'documents:delete': (f) => ({ ids: [f.documentId] }),
  'documents:setTags': (f) => ({ documentId: f.documentId, tagIds: [f.tagId] }),
  'documents:tag': (f) => ({ ids: [f.documentId], addTagIds: [f.tagId] }),
  'documents:newVersion': (f) => ({ id: f.versionedId, text: { title: 'Report', text: 'One two five.' }, confirmed: true }),
  'documents:versionReview': (f) => ({ id: f.versionedId }),
  'documents:version': (f) => ({ id: f.versionedId, version: 1 }),
  'passages:reattach': (f) => ({ id: f.passageId, start: 10, end: 30 }),
  'notes:list': () => undefined,
  'notes:create': (f) => ({ about: { kind: 'document', id: f.documentId }, title: '', body: 'See [the passage](scholia://passage/x).' }),
  'notes:update': (f) => ({ id: f.memoId, body: 'Kerry, *again*.' }),
  'notes:delete': (f) => ({ id: f.memoId }),
  'attributes:list': () => undefined,
  'attributes:define': () => ({ name: 'words', type: 'number' }),
  'attributes:update': (f) => ({ id: f.attributeId, choices: ['wire', 'state media', 'independent', 'public broadcaster'] }),
  'attributes:delete': (f) => ({ id: f.attributeId }),
  'attributes:set': (f) => ({ documentIds: [f.documentId], attributeId: f.attributeId, value: 'wire' }),
  'session:get': () => undefined,
  'session:savePosition': (f) => ({ documentId: f.documentId, blockIndex: 3, fraction: 0.5 }),
  'settings:get': () => undefined,
  'settings:set': () => ({ theme: 'sepia', reader: { textSize: 22, font: 'sans' }, panes: { library: { open: false } } }),
  'notices:list': () => undefined,
  'notices:dismiss': () => ({ id: 'no-such-notice' }),
  'tags:list': () => undefined,
  'tags:create': () => ({ name: 'themes/ceasefire' }),
  'tags:update': (f) => ({ id: f.tagId, color: '#123456' }),
  'tags:merge': (f) => ({ sourceId: f.otherTagId, targetId: f.tagId }),
  'tags:delete': (f) => ({ id: f.otherTagId }),
  'tags:passages': (f) => ({ tagId: f.tagId, includeChildren: true }),
  'passages:list': (f) => ({ documentId: f.documentId }),
  'passages:create': (f) => ({ documentId: f.documentId, start: 100, end: 120, tagIds: [], note: '' }),
  'passages:update': (f) => ({ id: f.passageId, note: 'A *note*' }),
  'passages:delete': (f) => ({ id: f.passageId }),
  'passages:codeMany': (f) => ({ label: 'code 2 quotes', tagPath: 'quotes/Kerry', items: [{ documentId: f.documentId, start: 10, end: 30 }, { documentId: f.documentId, start: 200, end: 240, note: 'on patience' }] }),
  'history:undo': () => undefined,
  'history:redo': () => undefined,
  'search:query': () => ({ query: 'patience' }),
  'search:occurrences': () => ({ query: '"cessation of hostilities"', limit: 100, context: 40, unit: 'sentence' }),
  'concordance:save': () => ({ query: 'patience', sort: 'right', descending: true }),
  'import:file': () => ({ fileName: 'notes.md', data: Buffer.from('# Field notes\n\nWe met the envoy at noon.').toString('base64') }),
  'import:text': () => ({ title: 'Pasted', text: 'A paragraph pasted from somewhere else.' }),
  'backups:list': () => undefined,
  'backups:create': () => undefined,
  'backups:restore': (f) => ({ id: f.backupId }),
  'archive:export': () => undefined,
  'archive:import': () => undefined,
  'links:open': () => ({ url: 'https://www.state.gov/' }),
  // No save dialog in this fixture: the export is cancelled there, as a user closing the dialog would.
  'exports:run': (f) => ({ jobId: 'job-1', format: 'csv', scope: { kind: 'tag', tagId: f.tagId } }),
  'exports:cancel': () => ({ jobId: 'job-1' }),
  'projects:import': () => undefined,
  'analysis:frequencies': () => ({ scope: { filter: { coded: true }, publishedFrom: '2016-01-01' } }),
  'analysis:matrix': (f) => ({ scope: {}, columns: { kind: 'attribute', attributeId: f.attributeId }, rolled: true, tagIds: [f.tagId] }),
  'analysis:cooccurrence': (f) => ({ scope: { tagId: f.tagId }, unit: 'overlap', rolled: false }),
  'analysis:passages': (f) => ({ scope: {}, cell: { kind: 'pair', unit: 'block', a: f.tagId, b: f.otherTagId, rolled: true } }),
  'analysis:save': () => ({ kind: 'csv', suggestedName: 'frequencies.csv', rows: [['code', 'passages'], ['actors/Kerry', 3]] }),
  'shared:forDocument': (f) => ({ documentId: f.documentId }),
  'shared:copies': (f) => ({ documentId: f.documentId, blockIndex: 4 }),
  'shared:clusters': () => undefined,
  'quotes:forDocument': (f) => ({ documentId: f.documentId }),
  'quotes:reject': (f) => ({ documentId: f.documentId, ids: [f.quoteId] }),
  'quotes:setSpeaker': (f) => ({ documentId: f.documentId, id: f.quoteId, speaker: 'John Kerry' }),
  'quotes:accept': (f) => ({ documentId: f.documentId, ids: [f.quoteId], pattern: 'quotes/<Kind>/<Speaker>' }),
  'entities:list': () => ({ kind: 'person', query: 'ker', sort: 'mentions', limit: 50 }),
  'entities:mentions': (f) => ({ entityId: f.entityId, limit: 10 }),
  'entities:alias': (f) => ({ action: 'rename', entityId: f.entityId, name: 'Secretary Kerry' }),
  'entities:codeMentions': (f) => ({ entityId: f.entityId }),
  'menu:update': () => ({
    items: [
      { id: 'history.undo', title: 'Undo', menu: 'edit', group: 0, chord: 'Mod+Z', enabled: true },
      { id: 'passage.tag-selection', title: 'Tag the selection…', menu: 'edit', group: 2, chord: 'Mod+E', enabled: false },
      { id: 'search.next', title: 'Next match', menu: 'go', group: 1, chord: 'F3', enabled: false },
      { id: 'view.attributes', title: 'Attributes', menu: 'tools', group: 0, chord: null, enabled: true },
    ],
  }),
};

/** Inputs no method accepts. */
const garbage: unknown[] = [
  null,
  42,
  Number.NaN,
  'documents',
  true,
  [],
  [{ id: 'x' }],
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { id: 12 },
  { id: '' },
  { id: '../../etc/passwd' },
  { id: 'x'.repeat(10_000) },
  { documentId: 'x', blockIndex: -1, fraction: 0 },
  { documentId: 'x', blockIndex: Number.NaN, fraction: 0 },
  { documentId: 'x', blockIndex: 1.5, fraction: 0 },
  { documentId: 'x', blockIndex: 1, fraction: 2 },
  { documentId: 'x', blockIndex: 1, fraction: Number.POSITIVE_INFINITY },
  { documentId: 'x', start: -1, end: 5, tagIds: [], note: '' },
  { documentId: 'x', start: 0, end: Number.NaN, tagIds: [], note: '' },
  { documentId: 'x', start: 0, end: 5, tagIds: ['ok', 7], note: '' },
  { documentId: 'x', start: 0, end: 5, tagIds: [], note: 'x'.repeat(2_000_000) },
  { id: 'x', color: 'red' },
  { id: 'x', color: '#12345g' },
  { name: '', parentId: null },
  { sourceId: 'x', targetId: null },
  { tagId: 'x', includeChildren: 'yes' },
  { query: 42 },
  { query: 'x', limit: 0 },
  { query: 'x'.repeat(3_000) },
  { fileName: '../../etc/passwd', data: 'aGk=' },
  { fileName: 'a.txt', data: 'not base64!' },
  { fileName: 'a.txt', data: 42 },
  { title: 'x', text: '' },
  { documentId: 'x', tagIds: Array.from({ length: 51 }, (_, i) => `t${i}`) },
  { url: 42 },
  { url: '' },
  { url: `https://example.org/${'x'.repeat(3_000)}` },
  { ids: [] },
  { ids: ['ok', 7] },
  { ids: Array.from({ length: MAX_SELECTION + 1 }, (_, i) => `d${i}`) },
  { query: { sort: 'newest', descending: true, filter: {} }, offset: 0, limit: 10 },
  { query: { sort: 'added', descending: true, filter: { publishedFrom: '4 May 2016' } }, offset: 0, limit: 10 },
  { query: { sort: 'added', descending: true, filter: {}, extra: 1 }, offset: 0, limit: 10 },
  { query: { sort: 'added', descending: true, filter: {} }, offset: -1, limit: 10 },
  { query: { sort: 'added', descending: true, filter: {} }, offset: 0, limit: 100_000_000 },
  { documentIds: ['x'], attributeId: 'y', value: { nested: true } },
  { documentIds: [], attributeId: 'y', value: 'wire' },
  { name: 'colour', type: 'colour' },
  { name: 'x'.repeat(5_000), type: 'text' },
  { about: { kind: 'journal' }, title: '', body: '' },
  { id: 'x', confirmed: true },
  { id: 'x', fromDocumentId: 'y', text: { title: '', text: 'x' }, confirmed: true },
  { id: 'x', fromDocumentId: 'y', confirmed: 'yes' },
  { id: 'x', start: 5, end: 5 },
  { id: 'x', version: 0 },
  { about: { kind: 'document' }, title: '', body: '' },
  { about: { kind: 'project', id: 'x' }, title: '', body: '' },
  { about: { kind: 'project' }, title: '', body: 'x'.repeat(1_000_000) },
  { jobId: 'x', format: 'pdf', scope: { kind: 'all' } },
  { jobId: 'x', format: 'csv', scope: { kind: 'everything' } },
  { jobId: 'x', format: 'csv', scope: { kind: 'tag' } },
  { jobId: '../x', format: 'csv', scope: { kind: 'all' } },
  { jobId: 'x', format: 'csv', scope: { kind: 'all' }, reportOrder: 'alphabetical' },
  { scope: {}, unit: 'sentence', rolled: true },
  { scope: { publishedFrom: 'May 2016' } },
  { scope: {}, columns: { kind: 'attribute' }, rolled: false },
  { scope: {}, cell: { kind: 'pair', unit: 'overlap', a: 'x', rolled: true } },
  { kind: 'png', suggestedName: 'chart.png', data: 'aGk=' },
  { action: 'merge', entityId: 'x', intoId: '../y' },
  { action: 'rename', entityId: 'x', name: 'x'.repeat(5_000) },
  { action: 'forget', entityId: 'x' },
  { entityId: 'x', limit: 1_000_000 },
  { kind: 'animal', limit: 10 },
  { kind: 'svg', suggestedName: 'chart.svg', data: '<script>alert(1)</script>' },
  { kind: 'csv', suggestedName: '../chart.csv', rows: [['a']] },
  { kind: 'csv', suggestedName: 'chart.csv', rows: [] },
  { items: 'all' },
  { items: [{ id: 'Not An Id', title: 'x', menu: 'file', group: 0, chord: null, enabled: true }] },
  { items: [{ id: 'view.read', title: 'Read', menu: 'window', group: 0, chord: null, enabled: true }] },
  { items: [{ id: 'view.read', title: 'Read', menu: 'view', group: 0, chord: 'Hyper+R', enabled: true }] },
  { items: [{ id: 'view.read', title: 'Read', menu: 'view', group: 0, chord: 'Mod+Shift+', enabled: true }] },
  { items: [{ id: 'view.read', title: '', menu: 'view', group: 0, chord: null, enabled: true }] },
  { items: [{ id: 'view.read', title: 'Read', menu: 'view', group: 0.5, chord: null, enabled: 'yes' }] },
  { items: [{ id: 'view.read', title: 'Read', menu: 'view', group: 0, chord: null, enabled: true, click: 'x' }] },
  { items: Array.from({ length: 201 }, (_, i) => ({ id: `view.read${i}`, title: 'Read', menu: 'view', group: 0, chord: null, enabled: true })) },
  { theme: 'purple' },
  { theme: 'dark', reader: { textSize: 400 } },
  { reader: { lineWidth: 10 } },
  { reader: { lineSpacing: Number.NaN } },
  { reader: { font: 'Comic Sans' } },
  { reader: { textSize: 18, extra: true } },
  { panes: { library: { width: -5 } } },
  { panes: { passages: { width: 300.5 } } },
  { panes: { library: { open: 'yes' } } },
  { panes: { sidebar: { open: true } } },
  { documentId: 'x', ids: ['q1'], pattern: '   ' },
  { documentId: 'x', ids: ['q1'], pattern: 'x'.repeat(201) },
  { documentId: 'x', ids: Array.from({ length: 5_001 }, (_, i) => `q${i}`), pattern: 'quotes/<Speaker>' },
  { documentId: 'x', id: 'q1', speaker: 'x'.repeat(81) },
  { documentId: 'x', id: 'q1', speaker: 42 },
];

describe('dispatch', () => {
  it.each(CHANNELS)('has a valid call for %s, returning JSON-safe values', async (channel) => {
    const { fixture, dispatch } = await setUp(channel.startsWith('search:') || channel === 'concordance:save');
    const result = await dispatch(channel, validInput[channel](fixture));
    expect(result).toHaveProperty('ok');
    if (channel !== 'notices:dismiss') expect(result).toMatchObject({ ok: true });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each(CHANNELS)('refuses malformed input to %s with invalid-input and changes nothing', async (channel) => {
    const { dir, dispatch } = await setUp();
    const before = await snapshotFolder(dir);
    for (const input of garbage) {
      const result = await dispatch(channel, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.message).toContain(channel);
    }
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a huge id for its length alone, without testing what it is made of', async () => {
    const { dispatch } = await setUp();
    const result = await dispatch('documents:get', { id: `${'x'.repeat(1_000_000)}!` });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/64/) } });
    if (!result.ok) expect(result.error.message).not.toMatch(/letters, digits/);
  });

  it('hands a menu the window describes to the desktop, and a malformed one not at all', async () => {
    const { fixture } = await setUp();
    const desktop = fakeDesktop();
    const dispatch = createDispatcher(notebookHandlers(fixture.notebook, desktop), { logError: () => {} });
    const model = validInput['menu:update'](fixture);
    expect(await dispatch('menu:update', model)).toEqual({ ok: true, value: null });
    expect(await dispatch('menu:update', { items: [{ id: 'view.read', title: 'Read', menu: 'view', group: 0, chord: 'Cmd+R', enabled: true }] })).toMatchObject({ ok: false });
    expect(desktop.menus).toEqual([model]);
  });

  it('refuses unknown channels, including prototype names', async () => {
    const { dispatch } = await setUp();
    for (const channel of ['library:delete', 'toString', '__proto__', 'constructor', 42, null]) {
      expect(await dispatch(channel, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('returns service failures with their code and message', async () => {
    const { dispatch } = await setUp();
    expect(await dispatch('documents:get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That document is not in this notebook.' },
    });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const logError = vi.fn();
    const { fixture } = await setUp();
    const handlers = notebookHandlers(fixture.notebook);
    const dispatch: Dispatch = createDispatcher(
      { ...handlers, 'library:list': () => { throw new Error('disk on fire at /home/me/secret'); } },
      { logError },
    );
    const result = await dispatch('library:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/me');
    expect(logError).toHaveBeenCalledWith('library:list', expect.any(Error));
  });
});
