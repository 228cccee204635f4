import { vi } from 'vitest';
import { DEFAULT_VIEW_SETTINGS } from '../../src/shared/settings';
import type { ChangeEvent } from '../../src/shared/changes';
import type { JobProgress } from '../../src/shared/exports';
import { resetNotebookData } from '../../src/renderer/src/data/notebook-data';
import { setLibraryQuery } from '../../src/renderer/src/features/library/library-query-store';
import { DEFAULT_LIBRARY_QUERY, type LibraryQuery } from '../../src/shared/library-query';
import type { DocumentSummary, DocumentView, Memo, MemoAbout, TagView } from '../../src/shared/model';
import { ok, type Result } from '../../src/shared/result';
import type { InputOf } from '../../src/shared/api';
import type { DocumentQuotes, QuoteAcceptReport } from '../../src/shared/quote-review';

const noQuotes = (documentId: string): DocumentQuotes => ({ documentId, quotes: [], rejected: 0 });
import type { OccurrenceList } from '../../src/shared/concordance';

/** A tag of the codebook at `path`, used `count` times on its own and with its children. */
export const tagView = (id: string, path: string, count = 0): TagView => ({
  id,
  name: path.split('/').at(-1)!,
  parentId: null,
  path,
  color: '#9ad0f5',
  description: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  passageCount: count,
  documentCount: count,
  passageTotal: count,
  documentTotal: count,
});

export const summary = (overrides: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id: 'doc-1',
  title: 'A headline',
  source: 'The Paper',
  byline: 'The Paper Staff',
  addedAt: '2026-03-01T09:00:00.000Z',
  publishedAt: null,
  wordCount: 1234,
  contentHash: 'hash',
  tags: [],
  origin: { kind: 'file', fileName: 'a.txt', importedAt: '2026-03-01T09:00:00.000Z' },
  url: null,
  language: null,
  attributes: {},
  versions: [],
  ...overrides,
});

export function viewOf(parts: { kind: DocumentView['blocks'][number]['kind']; text: string }[]): DocumentView {
  let text = '';
  const blocks = parts.map((part) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += part.text;
    return { kind: part.kind, start, end: text.length };
  });
  return { ...summary(), text, blocks, position: null };
}

/**
 * The library methods over a fixed list of documents, in the order given
 * (main's sorting is tested in main); a title-words or tag filter is applied
 * so a test can see the list follow it.
 */
export function libraryOf(documents: DocumentSummary[]) {
  const matching = (query: LibraryQuery) =>
    documents.filter(
      (d) =>
        (query.filter.words === undefined || d.title.toLowerCase().includes(query.filter.words.toLowerCase())) &&
        (query.filter.tagId === undefined || d.tags.includes(query.filter.tagId)),
    );
  return {
    query: vi.fn(async ({ query, offset, limit }: { query: LibraryQuery; offset: number; limit: number }) => {
      const found = matching(query);
      return ok({ total: found.length, libraryTotal: documents.length, offset, documents: found.slice(offset, offset + limit).map((d) => ({ ...d, passageCount: 0 })) });
    }),
    ids: vi.fn(async ({ query, offset, limit }: { query: LibraryQuery; offset: number; limit: number }) => ok(matching(query).slice(offset, offset + limit).map((d) => d.id))),
    outlets: vi.fn(async () => ok([])),
  };
}

export const memo = (overrides: Partial<Memo> = {}): Memo => ({
  id: 'memo-1',
  title: 'A memo',
  body: 'Some thoughts.',
  about: { kind: 'project' },
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...overrides,
});

/**
 * The memo methods over a list kept in memory, newest first as main lists
 * them; a new memo is made at a later minute each time, so order is known.
 */
