/** Shared text: paragraphs that stand, identical or nearly so, in several documents (wire copy, a press release, a statement quoted everywhere). */

/** Links shown per paragraph at most; the rest are counted ("and 12 more"). */
export const SHARED_LINK_LIMIT = 20;
/** Copies of one paragraph listed for coding them all at once, at most. */
export const SHARED_COPIES_LIMIT = 1_000;

/** Another document's copy of a paragraph. */
export interface SharedCopy {
  documentId: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  /** The block in that document that holds the copy, and its range in that document's text. */
  blockIndex: number;
  start: number;
  end: number;
  /** 1 for the same words; at least 0.7 (see the README's "Shared text"). */
  similarity: number;
}

/** A copy as listed for coding: its text too (cut at SHARED_COPY_TEXT_CHARS), so it can be read before it is coded. */
export interface SharedCopyText extends SharedCopy {
  text: string;
}

/** The text of a copy shown for review is cut here; the passage coded is the whole paragraph. */
export const SHARED_COPY_TEXT_CHARS = 600;

/** A paragraph of the open document that stands in other documents too. */
export interface SharedBlock {
  blockIndex: number;
  /** How many other documents hold a copy; `copies` lists at most SHARED_LINK_LIMIT of them, best first. */
  documents: number;
  copies: SharedCopy[];
}

export interface SharedForDocument {
  /** False while the notebook is still being compared for the first time. */
  ready: boolean;
  blocks: SharedBlock[];
}

/** A group of copies of one paragraph across the notebook. */
export interface SharedCluster {
  documents: number;
  paragraphs: number;
  /** The opening words of one copy, to recognise it by. */
  excerpt: string;
  /** The outlets that printed it, most frequent first, and the first and last publication dates (ISO), over every copy. */
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  /** Some of its copies (the first SHARED_CLUSTER_MEMBERS), to open; `documents` says how many there are. */
  members: { documentId: string; title: string; outlet: string; publishedAt: string | null; blockIndex: number }[];
}

/** The notebook's shared text as a whole. */
export interface SharedOverview {
  /** False while the notebook is still being compared for the first time: the clusters are those found so far. */
  ready: boolean;
  /** The most widely shared first, at most SHARED_CLUSTER_LIMIT. */
  clusters: SharedCluster[];
}

export const SHARED_CLUSTER_LIMIT = 100;

/** Copies of a cluster listed in the overview; coding them all reaches every one. */
export const SHARED_CLUSTER_MEMBERS = 12;

/** Main tells the renderer which documents' shared text changed ('all' after a first comparison or a large change). */
export interface SharedTextChanged {
  documentIds: string[] | 'all';
}
