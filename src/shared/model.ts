/**
 * The data model shared by main and renderer. Everything here is JSON-safe:
 * dates are ISO strings, offsets are UTF-16 code units into a document's
 * normalized text.
 */
import type { TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';

export type { TextPositionSelector, TextQuoteSelector };

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
  kind: 'sample' | 'file' | 'clipboard';
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

/** A code of the codebook. Its full name ("actors/Kerry") is derived from its parents. */
export interface Tag {
  id: string;
  /** The tag's own name, without its parents ("Kerry"). */
  name: string;
  parentId: string | null;
  /** A #rrggbb colour used for its highlights. */
  color: string;
  description: string;
  createdAt: string;
}

/** A tag as the codebook lists it: with its full path and how much it is used. */
export interface TagView extends Tag {
  /** Names from the root down, joined by "/": "actors/Kerry". */
  path: string;
  /** Passages that carry this tag itself (not its children). */
  passageCount: number;
  /** Documents tagged with it at document level. */
  documentCount: number;
}

/** A marked passage of a document, anchored by W3C Web Annotation selectors. */
export interface Passage {
  id: string;
  documentId: string;
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  tagIds: string[];
  /** Markdown. */
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** A passage as the reader shows it: where it sits in the current text, or orphaned. */
export interface PlacedPassage extends Passage {
  /** Where the passage is now; null when its text could not be found (it is kept, shown as orphaned). */
  anchor: { start: number; end: number } | null;
}

/** A passage found through a tag, with what the tag view shows around it. */
export interface TaggedPassage {
  passage: PlacedPassage;
  documentTitle: string;
  before: string;
  after: string;
}

/** What an undo reverted, to tell the user. */
export interface UndoneChange {
  label: string;
  documentId: string | null;
}

/** A half-open range [start, end) of some text. */
export interface TextRange {
  start: number;
  end: number;
}

/** One search hit: a document block, a passage or a note. */
export interface SearchHitView {
  kind: 'document' | 'passage' | 'note';
  itemId: string;
  /** The block the match sits in (for passages, the block where the passage starts); null for metadata-only matches. */
  blockIndex: number | null;
  /** That block's kind, so the list can say "paragraph 7" or "headline". */
  blockKind: BlockKind | null;
  /** Ordinal of the block among blocks of its kind, from 1. */
  blockOrdinal: number | null;
  snippet: { text: string; highlights: TextRange[]; truncatedStart: boolean; truncatedEnd: boolean };
  /** The matched words in the document's text, for the reader to light up. */
  ranges: TextRange[];
  /** A passage hit's tags, by full path. */
  tags: string[];
}

export interface SearchGroupView {
  documentId: string | null;
  documentTitle: string;
  hits: SearchHitView[];
}

export interface SearchResponse {
  groups: SearchGroupView[];
  totalItems: number;
  /** True while the index is still being built: results may be incomplete. */
  indexing: boolean;
}

/** What importing one file or text did. */
export type ImportOutcome =
  | { status: 'imported'; document: DocumentSummary }
  /** The same text is already in the notebook: nothing was added. */
  | { status: 'duplicate'; existing: DocumentSummary };

/** A verified backup of the notebook. */
export interface BackupInfo {
  id: string;
  createdAt: string;
  /** Why it was made: "daily", "by hand", "before restoring…". */
  reason: string;
  documents: number;
  files: number;
}
