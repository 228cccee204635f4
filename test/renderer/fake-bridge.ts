import { vi } from 'vitest';
import type { ChangeEvent } from '../../src/shared/changes';
import { resetNotebookData } from '../../src/renderer/src/data/notebook-data';
import type { LibraryQuery } from '../../src/shared/library-query';
import type { DocumentSummary, DocumentView } from '../../src/shared/model';
import { ok } from '../../src/shared/result';

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

/** Installs a window.scholia whose methods are spies answering with the given values; `emit` plays main sending a change event. */
export function installFakeBridge(documents: DocumentSummary[], view: DocumentView) {
  // Each test starts with nothing cached, as a freshly opened window does.
  resetNotebookData();
  const listeners = new Set<(event: ChangeEvent) => void>();
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
  };
  Object.defineProperty(window, 'scholia', { value: bridge, configurable: true });
  return bridge;
}
