/**
 * Saving a chart or table of the Analysis view: main asks the user where
 * (the renderer never names a path), then writes the file durably — a
 * unique temp file, fsync, rename — so a crash leaves the old file or the
 * whole new one, never half of it.
 */
import { basename } from 'node:path';
import type { AnalysisFileKind, AnalysisSaveReport } from '../../../shared/analysis';
import { writeDurably } from '../../store/durable-write';
import { tableCsv } from './table-csv';

/** What `analysis:save` takes, as its schema leaves it: a chart's SVG text or PNG bytes, or a table's rows. */
export type AnalysisFile =
  | { kind: 'svg'; suggestedName: string; data: string }
  | { kind: 'png'; suggestedName: string; data: string }
  | { kind: 'csv'; suggestedName: string; rows: (string | number)[][] };

/** What the save dialog shows (the shape of the desktop's FileChoice). */
interface SaveChoice {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** The desktop's save dialog: a path, or null when the user cancelled. */
export type ChooseSavePath = (suggestedName: string, choice: SaveChoice) => Promise<string | null>;

const CHOICES: Record<AnalysisFileKind, SaveChoice> = {
  svg: { title: 'Save chart as SVG', filters: [{ name: 'SVG image', extensions: ['svg'] }] },
  png: { title: 'Save chart as PNG', filters: [{ name: 'PNG image', extensions: ['png'] }] },
  csv: { title: 'Save table as CSV', filters: [{ name: 'CSV table', extensions: ['csv'] }] },
};

/** The name offered in the dialog, with the kind's extension. */
export function suggestedFileName(name: string, kind: AnalysisFileKind): string {
  const stem = name.replace(/\.(svg|png|csv)$/i, '').trim() || 'analysis';
  return `${stem}.${kind}`;
}

/** The bytes a file of this kind holds. */
export function analysisFileBytes(file: AnalysisFile): Buffer {
  if (file.kind === 'png') return Buffer.from(file.data, 'base64');
  return Buffer.from(file.kind === 'csv' ? tableCsv(file.rows) : file.data, 'utf8');
}

/** Writes `file` at `target`, durably. */
export async function writeAnalysisFile(target: string, file: AnalysisFile): Promise<AnalysisSaveReport> {
  const bytes = analysisFileBytes(file);
  await writeDurably(target, bytes);
  return { fileName: basename(target), bytes: bytes.byteLength };
}

/** Asks where to save, then writes; null when the user cancelled. */
export async function saveAnalysisFile(chooseSavePath: ChooseSavePath, file: AnalysisFile): Promise<AnalysisSaveReport | null> {
  const target = await chooseSavePath(suggestedFileName(file.suggestedName, file.kind), CHOICES[file.kind]);
  return target === null ? null : writeAnalysisFile(target, file);
}
