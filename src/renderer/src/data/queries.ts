/**
 * Every question the renderer asks of the notebook: its cache key, how it is
 * asked, and which changes concern it. A view asks through `useQuery` with
 * one of these; a mutation names the keys whose answers it brings itself.
 */
import type { NotebookChange } from '../../../shared/changes';
import { LIBRARY_GET_LIMIT } from '../../../shared/limits';
import type { BackupInfo, DocumentSummary, DocumentView, Notice, PlacedPassage, TaggedPassage, TagView } from '../../../shared/model';
import type { Answer } from '../../../shared/result';
import { scholia } from '../bridge';
import type { QuerySpec } from './query-cache';

export interface Question<T> {
  key: string;
  spec: QuerySpec<T>;
}

export const LIBRARY_KEY = 'library';
export const CODEBOOK_KEY = 'codebook';
export const passagesKey = (documentId: string) => `passages:${documentId}`;

/** The library, newest first; a change to some documents asks for those alone. */
export const libraryQuestion: Question<DocumentSummary[]> = {
  key: LIBRARY_KEY,
  spec: {
    fetch: () => scholia().library.list(),
    affectedBy: (change) => change.scope === 'documents',
    refresh: (current, changes) => refreshLibrary(current, changes),
  },
};

function refreshLibrary(current: DocumentSummary[], changes: readonly NotebookChange[]): Promise<Answer<DocumentSummary[]>> | null {
  const removed = new Set<string>();
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.scope !== 'documents') continue;
    for (const id of change.ids) {
      if (change.kind === 'removed') {
        removed.add(id);
        touched.delete(id);
      } else {
        touched.add(id);
        removed.delete(id);
      }
    }
  }
  if (touched.size > LIBRARY_GET_LIMIT) return null;
  const kept = current.filter((document) => !removed.has(document.id));
  if (touched.size === 0) return Promise.resolve({ ok: true, value: kept });
  return scholia()
    .library.get({ ids: [...touched] })
    .then((answer) => (answer.ok ? { ...answer, value: mergeSummaries(kept, answer.value) } : answer));
}

/** The library with these summaries put in (replacing their old selves), newest first as main lists it. */
export function mergeSummaries(current: readonly DocumentSummary[], fresh: readonly DocumentSummary[]): DocumentSummary[] {
  const byId = new Map(fresh.map((document) => [document.id, document]));
  const updated = current.map((document) => byId.get(document.id) ?? document);
  const known = new Set(current.map((document) => document.id));
  const added = fresh.filter((document) => !known.has(document.id));
  if (added.length === 0) return updated;
  return [...added, ...updated].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

/** One document with its text, as the reader shows it. */
export const documentQuestion = (id: string): Question<DocumentView> => ({
  key: `document:${id}`,
  spec: {
    fetch: () => scholia().documents.get({ id }),
    affectedBy: (change) => change.scope === 'documents' && change.kind !== 'added' && change.ids.includes(id),
  },
});

/** A document's passages, placed in its text. */
export const passagesQuestion = (documentId: string): Question<PlacedPassage[]> => ({
  key: passagesKey(documentId),
  spec: {
    fetch: () => scholia().passages.list({ documentId }),
    affectedBy: (change) =>
      (change.scope === 'passages' && change.documentId === documentId) ||
      (change.scope === 'documents' && (change.kind === 'text' || change.kind === 'removed') && change.ids.includes(documentId)),
  },
});

/** The codebook with its usage counts, which passages and document tags change too. */
export const codebookQuestion: Question<TagView[]> = {
  key: CODEBOOK_KEY,
  spec: {
    fetch: () => scholia().tags.list(),
    affectedBy: (change) => change.scope === 'tags' || change.scope === 'passages' || (change.scope === 'documents' && change.kind !== 'added' && change.kind !== 'text'),
  },
};

/** Every passage of a tag (and its children), with its document's title. */
export const taggedQuestion = (tagId: string, includeChildren: boolean): Question<TaggedPassage[]> => ({
  key: `tagged:${tagId}:${includeChildren}`,
  spec: {
    fetch: () => scholia().tags.passages({ tagId, includeChildren }),
    affectedBy: (change) => change.scope === 'tags' || change.scope === 'passages' || (change.scope === 'documents' && change.kind !== 'added'),
  },
});

export const noticesQuestion: Question<Notice[]> = {
  key: 'notices',
  spec: { fetch: () => scholia().notices.list(), affectedBy: (change) => change.scope === 'notices' },
};

export const backupsQuestion: Question<BackupInfo[]> = {
  key: 'backups',
  spec: { fetch: () => scholia().backups.list(), affectedBy: (change) => change.scope === 'backups' },
};

/** Changes that can alter search results. */
export const changesSearch = (change: NotebookChange) => change.scope === 'documents' || change.scope === 'passages' || change.scope === 'tags';
