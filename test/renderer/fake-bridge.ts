import { vi } from 'vitest';
import type { ChangeEvent } from '../../src/shared/changes';
import { resetNotebookData } from '../../src/renderer/src/data/notebook-data';
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
    library: { list: vi.fn(async () => ok(documents)) },
    documents: { get: vi.fn(async () => ok(view)) },
    session: { get: vi.fn(async () => ok({ lastDocumentId: null })), savePosition: vi.fn(async () => ok(null)) },
    notices: { list: vi.fn(async () => ok([])), dismiss: vi.fn(async () => ok(null)) },
  };
  Object.defineProperty(window, 'scholia', { value: bridge, configurable: true });
  return bridge;
}
