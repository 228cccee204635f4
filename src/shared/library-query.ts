/**
 * How the library list asks for documents: a sort and a filter, answered by
 * main a page at a time, so a hundred thousand documents never cross the
 * bridge at once. Types only, shared by main and the renderer.
 */
import type { AttributeValue, DocumentSummary } from './model';

export const LIBRARY_SORT_KEYS = ['added', 'published', 'title', 'outlet', 'passages'] as const;
export type LibrarySortKey = (typeof LIBRARY_SORT_KEYS)[number];

export interface LibraryFilter {
  /** Words that must all stand in the title (case and accents aside). */
  words?: string;
  /** Documents tagged with it or its children, or holding a passage that is. */
  tagId?: string;
  /** The outlet, as the library lists it. */
  outlet?: string;
  /** Published on or after / on or before this day ("2016-05-04"). */
  publishedFrom?: string;
  publishedTo?: string;
  /** An attribute's value; null finds the documents where it is not set. */
  attribute?: { id: string; value: AttributeValue | null };
  /** True: documents with at least one passage; false: documents not coded yet. */
  coded?: boolean;
}

export interface LibraryQuery {
  sort: LibrarySortKey;
  descending: boolean;
  filter: LibraryFilter;
}

/** The order a new notebook lists its documents in: newest first, nothing filtered. */
export const DEFAULT_LIBRARY_QUERY: LibraryQuery = { sort: 'added', descending: true, filter: {} };

/** A document as the library lists it. */
export interface ListedDocument extends DocumentSummary {
  passageCount: number;
}

/** One page of a library query's answer. */
export interface LibraryPage {
  /** Documents the query matches. */
  total: number;
  /** Documents in the library, matched or not. */
  libraryTotal: number;
  offset: number;
  documents: ListedDocument[];
}

/** An outlet the library holds, for the filter's list. */
export interface OutletCount {
  name: string;
  documents: number;
}

/** Most documents one page answers with. */
export const LIBRARY_PAGE_LIMIT = 500;

/** Most documents one call may name (a selection of the whole library, bulk changes). */
export const MAX_SELECTION = 100_000;
