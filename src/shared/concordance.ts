/**
 * Every match of a query across the notebook's documents, each with the words
 * around it: what the concordance shows and what "Code all hits" proposes.
 * Offsets are UTF-16 code units into the document's text, as passages use.
 */
import type { Block } from './model';

/** What each match becomes: the matched words, or the sentence or paragraph around them. */
export type HitUnit = 'words' | 'sentence' | 'paragraph';
export const HIT_UNITS = ['words', 'sentence', 'paragraph'] as const satisfies readonly HitUnit[];

export const OCCURRENCES_DEFAULT_LIMIT = 5_000;
/** As many as one passages:codeMany batch takes. */
export const OCCURRENCES_MAX_LIMIT = 20_000;
export const CONTEXT_DEFAULT_CHARS = 60;
export const CONTEXT_MAX_CHARS = 300;

/** One match as the search worker finds it, before main adds what the library knows of its document. */
export interface FoundOccurrence {
  documentId: string;
  blockIndex: number;
  blockKind: Block['kind'];
  start: number;
  end: number;
  /** The words before, cut at a word boundary within the block, on one line. */
  left: string;
  /** The document's text from start to end. */
  match: string;
  right: string;
}

export interface Occurrence extends FoundOccurrence {
  headline: string;
  outlet: string;
  /** ISO date, or null when the article carries none. */
  published: string | null;
}

export interface OccurrenceList<T = Occurrence> {
  /** Documents in a stable order, matches in text order within each. */
  occurrences: T[];
  /** Every match in the notebook's documents, including those past the limit. */
  total: number;
  /** Whether some rows were left out at the limit. */
  truncated: boolean;
}

export const CONCORDANCE_SORTS = ['document', 'left', 'match', 'right'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];