export function notesOf(memos: Memo[]) {
  let held = [...memos];
  let made = 0;
  return {
    list: vi.fn(async () => ok([...held])),
    create: vi.fn(async ({ about, title, body }: { about: MemoAbout; title: string; body: string }) => {
      made += 1;
      const at = new Date(Date.UTC(2026, 3, 1, 9, made)).toISOString();
      const created: Memo = { id: `memo-new-${made}`, title, body, about, createdAt: at, updatedAt: at };
      held = [created, ...held];
      return ok(created);
    }),
    update: vi.fn(async ({ id, title, body }: { id: string; title?: string; body?: string }) => {
      const before = held.find((m) => m.id === id)!;
      const after: Memo = { ...before, title: title ?? before.title, body: body ?? before.body, updatedAt: '2026-04-02T09:00:00.000Z' };
      held = held.map((m) => (m.id === id ? after : m));
      return ok(after);
    }),
    delete: vi.fn(async ({ id }: { id: string }) => {
      held = held.filter((m) => m.id !== id);
      return ok(null);
    }),
  };
}

/** Installs a window.scholia whose methods are spies answering with the given values; `emit` plays main sending a change event. */
export function installFakeBridge(documents: DocumentSummary[], view: DocumentView, memos: Memo[] = []) {
  // Each test starts with nothing cached, as a freshly opened window does.
  resetNotebookData();
  setLibraryQuery(DEFAULT_LIBRARY_QUERY);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const progressListeners = new Set<(progress: JobProgress) => void>();
  const bridge = {
    onDidChange: vi.fn((listener: (event: ChangeEvent) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }),
    emit: (event: ChangeEvent) => listeners.forEach((listener) => listener(event)),
    library: libraryOf(documents),
    attributes: { list: vi.fn(async () => ok([])) },
    documents: { get: vi.fn(async () => ok(view)) },
    session: { get: vi.fn(async () => ok({ lastDocumentId: null })), savePosition: vi.fn(async () => ok(null)) },
    notices: { list: vi.fn(async () => ok([])), dismiss: vi.fn(async () => ok(null)) },
    settings: { get: vi.fn(async () => ok(DEFAULT_VIEW_SETTINGS)), set: vi.fn(async () => ok(DEFAULT_VIEW_SETTINGS)) },
    notes: notesOf(memos),
    exports: { run: vi.fn(async () => ok(null)), cancel: vi.fn(async () => ok(true)) },
    // No document of these tests stands in another: the reader shows no shared-text markers.
    shared: { forDocument: vi.fn(async () => ok({ ready: true, blocks: [] })) },
    onSharedTextChanged: vi.fn(() => () => undefined),
    // No quotations unless a test gives some (see test/renderer/quotes).
    quotes: {
      forDocument: vi.fn(async ({ documentId }: InputOf<'quotes:forDocument'>) => ok(noQuotes(documentId))),
      reject: vi.fn(async ({ documentId }: InputOf<'quotes:reject'>) => ok(noQuotes(documentId))),
      setSpeaker: vi.fn(async ({ documentId }: InputOf<'quotes:setSpeaker'>) => ok(noQuotes(documentId))),
      accept: vi.fn(async (_input: InputOf<'quotes:accept'>): Promise<Result<QuoteAcceptReport>> => ok({ created: 0, alreadyCoded: 0, tagPaths: [] })),
    },
    onQuotesChanged: vi.fn(() => () => undefined),
    // No match anywhere unless a test says otherwise.
    search: { occurrences: vi.fn(async (_input: { query: string }): Promise<Result<OccurrenceList>> => ok({ occurrences: [], total: 0, truncated: false })) },
    concordance: { save: vi.fn(async () => ok(null)) },
    onJobProgress: vi.fn((listener: (progress: JobProgress) => void) => {
      progressListeners.add(listener);
      return () => void progressListeners.delete(listener);
    }),
    /** Plays main telling how far a job has come. */
    progress: (progress: JobProgress) => progressListeners.forEach((listener) => listener(progress)),
  };
  Object.defineProperty(window, 'scholia', { value: bridge, configurable: true });
  return bridge;
}
