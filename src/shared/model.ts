/**
 * The data model shared by main and renderer. Everything here is JSON-safe:
 * dates are ISO strings, offsets are UTF-16 code units into a document's
 * normalized text.
 */
import type { z } from 'zod';
import type {
  AttributeRecordSchema,
  AttributeValueSchema,
  BlockSchema,
  DocumentOriginSchema,
  DocumentRecordSchema,
  DocumentVersionSchema,
  MemoRecordSchema,
  PassageRecordSchema,
  ScrollPositionSchema,
  TagRecordSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
} from './records';

import type { BlockKind } from './block-kinds';

export { BLOCK_KINDS, type BlockKind } from './block-kinds';

/** A half-open range [start, end) of some text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** One typed block of a document: a half-open range of its text. */
export type Block = z.infer<typeof BlockSchema>;
export type DocumentOrigin = z.infer<typeof DocumentOriginSchema>;
/** What the library lists: everything about a document except its body. */
export type DocumentSummary = z.infer<typeof DocumentRecordSchema>;
export type ScrollPosition = z.infer<typeof ScrollPositionSchema>;
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;
export type AttributeValue = z.infer<typeof AttributeValueSchema>;
/** A document variable defined once for the notebook. */
export type Attribute = z.infer<typeof AttributeRecordSchema>;
export type AttributeType = Attribute['type'];
/** A Markdown memo about the project, a document or a tag. */
export type Memo = z.infer<typeof MemoRecordSchema>;
/** What a memo is about: the project (a journal entry), a document or a tag. */
export type MemoAbout = Memo['about'];
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

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
export type Tag = z.infer<typeof TagRecordSchema>;

/** A tag as the codebook lists it: with its full path and how much it is used. */
export interface TagView extends Tag {
  /** Names from the root down, joined by "/": "actors/Kerry". */
  path: string;
  /** Passages that carry this tag itself (not its children). */
  passageCount: number;
  /** Documents where the tag itself occurs: on one of their passages, or as a document tag. */
  documentCount: number;
  /** Distinct passages carrying this tag or any tag inside it. */
  passageTotal: number;
  /** Distinct documents where this tag or any tag inside it occurs. */
  documentTotal: number;
}

/** A marked passage of a document, anchored by W3C Web Annotation selectors. */
export type Passage = z.infer<typeof PassageRecordSchema>;

/** A passage as the reader shows it: where it sits in the current text, or orphaned. */
export interface PlacedPassage extends Passage {
  /** Where the passage is now; null when its text could not be found (it is kept, shown as orphaned). */
  anchor: TextRange | null;
}

/** A passage found through a tag, with what the tag view shows around it. */
export interface TaggedPassage {
  passage: PlacedPassage;
  documentTitle: string;
  before: string;
  after: string;
}

/** What became of a passage in a document's new version. */
export type PassagePlacementStatus = 'unchanged' | 'moved' | 'changed' | 'orphaned';

/** One stretch of the diff between two versions of a text. */
export interface VersionDiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The last change of version of a document, as the review shows it. */
export interface VersionReview {
  documentId: string;
  /** The version the document has now; the one before is `version - 1`. */
  version: number;
  previousTitle: string;
  replacedAt: string;
  /** Twice the kept text over both lengths: 1 for identical texts, near 0 for unrelated ones. */
  similarity: number;
  /** True when part of the diff was too different to align word by word and is shown whole. */
  truncated: boolean;
  segments: VersionDiffSegment[];
  /** Every passage the document had, with what the new version did to it and where it is now. */
  passages: { passage: PlacedPassage; status: PassagePlacementStatus }[];
}

/** What asking for a new version did: replaced the text, or stopped to ask because the texts share little. */
export type NewVersionOutcome = { status: 'replaced'; review: VersionReview } | { status: 'dissimilar'; similarity: number };

/** An earlier version's text, to read. */
export interface EarlierVersion {
  documentId: string;
  version: number;
  title: string;
  text: string;
  blocks: Block[];
}

/** What an undo reverted, to tell the user. */
export interface UndoneChange {
  label: string;
  documentId: string | null;
}

/** An excerpt of a hit's text with the matched words to mark. */
export interface Snippet {
  text: string;
  /** Ranges within `text` to highlight. */
  highlights: TextRange[];
  /** The excerpt was cut at its start / end. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
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
  snippet: Snippet;
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

export interface SearchResultsView {
  groups: SearchGroupView[];
  totalItems: number;
  /** True while the index is still being built: results may be incomplete. */
  indexing: boolean;
}

/** What importing one file or text did. */
export type ImportOutcome =
  /** `sameArticleAs`: a document with the same web address or title but another text, which this may be a new version of. */
  | { status: 'imported'; document: DocumentSummary; sameArticleAs?: DocumentSummary }
  /** The same text is already in the notebook: nothing was added. */
  | { status: 'duplicate'; existing: DocumentSummary };

/**
 * What importing one file did: one outcome per article it held, in the
 * file's order. Most files hold one; a feed or a news database's export holds
 * many, each its own document.
 */
export interface FileImportOutcome {
  articles: ImportOutcome[];
  /** What of the file was left out, and why ("Item 4, “Photos of the day”, … has no text"). */
  notes: string[];
}

/** A verified backup of the notebook. */
export interface BackupInfo {
  id: string;
  createdAt: string;
  /** Why it was made: "daily", "by hand", "before restoring…". */
  reason: string;
  documents: number;
  files: number;
}
