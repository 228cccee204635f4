/**
 * The data model shared by main and renderer. Everything here is JSON-safe:
 * dates are ISO strings, offsets are UTF-16 code units into a document's
 * normalized text.
 */

export const BLOCK_KINDS = [
  'title',
  'standfirst',
  'byline',
  'caption',
  'heading',
  'paragraph',
  'quote',
  'list-item',
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** One typed block of a document: a half-open range [start, end) of its text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** Where a document came from, kept so the user can always trace it back. */
export interface DocumentOrigin {
  kind: 'sample' | 'file';
  fileName: string;
  importedAt: string;
}

/** What the library lists: everything about a document except its body. */
export interface DocumentSummary {
  id: string;
  title: string;
  source: string;
  byline: string | null;
  addedAt: string;
  publishedAt: string | null;
  wordCount: number;
  contentHash: string;
  tags: string[];
  origin: DocumentOrigin;
}

/** Where the reader was in a document: the block at the top of the view and how far into it. */
export interface ScrollPosition {
  blockIndex: number;
  /** 0 = the block's top edge at the top of the view, 1 = its bottom edge. */
  fraction: number;
}

/** A document as the reader needs it: its summary, its immutable body, and where the reader left it. */
export interface DocumentView extends DocumentSummary {
  text: string;
  blocks: Block[];
  position: ScrollPosition | null;
}

export interface ReadingPosition extends ScrollPosition {
  documentId: string;
}

export interface Session {
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
}

export type NoticeLevel = 'info' | 'warning' | 'error';

/** Something the user must be told about, such as a recovered notebook file. */
export interface Notice {
  id: string;
  level: NoticeLevel;
  message: string;
  createdAt: string;
}
