import { useState, type ReactNode } from 'react';

/** One column of a count table: its header, the value to sort by, and what a click on a count lists. */
export interface CountColumn<R> {
  key: string;
  label: string;
  /** A heading over several columns ("With the codes inside"); told to screen readers with each column's own. */
  group?: string;
  value: (row: R) => number | string;
  /** Counts are buttons that list their passages; a zero is plain text (there is nothing to list). */
  onPick?: (row: R) => void;
  /** What the button is, for screen readers: "3 passages, actors/Kerry in May 2016". */
  describe?: (row: R) => string;
}

interface Props<R> {
  caption: string;
  /** The first column names the row (a th with scope="row"); the rest are counts. */
  columns: readonly CountColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Rows start in the order given; a header click sorts by its column. */
  sortable?: boolean;
  /** What the row header shows (indentation for a code inside another); its text sorts. */
  renderName?: (row: R) => ReactNode;
  picked?: string | null;
}

type Sort = { key: string; descending: boolean } | null;

const NAMES = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A real table of counts, the accessible twin of a chart: headers with
 * scope, aria-sort on the sorted one, every non-zero count a button, the
 * whole in a scrolling region a keyboard can reach.
 */
export function CountTable<R>({ caption, columns, rows, rowKey, sortable = true, renderName, picked }: Props<R>) {
  const [sort, setSort] = useState<Sort>(null);
  const [nameColumn, ...countColumns] = columns;
  const ordered = sort ? [...rows].sort(compareBy(columns.find((c) => c.key === sort.key)!, sort.descending)) : rows;
  const header = (column: CountColumn<R>) => {
    const sorted = sort?.key === column.key;
    const name = column.group ? `${column.label}, ${column.group.toLowerCase()}` : undefined;
    return (
      <th key={column.key} scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined} className={column === nameColumn ? 'name-column' : 'count-column'}>
        {sortable ? (
          <button type="button" className="sort-button" aria-label={name} onClick={() => setSort(nextSort(sort, column, column !== nameColumn))}>
            {column.label}
            <span aria-hidden="true" className="sort-mark">
              {sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </span>
          </button>
        ) : (
          <span aria-label={name}>{column.label}</span>
        )}
      </th>
    );
  };
  return (
    <div className="count-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="count-table">
        <caption>{caption}</caption>
        <thead>
          {columns.some((column) => column.group) && <tr>{groupsOf(columns)}</tr>}
          <tr>{columns.map(header)}</tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className="name-column">
                {renderName ? renderName(row) : String(nameColumn!.value(row))}
              </th>
              {countColumns.map((column) => {
                const value = column.value(row);
                const id = `${rowKey(row)}\u0000${column.key}`;
                return (
                  <td key={column.key} className="count-column">
                    {column.onPick && value !== 0 ? (
                      <button type="button" className={picked === id ? 'count-button picked' : 'count-button'} aria-pressed={picked === id} aria-label={column.describe?.(row)} onClick={() => column.onPick!(row)}>
                        {typeof value === 'number' ? value.toLocaleString() : value}
                      </button>
                    ) : typeof value === 'number' ? (
                      value.toLocaleString()
                    ) : (
                      value
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The row of group headings: one spanning each run of columns in the same group, an empty cell over the others. */
function groupsOf<R>(columns: readonly CountColumn<R>[]) {
  const runs: { group: string | undefined; span: number; key: string }[] = [];
  for (const column of columns) {
    const last = runs.at(-1);
    if (last && last.group === column.group) last.span += 1;
    else runs.push({ group: column.group, span: 1, key: column.key });
  }
  return runs.map((run) =>
    run.group ? (
      <th key={run.key} scope="colgroup" colSpan={run.span} className="group-heading">
        {run.group}
      </th>
    ) : (
      <td key={run.key} colSpan={run.span} />
    ),
  );
}

/** The key a count's button is known by, for marking the one whose passages are listed. */
export const cellKey = (rowKey: string, columnKey: string) => `${rowKey}\u0000${columnKey}`;

/** Counts sort busiest first on the first click, names A to Z. */
function nextSort(current: Sort, column: { key: string }, isCount: boolean): Sort {
  if (current?.key !== column.key) return { key: column.key, descending: isCount };
  return { key: column.key, descending: !current.descending };
}

function compareBy<R>(column: CountColumn<R>, descending: boolean) {
  return (a: R, b: R) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : NAMES.compare(String(x), String(y));
    return descending ? -order : order;
  };
}
