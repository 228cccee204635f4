/**
 * What the Analysis view asks of main and what it gets back: code
 * frequencies, code × column matrices, co-occurrence and the passages
 * behind any count. Types and limits only, shared by main and the renderer;
 * the input schemas are in analysis-inputs.ts.
 */
import type { LibraryFilter } from './library-query';

/** Bounds that keep every answer small enough to cross the bridge at once; an answer says when it was cut. */
export const ANALYSIS_LIMITS = {
  /** Codes (rows) of a matrix. */
  rows: 200,
  /** Columns of a matrix: twenty years of months fit. */
  columns: 240,
  /** Codes of a co-occurrence matrix (its cells grow with the square). */
  cooccurrenceTags: 80,
  /** Passages listed for one cell. */
  cellPassages: 500,
  /** Codes a request may name. */
  chosenTags: 200,
} as const;

/** Which documents are analysed: the library's filter, a code and the codes inside it, a published-date range. */
export interface AnalysisScope {
  /** The library list's filter; documents it does not match are left out. */
  filter?: LibraryFilter;
  /** Only this code and the codes inside it are counted. */
  tagId?: string;
  /** Published on or after / on or before this day ("2016-05-04"); a document with no date is then left out. */
  publishedFrom?: string;
  publishedTo?: string;
}

/** What a matrix's columns are: each document, its outlet, the month it was published, or an attribute's value. */
export type MatrixColumns = { kind: 'document' } | { kind: 'outlet' } | { kind: 'month' } | { kind: 'attribute'; attributeId: string };

/** One code's passages split into rows by the same kinds of value ("how often each outlet quotes Kerry, month by month"). */
export interface MatrixSplit {
  tagId: string;
  by: MatrixColumns;
}

/**
 * What two codes co-occur in:
 * - overlap: a pair of passages of one document whose ranges intersect (a passage carrying both codes is such a pair with itself);
 * - block: a paragraph (any block of the text) that passages with each code both reach into;
 * - document: a document where both codes occur, on a passage or as a document tag.
 */
export type CooccurrenceUnit = 'overlap' | 'block' | 'document';

export interface CodeCounts {
  passages: number;
  /** Documents with a passage carrying the code, or carrying it as a document tag. */
  documents: number;
  /** Words of those passages' text, each passage once. */
  words: number;
}

export interface FrequencyRow {
  tagId: string;
  path: string;
  parentId: string | null;
  /** The code itself. */
  own: CodeCounts;
  /** The code and every code inside it: distinct passages and documents, never sums of the children. */
  rolled: CodeCounts;
}

export interface Frequencies {
  /** By path, parents before their children. */
  rows: FrequencyRow[];
  /** Documents in scope. */
  documents: number;
  /** Passages in scope carrying any counted code. */
  passages: number;
}

export interface MatrixColumn {
  /** What a cell request names; "" is the column of documents with no value (no date, no outlet). */
  key: string;
  label: string;
}

export interface MatrixRow {
  /** The code's id, or for a split matrix the value's key ("" for none). */
  key: string;
  /** The code counted. */
  tagId: string;
  /** What the row is called: the code's path, or the value ("Reuters", "2016-05", "No outlet"). */
  path: string;
  /** Passages of the code in each column's documents (and in the row's, when split), in column order. */
  counts: number[];
  total: number;
}

export interface AnalysisMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Whether a row counts the codes inside it too. */
  rolled: boolean;
  /** How many rows and columns there were before the limits cut them (null: nothing was cut). */
  cappedRows: number | null;
  cappedColumns: number | null;
}

export interface Cooccurrence {
  unit: CooccurrenceUnit;
  tags: { tagId: string; path: string }[];
  /** Symmetric; counts[i][j] is the number of units where both codes occur, counts[i][i] those where code i does. */
  counts: number[][];
  rolled: boolean;
  /** How many codes there were before the limit cut them (null: nothing was cut). */
  capped: number | null;
}

/** The count a user clicked, to list the passages behind it. */
export type AnalysisCell =
  | { kind: 'code'; tagId: string; rolled: boolean }
  | { kind: 'matrix'; columns: MatrixColumns; column: string; tagId: string; rolled: boolean; split?: { by: MatrixColumns; row: string } }
  | { kind: 'pair'; unit: CooccurrenceUnit; a: string; b: string; rolled: boolean };

export interface CellPassage {
  passageId: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  tagIds: string[];
}

export interface CellPassages {
  /** In document order, then text order; at most ANALYSIS_LIMITS.cellPassages. */
  passages: CellPassage[];
  total: number;
}

/** What Scholia writes when the user exports a chart or a table. */
export type AnalysisFileKind = 'svg' | 'png' | 'csv';

/** What saving wrote: the file's name as chosen, and its size. */
export interface AnalysisSaveReport {
  fileName: string;
  bytes: number;
}
