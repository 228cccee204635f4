import { useMemo, useState } from 'react';
import type { AnalysisMatrix, AnalysisScope, MatrixColumns, MatrixRow, MatrixSplit } from '../../../../shared/analysis';
import type { Attribute } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { attributesQuestion } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { AnalysisChart } from './AnalysisChart';
import { matrixQuestion } from './analysis-questions';
import { saveTable } from './analysis-export';
import { heatmapOption, lineOption, ROW_HEIGHT } from './chart-options';
import { cellKey, CountTable, type CountColumn } from './CountTable';
import type { ChosenCell } from './CellPassageList';
import { RolledToggle } from './RolledToggle';
import { useChartColors } from './use-chart-colors';
import { TagOptions } from '../tags/TagOptions';

interface Props {
  scope: AnalysisScope;
  chosen: string | null;
  onChoose: (cell: ChosenCell) => void;
  codebook: Codebook;
}

/** Codes on the timeline when the user has chosen none: the busiest few. */
const TIMELINE_DEFAULT = 4;

const encode = (columns: MatrixColumns) => (columns.kind === 'attribute' ? `attribute:${columns.attributeId}` : columns.kind);
const decode = (value: string): MatrixColumns => (value.startsWith('attribute:') ? { kind: 'attribute', attributeId: value.slice('attribute:'.length) } : ({ kind: value } as MatrixColumns));

