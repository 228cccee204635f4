import { useMemo, useState } from 'react';
import type { AnalysisScope, Cooccurrence, CooccurrenceUnit } from '../../../../shared/analysis';
import { useQuery } from '../../data/use-query';
import { AnalysisChart } from './AnalysisChart';
import { cooccurrenceQuestion } from './analysis-questions';
import { saveTable } from './analysis-export';
import { heatmapOption, ROW_HEIGHT } from './chart-options';
import { cellKey, CountTable, type CountColumn } from './CountTable';
import type { ChosenCell } from './CellPassageList';
import { RolledToggle } from './RolledToggle';
import { useChartColors } from './use-chart-colors';

interface Props {
  scope: AnalysisScope;
  chosen: string | null;
  onChoose: (cell: ChosenCell) => void;
}

/** Each unit, and what a cell of it counts: the words the view shows under the matrix. */
export const UNITS: { unit: CooccurrenceUnit; label: string; counts: string }[] = [
  {
    unit: 'overlap',
    label: 'Overlapping passages',
    counts: 'A cell counts the pairs of passages of one document whose text overlaps, one with each code (a passage with both codes is such a pair by itself). On the diagonal: the passages with the code.',
  },
  { unit: 'block', label: 'Same paragraph', counts: 'A cell counts the paragraphs (any block of a text) that passages with each of the two codes reach into. On the diagonal: the paragraphs with the code.' },
  { unit: 'document', label: 'Same document', counts: 'A cell counts the documents where both codes occur, on a passage or as a document tag. On the diagonal: the documents with the code.' },
];

type Line = { tagId: string; path: string; index: number };

/** How often two codes meet, in the unit the user chooses: a symmetric heat map and its table. */
export function CooccurrencePanel({ scope, chosen, onChoose }: Props) {
  const [unit, setUnit] = useState<CooccurrenceUnit>('overlap');
  const [rolled, setRolled] = useState(false);
  const { colors } = useChartColors();
  const result = useQuery(cooccurrenceQuestion(scope, unit, rolled));
  const data = result.data;
  const lines: Line[] = useMemo(() => data?.tags.map((tag, index) => ({ ...tag, index })) ?? [], [data]);
  const option = useMemo(() => data && heatmapOption(data.tags.map((t) => t.path), data.tags.map((t) => t.path), data.counts, colors), [data, colors]);
  const about = UNITS.find((u) => u.unit === unit)!;

  const pick = (a: Line, b: Line) =>
    onChoose({
      cell: { kind: 'pair', unit, a: a.tagId, b: b.tagId, rolled },
      title: a === b ? `${a.path} (${about.label.toLowerCase()})` : `${a.path} with ${b.path} (${about.label.toLowerCase()})`,
      key: cellKey(a.tagId, b.tagId),
    });
  const columns: CountColumn<Line>[] = [
    { key: 'code', label: 'Code', value: (line) => line.path },
    ...lines.map((other) => ({
      key: other.tagId,
      label: other.path,
      value: (line: Line) => data!.counts[line.index]![other.index]!,
      onPick: (line: Line) => pick(line, other),
      describe: (line: Line) => `${data!.counts[line.index]![other.index]!.toLocaleString()}: ${line.path} with ${other.path}, list the passages`,
    })),
  ];

  return (
    <div className="analysis-panel">
      <div className="analysis-controls">
        <fieldset className="unit-choice">
          <legend>Codes meet in</legend>
          {UNITS.map((u) => (
            <label key={u.unit}>
              <input type="radio" name="cooccurrence-unit" checked={unit === u.unit} onChange={() => setUnit(u.unit)} /> {u.label}
            </label>
          ))}
        </fieldset>
        <RolledToggle rolled={rolled} onChange={setRolled} />
        <button type="button" className="button-quiet small" disabled={!data || lines.length === 0} onClick={() => data && void saveTable(tableRows(data), `co-occurrence, ${about.label.toLowerCase()}`)}>
          Save table as CSV…
        </button>
      </div>
      <p className="hint">{about.counts}</p>
      {data?.capped != null && (
        <p className="hint" role="note">
          The {lines.length} busiest of {data.capped.toLocaleString()} codes are shown; choose a code in the scope to see those inside it.
        </p>
      )}
      {result.error && <p role="alert">{result.error}</p>}
      {data && lines.length === 0 && <p className="panel-empty">No codes to compare yet.</p>}
      {data && option && lines.length > 0 && (
        <>
          <AnalysisChart
            option={option}
            label={describe(data, about.label)}
            height={lines.length * ROW_HEIGHT + 170}
            fileName={`co-occurrence, ${about.label.toLowerCase()}`}
            onPick={({ data: cell }) => {
              const [x, y] = cell as [number, number];
              if (lines[x] && lines[y]) pick(lines[y], lines[x]);
            }}
          />
          <CountTable caption={`Co-occurrence of codes: ${about.label.toLowerCase()}`} columns={columns} rows={lines} rowKey={(line) => line.tagId} sortable={false} picked={chosen} />
        </>
      )}
    </div>
  );
}

function describe(data: Cooccurrence, unit: string): string {
  let best = { count: 0, text: 'none' };
  data.counts.forEach((line, i) => line.forEach((count, j) => j > i && count > best.count && (best = { count, text: `${data.tags[i]!.path} with ${data.tags[j]!.path}, ${count}` })));
  return `Heat map of how often ${data.tags.length} codes meet (${unit.toLowerCase()}). Most often: ${best.text}. The table below lists every count.`;
}

const tableRows = (data: Cooccurrence): (string | number)[][] => [['code', ...data.tags.map((t) => t.path)], ...data.tags.map((t, i) => [t.path, ...data.counts[i]!])];
