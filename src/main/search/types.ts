/**
 * What the search engine indexes and what it answers. Everything here is
 * JSON-safe so it can cross a worker boundary unchanged. Offsets are UTF-16
 * code units into the owning document's normalized text.
 */
import type { Block, Snippet, TextRange } from '../../shared/model';

export type { Snippet, TextRange };

/** A document as the engine needs it; a DocumentView fits this shape. */
export interface IndexableDocument {
  id: string;
  title: string;
  byline: string | null;
  text: string;
  blocks: Block[];
  /** Hash of the immutable body, so a fingerprint can be computed without reading bodies. */
  contentHash: string;
}

/** A marked passage; its quoted text is the owning document's text.slice(start, end). */
export interface IndexablePassage {
  id: string;
  documentId: string;
  start: number;
  end: number;
  note: string;
  /** Full hierarchical tag names, e.g. "actors/Zarif". */
  tags: string[];
}

export interface IndexableNote {
  id: string;
  documentId: string | null;
  passageId: string | null;
  text: string;
}

export type ItemKind = 'document' | 'passage' | 'note';

/** One item to index, tagged by kind so a batch can mix kinds. */
export type IndexableItem =
  | { kind: 'document'; item: IndexableDocument }
  | { kind: 'passage'; item: IndexablePassage }
  | { kind: 'note'; item: IndexableNote };

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** The indexed fields a query can name, as in `title:kerry`. */
export const SEARCH_FIELDS = ['title', 'byline', 'body', 'quote', 'note', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchHit {
  documentId: string | null;
  kind: ItemKind;
  itemId: string;
  /** For document hits: the block the match sits in; null when the match is only in metadata. */
  blockIndex: number | null;
  score: number;
  snippet: Snippet;
  /** Matched words as ranges of the document's text, for the reader to light up. */
  ranges: TextRange[];
  /** For passage hits: the passage's tags. */
  tags?: string[];
}

export interface SearchResultGroup {
  /** null groups the notes that belong to no document. */
  documentId: string | null;
  score: number;
  hits: SearchHit[];
}

export interface SearchResult {
  groups: SearchResultGroup[];
  /** Matching items before the limit was applied. */
  totalItems: number;
}

export interface SearchOptions {
  /** Most items (documents, passages, notes) to return; block hits of one document count once. */
  limit?: number;
  /** Most block hits per document. */
  blocksPerDocument?: number;
}
