/**
 * What can leave Scholia, and how much of the notebook goes with it: the
 * formats the Export dialog offers and the scopes it can choose. Types and
 * plain data only, shared by main and the renderer.
 */
import type { LibraryQuery } from './library-query';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'markdown', 'docx', 'web-annotation', 'qdpx', 'qdc'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  label: string;
  /** What the file is for, in the user's words. */
  description: string;
  extension: string;
  /** A report, which can be ordered by tag or by document. */
  report: boolean;
  /** The codebook alone: the scope does not apply. */
  codebookOnly: boolean;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  csv: { label: 'CSV', description: 'Coded passages, one row per passage and tag, for spreadsheets and statistics tools', extension: 'csv', report: false, codebookOnly: false },
  xlsx: { label: 'Excel workbook', description: 'Passages, documents, codebook and memos on sheets of their own', extension: 'xlsx', report: false, codebookOnly: false },
  markdown: { label: 'Report (Markdown)', description: 'Quotations with citations, notes and memos, as plain text', extension: 'md', report: true, codebookOnly: false },
  docx: { label: 'Report (Word)', description: 'Quotations with citations, notes and memos, with headings to navigate by', extension: 'docx', report: true, codebookOnly: false },
  'web-annotation': { label: 'W3C Web Annotations', description: 'JSON-LD that annotation tools such as Hypothesis read', extension: 'jsonld', report: false, codebookOnly: false },
  qdpx: { label: 'REFI-QDA project', description: 'The whole project for NVivo, ATLAS.ti, MAXQDA or QualCoder', extension: 'qdpx', report: false, codebookOnly: false },
  qdc: { label: 'REFI-QDA codebook', description: 'The codebook alone, with hierarchy, colours and descriptions', extension: 'qdc', report: false, codebookOnly: true },
};

/** How much of the notebook an export takes. */
export type ExportScope =
  | { kind: 'all' }
  /** The documents the library's filter finds. */
  | { kind: 'filter'; query: LibraryQuery }
  /** The passages of a tag and the tags inside it, with their documents. */
  | { kind: 'tag'; tagId: string }
  | { kind: 'document'; documentId: string };

/** What an export wrote. */
export interface ExportReport {
  fileName: string;
  format: ExportFormat;
  documents: number;
  passages: number;
  bytes: number;
}

/** How far a long job (an export, a project import) has come, so the dialog can show it. */
export interface JobProgress {
  jobId: string;
  /** What it is doing now, in the user's words: "Reading documents", "Writing the file". */
  step: string;
  /** From 0 to 1. */
  fraction: number;
}

/** What importing a REFI-QDA project or codebook brought into the notebook. */
export interface ProjectImportReport {
  fileName: string;
  /** Documents added, and documents whose text the notebook held already (the file's codings landed on them). */
  documents: number;
  matched: number;
  passages: number;
  /** Tags, attributes and memos added (tags and attributes the notebook had are reused). */
  tags: number;
  attributes: number;
  memos: number;
  /** What the file holds that Scholia cannot, in the user's words: "2 picture sources", "1 code set". */
  skipped: string[];
}
