/**
 * Code × column matrices: for each code, how many of its passages stand in
 * the documents of each column — each document, each outlet, each month of
 * publication or each value of an attribute, with documents that have none
 * in a column of their own. Cut to ANALYSIS_LIMITS, saying so.
 */
import { ANALYSIS_LIMITS, type AnalysisMatrix, type MatrixColumn, type MatrixColumns, type MatrixSplit } from '../../../shared/analysis';
import type { AttributeValue } from '../../../shared/model';
import type { AnalysisDataset, StoredDocument, StoredPassage } from './analysis-dataset';
import { codeRows, documentsInScope, rowsByTag, RowCollector, type WorkerScope } from './analysis-scope';

export interface MatrixRequest {
  scope: WorkerScope;
  columns: MatrixColumns;
  rolled: boolean;
  tagIds?: string[];
  /** Rows of one code's passages by the documents' outlet, month, attribute value or document, instead of a row per code. */
  split?: MatrixSplit;
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

/** Where a matrix's rows come from: the codes, or the values (outlets, months…) of the documents holding one code. */
interface RowSource {
  rows: { key: string; label: string; tagId: string }[];
  /** Calls `take` with each row a passage of `document` counts towards. */
  visit(document: StoredDocument, passage: StoredPassage, take: (row: number) => void): void;
  /** Rows the user named are kept even when empty. */
  named: boolean;
}

function codeSource(dataset: AnalysisDataset, request: MatrixRequest): RowSource {
  const tags = codeRows(dataset.tags, request.scope.tagId, request.tagIds);
  const collector = new RowCollector(rowsByTag(dataset, tags, request.rolled), tags.length);
  return {
    rows: tags.map((tag) => ({ key: tag.id, label: tag.path, tagId: tag.id })),
    visit: (_document, passage, take) => {
      const n = collector.collect(passage.codes);
      for (let k = 0; k < n; k += 1) take(collector.found[k]!);
    },
    named: request.tagIds !== undefined,
  };
}

function valueSource(dataset: AnalysisDataset, split: MatrixSplit, rolled: boolean): RowSource {
  const tag = dataset.tags.filter((t) => t.id === split.tagId);
  const collector = new RowCollector(rowsByTag(dataset, tag, rolled), tag.length);
  const index = new Map<string, number>();
  const rows: RowSource['rows'] = [];
  return {
    rows,
    visit: (document, passage, take) => {
      if (collector.collect(passage.codes) === 0) return;
      const key = columnKeyOf(document, split.by);
      let row = index.get(key);
      if (row === undefined) {
        index.set(key, (row = rows.length));
        rows.push({ key, label: labelOf(key, split.by, document), tagId: split.tagId });
      }
      take(row);
    },
    named: false,
  };
}

const labelOf = (key: string, kind: MatrixColumns, document: StoredDocument) => (key === '' ? NONE_LABEL[kind.kind] : kind.kind === 'document' ? document.title : key);

export function matrix(dataset: AnalysisDataset, request: MatrixRequest): AnalysisMatrix {
  const { scope, columns, rolled } = request;
  const source = request.split ? valueSource(dataset, request.split, rolled) : codeSource(dataset, request);
  const byKey = new Map<string, Column>();
  for (const document of documentsInScope(dataset, scope)) {
    const key = columnKeyOf(document, columns);
    let column = byKey.get(key);
    for (const passage of document.passages) {
      let counted = false;
      source.visit(document, passage, (row) => {
        if (!column) byKey.set(key, (column = { counts: [], total: 0, label: labelOf(key, columns, document) }));
        column.counts[row] = (column.counts[row] ?? 0) + 1;
        counted = true;
      });
      if (counted) column!.total += 1;
    }
  }
  if (columns.kind === 'month') fillMonths(byKey);
  const ordered = orderColumns([...byKey.entries()], columns.kind);
  const kept = ordered.length > ANALYSIS_LIMITS.columns ? keepColumns(ordered, columns.kind) : ordered;
  const allRows = source.rows;
  const rowTotals = allRows.map((_, row) => kept.reduce((sum, [, column]) => sum + (column.counts[row] ?? 0), 0));
  // Rows with nothing in scope are left out, unless the user named them.
  let candidates = allRows.map((_, i) => i).filter((i) => source.named || rowTotals[i]! > 0);
  // Values split by are ordered as columns of their kind would be.
  if (request.split) {
    const rowOf = new Map<Entry, number>();
    const entries = candidates.map((i) => {
      const entry: Entry = [allRows[i]!.key, { counts: [], total: rowTotals[i]!, label: allRows[i]!.label }];
      rowOf.set(entry, i);
      return entry;
    });
    candidates = orderColumns(entries, request.split.by.kind).map((entry) => rowOf.get(entry)!);
  }
  // Past the limit, the busiest rows stay, in their order.
  const rank = new Map(candidates.map((row, i) => [row, i]));
  const rowIndices =
    candidates.length > ANALYSIS_LIMITS.rows ? [...candidates].sort((a, b) => rowTotals[b]! - rowTotals[a]! || rank.get(a)! - rank.get(b)!).slice(0, ANALYSIS_LIMITS.rows).sort((a, b) => rank.get(a)! - rank.get(b)!) : candidates;
  const out: MatrixColumn[] = kept.map(([key, column]) => ({ key, label: column.label }));
  return {
    columns: out,
    rows: rowIndices.map((row) => ({ key: allRows[row]!.key, tagId: allRows[row]!.tagId, path: allRows[row]!.label, counts: kept.map(([, column]) => column.counts[row] ?? 0), total: rowTotals[row]! })),
    rolled,
    cappedRows: candidates.length > rowIndices.length ? candidates.length : null,
    cappedColumns: ordered.length > kept.length ? ordered.length : null,
  };
}

/** A column as it is counted: passages by row (sparse: a row it has none of is absent). */
interface Column {
  counts: number[];
  total: number;
  label: string;
}

type Entry = [string, Column];

/** Months with nothing coded between the first and the last get a column too, so a timeline has no gaps. */
function fillMonths(byKey: Map<string, Column>): void {
  const months = [...byKey.keys()].filter((key) => key !== '').sort();
  if (months.length < 2) return;
  const [firstYear, firstMonth] = months[0]!.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = months[months.length - 1]!.split('-').map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + lastMonth - firstMonth;
  if (span >= ANALYSIS_LIMITS.columns * 4) return;
  for (let step = 0; step <= span; step += 1) {
    const index = firstMonth - 1 + step;
    const key = `${firstYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (!byKey.has(key)) byKey.set(key, { counts: [], total: 0, label: key });
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
