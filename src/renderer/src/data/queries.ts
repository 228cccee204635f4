/**
 * Every question the renderer asks of the notebook: its cache key, how it is
 * asked, and which changes concern it. A view asks through `useQuery` with
 * one of these; a mutation names the keys whose answers it brings itself.
 */
import type { NotebookChange } from '../../../shared/changes';
import type { LibraryPage, LibraryQuery, OutletCount } from '../../../shared/library-query';
import type { Attribute, BackupInfo, DocumentView, Memo, Notice, PlacedPassage, TaggedPassage, TagView } from '../../../shared/model';
import { scholia } from '../bridge';
import type { QuerySpec } from './query-cache';

export interface Question<T> {
  key: string;
  spec: QuerySpec<T>;
}

export const CODEBOOK_KEY = 'codebook';
export const passagesKey = (documentId: string) => `passages:${documentId}`;

/** Documents one library page holds: a few screenfuls, so scrolling asks main now and then, not at every row. */
export const LIBRARY_PAGE_SIZE = 100;

/**
 * One page of the library list, sorted and filtered in main. Passages and
 * tags concern it only when its sort or filter looks at them, so coding a
 * passage does not ask for the list again.
 */
export const libraryPageQuestion = (query: LibraryQuery, page: number): Question<LibraryPage> => {
  const usesPassages = query.sort === 'passages' || query.filter.coded !== undefined || query.filter.tagId !== undefined;
  const usesTags = query.filter.tagId !== undefined;
  return {
    key: `library:${JSON.stringify(query)}:${page}`,
    spec: {
      fetch: () => scholia().library.query({ query, offset: page * LIBRARY_PAGE_SIZE, limit: LIBRARY_PAGE_SIZE }),
      affectedBy: (change) => change.scope === 'documents' || (usesPassages && change.scope === 'passages') || (usesTags && change.scope === 'tags'),
    },
  };
};

/** The outlets the library holds, for its filter. */
export const outletsQuestion: Question<OutletCount[]> = {
  key: 'outlets',
  spec: { fetch: () => scholia().library.outlets(), affectedBy: (change) => change.scope === 'documents' },
};

/** The notebook's document attributes. */
export const attributesQuestion: Question<Attribute[]> = {
  key: 'attributes',
  spec: { fetch: () => scholia().attributes.list(), affectedBy: (change) => change.scope === 'attributes' },
};

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

export const MEMOS_KEY = 'memos';

/** Every memo, the newest first: the journal, and the memos of documents and tags. */
export const memosQuestion: Question<Memo[]> = {
  key: MEMOS_KEY,
  spec: { fetch: () => scholia().notes.list(), affectedBy: (change) => change.scope === 'memos' },
};

export const noticesQuestion: Question<Notice[]> = {
  key: 'notices',
  spec: { fetch: () => scholia().notices.list(), affectedBy: (change) => change.scope === 'notices' },
};

export const backupsQuestion: Question<BackupInfo[]> = {
  key: 'backups',
  spec: { fetch: () => scholia().backups.list(), affectedBy: (change) => change.scope === 'backups' },
};

/** Changes that can alter search results. */
export const changesSearch = (change: NotebookChange) => change.scope === 'documents' || change.scope === 'passages' || change.scope === 'tags' || change.scope === 'memos';
