/**
 * Every export format's writer, by the format's id: what the export worker
 * runs. Formats are pure functions of the project's data (see format-writer.ts).
 * The writers built on large libraries (exceljs, docx, jszip, marked) are
 * loaded at their first export, so opening a notebook does not pay for them.
 */
import type { ExportFormat } from '../../shared/exports';
import { writeCsv } from './csv-export';
import type { FormatWriter } from './format-writer';
import { writeQdc } from './refi-qda/write-qdc';
import { writeWebAnnotations } from './web-annotations';

const loadedWhenUsed =
  (load: () => Promise<FormatWriter>): FormatWriter =>
  async (project, options, progress) =>
    (await load())(project, options, progress);

export const EXPORT_WRITERS: Record<ExportFormat, FormatWriter> = {
  csv: writeCsv,
  xlsx: loadedWhenUsed(async () => (await import('./xlsx-export')).writeXlsx),
  markdown: loadedWhenUsed(async () => (await import('./report-markdown')).writeMarkdownReport),
  docx: loadedWhenUsed(async () => (await import('./report-docx')).writeDocxReport),
  'web-annotation': writeWebAnnotations,
  qdpx: loadedWhenUsed(async () => (await import('./refi-qda/write-qdpx')).writeQdpx),
  qdc: writeQdc,
};
