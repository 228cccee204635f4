import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ConcordanceSort, Occurrence } from '../../../../shared/concordance';
import { formatPublished } from '../library/format';

interface Props {
  label: string;
  rows: readonly Occurrence[];
  sort: ConcordanceSort;
  descending: boolean;
  onSort: (sort: ConcordanceSort) => void;
  onOpen: (row: Occurrence) => void;
}

const COLUMNS: { sort: ConcordanceSort; label: string; className: string }[] = [
  { sort: 'left', label: 'Left context', className: 'cc-left' },
  { sort: 'match', label: 'Match', className: 'cc-match' },
  { sort: 'right', label: 'Right context', className: 'cc-right' },
  { sort: 'document', label: 'Document', className: 'cc-document' },
];

/** A row's height before one is measured (see concordance.css): one line of text and its padding. */
const ESTIMATED_ROW = 34;
const OVERSCAN = 10;
/** The match column is as wide as the longest match shown, within these bounds (in ch). */
const MATCH_WIDTH = { min: 6, max: 28 };

/**
 * Matches one above another, the words before each right-aligned against it
 * and the words after left-aligned, so the eye runs down one column. Only
 * the rows on screen are rendered, so 20,000 scroll as smoothly as twenty.
 * Arrows, Page Up/Down, Home and End move between rows; Enter or a click
 * opens the reader at the match.
 */
export function ConcordanceTable({ label, rows, sort, descending, onSort, onOpen }: Props) {
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(0);
  const current = Math.min(cursor, Math.max(0, rows.length - 1));
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ROW, overscan: OVERSCAN });
  const items = virtualizer.getVirtualItems();

  // CSSOM, not a style attribute: the strict CSP allows only the former.
  useLayoutEffect(() => {
    const longest = rows.reduce((most, row) => Math.max(most, row.match.length), 0);
    gridRef.current?.style.setProperty('--match-width', `${Math.min(MATCH_WIDTH.max, Math.max(MATCH_WIDTH.min, longest + 1))}ch`);
  }, [rows]);

  // Keyboard focus follows the row moved to, once that row is rendered.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    bodyRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
  });

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const target = Math.min(rows.length - 1, Math.max(0, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setCursor(target);
    setMoved(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[current];
      if (row) {
        event.preventDefault();
        onOpen(row);
      }
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ESTIMATED_ROW) / ESTIMATED_ROW) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: rows.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <div className="concordance-grid" role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={COLUMNS.length} ref={gridRef}>
      <div role="rowgroup" className="concordance-head">
        <div role="row" aria-rowindex={1} className="concordance-row">
          {COLUMNS.map((column) => (
            <div
              key={column.sort}
              role="columnheader"
              className={column.className}
              aria-sort={sort === column.sort ? (descending ? 'descending' : 'ascending') : 'none'}
            >
              <button type="button" className="concordance-sort" onClick={() => onSort(column.sort)}>
                {column.label}
                <span aria-hidden="true" className="concordance-sort-mark">
                  {sort === column.sort ? (descending ? ' ▼' : ' ▲') : ''}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div className="concordance-scroll" ref={scrollRef}>
        <div role="rowgroup" className="concordance-body" ref={bodyRef} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={`${row.documentId}:${row.start}:${row.end}`}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                tabIndex={item.index === current ? 0 : -1}
                className={item.index === current ? 'concordance-row concordance-line current' : 'concordance-row concordance-line'}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setCursor(item.index);
                  onOpen(row);
                }}
                onFocus={() => setCursor(item.index)}
              >
                <div role="gridcell" className="cc-left">
                  <span>{row.left}</span>
                </div>
                <div role="gridcell" className="cc-match">
                  <mark>{row.match}</mark>
                </div>
                <div role="gridcell" className="cc-right">
                  {row.right}
                </div>
                <div role="gridcell" className="cc-document">
                  <span className="cc-headline">{row.headline}</span>
                  <span className="cc-meta">{[row.outlet, row.published ? formatPublished(row.published) : ''].filter(Boolean).join(' · ')}</span>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