/** Codes × documents, outlets, months or an attribute's values, as a heat map (and for months a timeline) and a table. */
export function MatrixPanel({ scope, chosen, onChoose, codebook }: Props) {
  const [columns, setColumns] = useState<MatrixColumns>({ kind: 'month' });
  const [rolled, setRolled] = useState(true);
  const [timeline, setTimeline] = useState<string[] | null>(null);
  // Rows: one per code, or one code's passages by outlet, month, document or attribute value.
  const [rowsBy, setRowsBy] = useState('codes');
  const [splitTag, setSplitTag] = useState('');
  const splitTagId = codebook.byId.has(splitTag) ? splitTag : (codebook.tags[0]?.id ?? '');
  const split: MatrixSplit | null = rowsBy === 'codes' || !splitTagId ? null : { tagId: splitTagId, by: decode(rowsBy) };
  const attributes = useQuery(attributesQuestion).data ?? [];
  const { colors, palette } = useChartColors();
  const result = useQuery(matrixQuestion(scope, columns, rolled, split));
  const matrix = result.data;
  const rows = useMemo(() => matrix?.rows ?? [], [matrix]);
  const heatmap = useMemo(() => matrix && heatmapOption(matrix.rows.map((r) => r.path), matrix.columns.map((c) => c.label), matrix.rows.map((r) => r.counts), colors), [matrix, colors]);
  const onTimeline = useMemo(() => {
    const busiest = [...rows].sort((a, b) => b.total - a.total).slice(0, TIMELINE_DEFAULT).map((r) => r.key);
    const chosenKeys = (timeline ?? busiest).filter((key) => rows.some((r) => r.key === key));
    return rows.filter((r) => chosenKeys.includes(r.key));
  }, [rows, timeline]);
  const lines = useMemo(() => matrix && lineOption(matrix.columns.map((c) => c.label), onTimeline.map((r) => ({ name: r.path, values: r.counts })), colors, palette), [matrix, onTimeline, colors, palette]);
  const nameOf = (kind: MatrixColumns) => (kind.kind === 'attribute' ? (attributes.find((a) => a.id === kind.attributeId)?.name ?? 'value') : kind.kind);
  const columnName = nameOf(columns);
  const splitPath = split ? (codebook.byId.get(split.tagId)?.path ?? '') : '';
  const rowName = split ? `${nameOf(split.by)} (${splitPath})` : 'code';

  const pick = (row: MatrixRow, index: number) => {
    const column = matrix!.columns[index]!;
    onChoose({
      cell: { kind: 'matrix', columns, column: column.key, tagId: row.tagId, rolled, ...(split ? { split: { by: split.by, row: row.key } } : {}) },
      title: split ? `${splitPath}: ${row.path}, ${column.label}` : `${row.path} in ${column.label}`,
      key: cellKey(row.key, `c${index}`),
    });
  };
  const tableColumns: CountColumn<MatrixRow>[] = matrix
    ? [
        { key: 'code', label: split ? nameOf(split.by).replace(/^./, (c) => c.toUpperCase()) : 'Code', value: (r) => r.path },
        ...matrix.columns.map((column, index) => ({
          key: `c${index}`,
          label: column.label,
          value: (r: MatrixRow) => r.counts[index]!,
          onPick: (r: MatrixRow) => pick(r, index),
          describe: (r: MatrixRow) => `${r.counts[index]!.toLocaleString()} ${r.counts[index] === 1 ? 'passage' : 'passages'}, ${r.path} in ${column.label}: list them`,
        })),
        { key: 'total', label: 'Total', value: (r) => r.total },
      ]
    : [];
  const summary = matrix ? describe(matrix, rowName, columnName) : '';

  return (
    <div className="analysis-panel">
      <div className="analysis-controls">
        <label>
          Columns
          <select value={encode(columns)} onChange={(event) => setColumns(decode(event.target.value))}>
            <ValueOptions attributes={attributes} />
          </select>
        </label>
        <label>
          Rows
          <select value={rowsBy} onChange={(event) => setRowsBy(event.target.value)}>
            <option value="codes">Codes</option>
            <ValueOptions attributes={attributes} />
          </select>
        </label>
        {rowsBy !== 'codes' && (
          <label>
            of the code
            <select value={splitTagId} onChange={(event) => setSplitTag(event.target.value)}>
              <TagOptions tags={codebook.tags} />
            </select>
          </label>
        )}
        <RolledToggle rolled={rolled} onChange={setRolled} />
        <button type="button" className="button-quiet small" disabled={!matrix || rows.length === 0} onClick={() => matrix && void saveTable(tableRows(matrix), `codes by ${columnName}`)}>
          Save table as CSV…
        </button>
      </div>
      {result.error && <p role="alert">{result.error}</p>}
      {matrix && (matrix.cappedRows !== null || matrix.cappedColumns !== null) && (
        <p className="hint" role="note">
          {matrix.cappedRows !== null && `The ${matrix.rows.length} busiest of ${matrix.cappedRows.toLocaleString()} codes are shown. `}
          {matrix.cappedColumns !== null && `${matrix.columns.length} of ${matrix.cappedColumns.toLocaleString()} columns are shown${columns.kind === 'month' ? ' (the latest months)' : ' (the busiest)'}.`}
        </p>
      )}
      {matrix && rows.length > 0 && matrix.columns.length === 0 && <p className="panel-empty">No coded passage in scope.</p>}
      {matrix && heatmap && lines && rows.length > 0 && matrix.columns.length > 0 && (
        <>
          {columns.kind === 'month' && (
            <>
              <label className="timeline-codes">
                {split ? 'Rows on the timeline' : 'Codes on the timeline'}
                <select multiple value={onTimeline.map((r) => r.key)} size={Math.min(6, rows.length)} onChange={(event) => setTimeline([...event.target.selectedOptions].map((o) => o.value))}>
                  {rows.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.path}
                    </option>
                  ))}
                </select>
              </label>
              <AnalysisChart
                option={lines}
                label={`Timeline of passages per month${split ? ` of ${splitPath}` : ''} for ${onTimeline.map((r) => r.path).join(', ') || 'nothing chosen'}. The table below lists every count.`}
                height={320}
                fileName="codes by month, timeline"
                onPick={({ seriesIndex, dataIndex }) => onTimeline[seriesIndex] && pick(onTimeline[seriesIndex], dataIndex)}
              />
            </>
          )}
          <AnalysisChart
            option={heatmap}
            label={summary}
            height={rows.length * ROW_HEIGHT + 150}
            fileName={`codes by ${columnName}`}
            onPick={({ data }) => {
              const [x, y] = data as [number, number];
              if (rows[y]) pick(rows[y], x);
            }}
          />
          <CountTable caption={`Passages of each ${rowName} by ${columnName}`} columns={tableColumns} rows={rows} rowKey={(r) => r.key} picked={chosen} />
        </>
      )}
    </div>
  );
}

/** The kinds of value a matrix's columns, or a split's rows, can be. */
function ValueOptions({ attributes }: { attributes: readonly Attribute[] }) {
  return (
    <>
      <option value="month">Months published</option>
      <option value="outlet">Outlets</option>
      <option value="document">Documents</option>
      {attributes.map((attribute) => (
        <option key={attribute.id} value={`attribute:${attribute.id}`}>
          Attribute: {attribute.name}
        </option>
      ))}
    </>
  );
}

function describe(matrix: AnalysisMatrix, rowName: string, columnName: string): string {
  let best = { count: 0, text: 'none' };
  matrix.rows.forEach((row) => row.counts.forEach((count, i) => count > best.count && (best = { count, text: `${row.path} in ${matrix.columns[i]!.label}, ${count}` })));
  return `Heat map of passages by ${rowName} (${matrix.rows.length} rows) and ${columnName} (${matrix.columns.length} columns). Largest: ${best.text}. The table below lists every count.`;
}

const tableRows = (matrix: AnalysisMatrix): (string | number)[][] => [
  ['row', ...matrix.columns.map((c) => c.label), 'total'],
  ...matrix.rows.map((r) => [r.path, ...r.counts, r.total]),
];
