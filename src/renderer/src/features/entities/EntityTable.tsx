import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { EntityRow, EntitySort } from '../../../../shared/entities';
import { COLUMNS, KIND_LABELS } from './entity-labels';

interface Props {
  rows: readonly EntityRow[];
  sort: EntitySort;
  descending: boolean;
  onSort: (sort: EntitySort) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Enter on a row: show its mentions. */
  onActivate: (row: EntityRow) => void;
}

/** Row height in rem (see entities.css), so zoom and larger fonts scale the list. */
const ROW_REM = 2.25;
const OVERSCAN = 8;

const remPx = () => (typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

/**
 * The entities as a grid that renders only the rows on screen. One row is
 * tabbable; arrows, Page Up/Down, Home and End move the selection, Enter
 * shows the mentions, and the column headers sort.
 */
export function EntityTable({ rows, sort, descending, onSort, selectedId, onSelect, onActivate }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = Math.round(ROW_REM * remPx());
  // The virtualizer's functions change as it scrolls; the grid reads them each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: OVERSCAN });
  const selectedIndex = rows.findIndex((row) => row.id === selectedId);
  const cursor = selectedIndex >= 0 ? selectedIndex : 0;

  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"]`);
    if (element && scrollRef.current?.contains(document.activeElement)) element.focus({ preventScroll: true });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -rows.length, End: rows.length };
    const move = moves[event.key];
    if (move !== undefined && rows.length > 0) {
      event.preventDefault();
      onSelect(rows[Math.min(rows.length - 1, Math.max(0, cursor + move))]!.id);
    } else if (event.key === 'Enter' && rows[cursor]) {
      event.preventDefault();
      onActivate(rows[cursor]);
    }
  };

  return (
    <div className="entity-table" role="grid" aria-label="Entities" aria-rowcount={rows.length + 1} aria-colcount={COLUMNS.length}>
      <div className="entity-row entity-head" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <div key={column.sort} role="columnheader" className={`entity-cell cell-${column.sort}`} aria-sort={sort === column.sort ? (descending ? 'descending' : 'ascending') : 'none'}>
            <button type="button" className="entity-sort" onClick={() => onSort(column.sort)}>
              {column.label}
              {sort === column.sort && <span aria-hidden="true">{descending ? ' ▾' : ' ▴'}</span>}
            </button>
          </div>
        ))}
      </div>
      <div className="entity-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
        <div className="entity-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedId;
            return (
              <div
                key={row.id}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                tabIndex={item.index === cursor ? 0 : -1}
                className={`entity-row${selected ? ' selected' : ''}${row.hidden ? ' hidden-entity' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onClick={() => onSelect(row.id)}
                onDoubleClick={() => onActivate(row)}
              >
                <div role="gridcell" className="entity-cell cell-name" title={row.aliases.length > 0 ? `Also: ${row.aliases.join(', ')}` : undefined}>
                  {row.name}
                  {row.aliases.length > 0 && <span className="entity-aliases"> · {row.aliases.slice(0, 3).join(', ')}</span>}
                </div>
                <div role="gridcell" className="entity-cell cell-kind">
                  {KIND_LABELS[row.kind].one}
                </div>
                <div role="gridcell" className="entity-cell cell-mentions">
                  {row.mentions.toLocaleString()}
                </div>
                <div role="gridcell" className="entity-cell cell-documents">
                  {row.documents.toLocaleString()}
                </div>
                <div role="gridcell" className="entity-cell cell-outlets" title={row.outlets.join(', ')}>
                  {row.outlets.length === 0 ? '—' : row.outlets.length === 1 ? row.outlets[0] : `${row.outlets[0]} +${row.outlets.length - 1}`}
                </div>
                <div role="gridcell" className="entity-cell cell-first">
                  {row.first ?? '—'}
                </div>
                <div role="gridcell" className="entity-cell cell-last">
                  {row.last ?? '—'}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
