/**
 * Every export format's writer, by the format's id: what the export worker
 * runs. Formats are pure functions of the project's data (see format-writer.ts).
 */
import type { ExportFormat } from '../../shared/exports';
import { writeCsv } from './csv-export';
import type { FormatWriter } from './format-writer';
import { writeQdc } from './refi-qda/write-qdc';
import { writeQdpx } from './refi-qda/write-qdpx';
import { writeDocxReport } from './report-docx';
import { writeMarkdownReport } from './report-markdown';
import { writeWebAnnotations } from './web-annotations';
import { writeXlsx } from './xlsx-export';

export const EXPORT_WRITERS: Record<ExportFormat, FormatWriter> = {
  csv: writeCsv,
  xlsx: writeXlsx,
  markdown: writeMarkdownReport,
  docx: writeDocxReport,
  'web-annotation': writeWebAnnotations,
  qdpx: writeQdpx,
  qdc: writeQdc,
};
