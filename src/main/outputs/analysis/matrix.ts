/**
 * Code × column matrices: for each code, how many of its passages stand in
 * the documents of each column — each document, each outlet, each month of
 * publication or each value of an attribute, with documents that have none
 * in a column of their own. Cut to ANALYSIS_LIMITS, saying so.
 */
import { ANALYSIS_LIMITS, type AnalysisMatrix, type MatrixColumn, type MatrixColumns } from '../../../shared/analysis';
import type { AttributeValue } from '../../../shared/model';
import type { AnalysisDataset, StoredDocument } from './analysis-dataset';
import { codeRows, documentsInScope, rowsByTag, RowCollector, type WorkerScope } from './analysis-scope';

export interface MatrixRequest {
  scope: WorkerScope;
  columns: MatrixColumns;
  rolled: boolean;
  tagIds?: string[];
}

/** The column a document falls in: "" when it has no date, outlet or value. */
export function columnKeyOf(document: StoredDocument, columns: MatrixColumns): string {
  switch (columns.kind) {
    case 'document':
      return document.id;
    case 'outlet':
      return document.outlet.trim();
    case 'month':
      return document.published?.slice(0, 7) ?? '';
    case 'attribute':
      return valueKey(document.attributes[columns.attributeId]);
  }
}

const valueKey = (value: AttributeValue | undefined): string => (value === undefined || value === '' ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

const NONE_LABEL: Record<MatrixColumns['kind'], string> = { document: '', outlet: 'No outlet', month: 'No date', attribute: 'No value' };

export function matrix(dataset: AnalysisDataset, request: MatrixRequest): AnalysisMatrix {
  const { scope, columns, rolled } = request;
  const allRows = codeRows(dataset.tags, scope.tagId, request.tagIds);
  const collector = new RowCollector(rowsByTag(dataset, allRows, rolled), allRows.length);
  const width = allRows.length;
  const byKey = new Map<string, { counts: Int32Array; total: number; label: string }>();
  for (const document of documentsInScope(dataset, scope)) {
    const key = columnKeyOf(document, columns);
    let column = byKey.get(key);
    for (const passage of document.passages) {
      const n = collector.collect(passage.codes);
      if (n === 0) continue;
      if (!column) byKey.set(key, (column = { counts: new Int32Array(width), total: 0, label: key === '' ? NONE_LABEL[columns.kind] : columns.kind === 'document' ? document.title : key }));
      for (let k = 0; k < n; k += 1) column.counts[collector.found[k]!]! += 1;
      column.total += 1;
    }
  }
  if (columns.kind === 'month') fillMonths(byKey, width);
  const ordered = orderColumns([...byKey.entries()], columns.kind);
  const kept = ordered.length > ANALYSIS_LIMITS.columns ? keepColumns(ordered, columns.kind) : ordered;
  const rowTotals = allRows.map((_, row) => kept.reduce((sum, [, column]) => sum + column.counts[row]!, 0));
  // Codes with nothing in scope are left out, unless the user named them.
  const candidates = allRows.map((_, i) => i).filter((i) => request.tagIds !== undefined || rowTotals[i]! > 0);
  // Past the limit, the busiest codes stay, in path order.
  const rowIndices =
    candidates.length > ANALYSIS_LIMITS.rows ? [...candidates].sort((a, b) => rowTotals[b]! - rowTotals[a]! || a - b).slice(0, ANALYSIS_LIMITS.rows).sort((a, b) => a - b) : candidates;
  const out: MatrixColumn[] = kept.map(([key, column]) => ({ key, label: column.label }));
  return {
    columns: out,
    rows: rowIndices.map((row) => ({ tagId: allRows[row]!.id, path: allRows[row]!.path, counts: kept.map(([, column]) => column.counts[row]!), total: rowTotals[row]! })),
    rolled,
    cappedRows: candidates.length > rowIndices.length ? candidates.length : null,
    cappedColumns: ordered.length > kept.length ? ordered.length : null,
  };
}

type Entry = [string, { counts: Int32Array; total: number; label: string }];

/** Months with nothing coded between the first and the last get a column too, so a timeline has no gaps. */
function fillMonths(byKey: Map<string, Entry[1]>, width: number): void {
  const months = [...byKey.keys()].filter((key) => key !== '').sort();
  if (months.length < 2) return;
  const [firstYear, firstMonth] = months[0]!.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = months[months.length - 1]!.split('-').map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + lastMonth - firstMonth;
  if (span >= ANALYSIS_LIMITS.columns * 4) return;
  for (let step = 0; step <= span; step += 1) {
    const index = firstMonth - 1 + step;
    const key = `${firstYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (!byKey.has(key)) byKey.set(key, { counts: new Int32Array(width), total: 0, label: key });
  }
}

/** Months in time order; outlets and documents busiest first; values in natural order; the "none" column last. */
const NATURAL = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function orderColumns(entries: Entry[], kind: MatrixColumns['kind']): Entry[] {
  const natural = (a: Entry, b: Entry) => NATURAL.compare(a[1].label, b[1].label) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const compare =
    kind === 'month' ? (a: Entry, b: Entry) => (a[0] < b[0] ? -1 : 1) : kind === 'attribute' ? natural : (a: Entry, b: Entry) => b[1].total - a[1].total || natural(a, b);
  return entries.sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || compare(a, b));
}

/** Past the limit: the latest months, or the busiest columns (in their order), and always the "none" column. */
function keepColumns(ordered: Entry[], kind: MatrixColumns['kind']): Entry[] {
  const none = ordered.filter(([key]) => key === '');
  const rest = ordered.filter(([key]) => key !== '');
  const room = ANALYSIS_LIMITS.columns - none.length;
  if (kind === 'month') return [...rest.slice(-room), ...none];
  const busiest = new Set([...rest].sort((a, b) => b[1].total - a[1].total).slice(0, room));
  return [...rest.filter((entry) => busiest.has(entry)), ...none];
}
