import { useMemo, useState } from 'react';
import type { AnalysisScope, CodeCounts, FrequencyRow } from '../../../../shared/analysis';
import { useQuery } from '../../data/use-query';
import { AnalysisChart } from './AnalysisChart';
import { frequenciesQuestion } from './analysis-questions';
import { saveTable } from './analysis-export';
import { barOption, ROW_HEIGHT } from './chart-options';
import { cellKey, CountTable, type CountColumn } from './CountTable';
import type { ChosenCell } from './CellPassageList';
import { RolledToggle } from './RolledToggle';
import { useChartColors } from './use-chart-colors';
import { countOf } from '../../data/count-words';

type Measure = keyof CodeCounts;
const MEASURES: { key: Measure; label: string }[] = [
  { key: 'passages', label: 'Passages' },
  { key: 'documents', label: 'Documents' },
  { key: 'words', label: 'Coded words' },
];

interface Props {
  scope: AnalysisScope;
  chosen: string | null;
  onChoose: (cell: ChosenCell) => void;
}

const depthOf = (row: FrequencyRow) => row.path.split('/').length - 1;

/** Per code: passages, documents and coded words, its own and with the codes inside it; a bar chart of one of them. */
export function FrequenciesPanel({ scope, chosen, onChoose }: Props) {
  const [measure, setMeasure] = useState<Measure>('passages');
  const [rolled, setRolled] = useState(true);
  const { colors } = useChartColors();
  const result = useQuery(frequenciesQuestion(scope));
  const rows = useMemo(() => result.data?.rows ?? [], [result.data]);
  const measureLabel = MEASURES.find((m) => m.key === measure)!.label.toLowerCase();
  const option = useMemo(() => barOption(rows.map((r) => r.path), rows.map((r) => (rolled ? r.rolled : r.own)[measure]), measureLabel, colors), [rows, rolled, measure, measureLabel, colors]);
  const pick = (row: FrequencyRow, withInside: boolean, column: string) =>
    onChoose({ cell: { kind: 'code', tagId: row.tagId, rolled: withInside }, title: `${row.path}${withInside ? ' and the codes inside it' : ''}`, key: cellKey(row.tagId, column) });
  const count = (key: string, label: string, get: (row: FrequencyRow) => number, withInside: boolean, unit: string): CountColumn<FrequencyRow> => ({
    key,
    label,
    group: withInside ? 'With the codes inside' : 'The code itself',
    value: get,
    onPick: (row) => pick(row, withInside, key),
    describe: (row) => `${countOf(get(row), unit)}, ${row.path}${withInside ? ' with the codes inside' : ''}: list the passages`,
  });
  const columns: CountColumn<FrequencyRow>[] = [
    { key: 'code', label: 'Code', value: (r) => r.path },
    count('passages', 'Passages', (r) => r.own.passages, false, 'passage'),
    count('documents', 'Documents', (r) => r.own.documents, false, 'document'),
    count('words', 'Words', (r) => r.own.words, false, 'word'),
    count('rolled-passages', 'Passages', (r) => r.rolled.passages, true, 'passage'),
    count('rolled-documents', 'Documents', (r) => r.rolled.documents, true, 'document'),
    count('rolled-words', 'Words', (r) => r.rolled.words, true, 'word'),
  ];
  const top = [...rows].sort((a, b) => (rolled ? b.rolled : b.own)[measure] - (rolled ? a.rolled : a.own)[measure]).slice(0, 3);
  const label = `Bar chart of ${measureLabel} per code${rolled ? ', with the codes inside each' : ''}, ${rows.length} codes. Most: ${top.map((r) => `${r.path} ${(rolled ? r.rolled : r.own)[measure]}`).join(', ') || 'none'}. The table below lists every count.`;

  return (
    <div className="analysis-panel">
      <div className="analysis-controls">
        <label>
          Chart
          <select value={measure} onChange={(event) => setMeasure(event.target.value as Measure)}>
            {MEASURES.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <RolledToggle rolled={rolled} onChange={setRolled} />
        <button type="button" className="button-quiet small" disabled={rows.length === 0} onClick={() => void saveTable(tableRows(rows), 'code frequencies')}>
          Save table as CSV…
        </button>
      </div>
      {result.error && <p role="alert">{result.error}</p>}
      {result.data && rows.length === 0 && <p className="panel-empty">No codes to count yet: tag passages in the reader first.</p>}
      {rows.length > 0 && (
        <>
          <AnalysisChart option={option} label={label} height={rows.length * ROW_HEIGHT + 48} fileName="code frequencies" onPick={({ dataIndex }) => rows[dataIndex] && pick(rows[dataIndex], rolled, rolled ? `rolled-${measure}` : measure)} />
          <CountTable
            caption={`Code frequencies: ${countOf(result.data!.passages, 'coded passage')} in ${countOf(result.data!.documents, 'document')}`}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.tagId}
            picked={chosen}
            renderName={(r) => <span className="code-name" data-depth={Math.min(depthOf(r), 6)}>{r.path}</span>}
          />
        </>
      )}
    </div>
  );
}

const tableRows = (rows: readonly FrequencyRow[]): (string | number)[][] => [
  ['code', 'passages', 'documents', 'words', 'passages with codes inside', 'documents with codes inside', 'words with codes inside'],
  ...rows.map((r) => [r.path, r.own.passages, r.own.documents, r.own.words, r.rolled.passages, r.rolled.documents, r.rolled.words]),
];
