import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Codebook } from '../../data/tags';
import { LibraryRow } from './LibraryRow';
import type { LibraryWindow } from './use-library-window';

/** How a row was clicked or reached: alone, added to the selection, or a range from the last one chosen. */
export type Pick = 'only' | 'toggle' | 'range';

interface Props {
  rows: LibraryWindow;
  codebook: Codebook;
  /** The document open in the reader. */
  openId: string | null;
  selected: ReadonlySet<string>;
  /** A row chosen at `index`; `id` is null when its page has not arrived yet. */
  onPick: (index: number, id: string | null, how: Pick) => void;
  onSelectAll: () => void;
  onClearSelection: () => void;
}

/** Row heights before one of each is measured (see library.css): without tags, and with. */
const ESTIMATED = { plain: 97, tagged: 124 };
/** Rows rendered beyond the visible ones, so a quick scroll never shows a gap. */
const OVERSCAN = 6;

const pickOf = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): Pick =>
  event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only';

/**
 * The library as a listbox that renders only the rows on screen (plus a
 * margin, and the open row so keyboard focus always has a home), asking
 * main for the pages they stand on, so a hundred thousand documents scroll
 * as smoothly as ten. Arrows, Page Up/Down, Home and End move; with Shift
 * they extend the selection, as Ctrl/Cmd+A and Ctrl/Cmd- or Shift-clicks do.
 */
export function LibraryList({ rows, codebook, openId, selected, onPick, onSelectAll, onClearSelection }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // Rows have one of two heights (see library.css): one of each is measured, not a hundred thousand.
  const [heights, setHeights] = useState(ESTIMATED);
  const openIndex = openId === null ? -1 : rows.indexOf(openId);
  const cursor = focusIndex ?? openIndex;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (cursor >= 0 && cursor < range.count && !indexes.includes(cursor)) indexes.push(cursor);
      return indexes.sort((a, b) => a - b);
    },
    [cursor],
  );
  // Scholia does not use the React Compiler, so nothing memoizes what the virtualizer returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ((rows.documentAt(index)?.tags.length ?? 0) > 0 ? heights.tagged : heights.plain),
    overscan: OVERSCAN,
    // Keyed by place, so the virtualizer's layout of all rows is kept between renders; it is
    // placed again only when a page's contents change (which can change row heights).
    rangeExtractor,
  });
  const { contents } = rows;
  useLayoutEffect(() => virtualizer.measure(), [contents, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items.at(-1)?.index ?? 0;
  const { show } = rows;
  useEffect(() => show(firstShown, lastShown), [show, firstShown, lastShown]);

  const hasRows = rows.total > 0;
  // Measured again when the list's box changes (zoom, a larger font); a row measured at nothing
  // (no layout, a hidden pane) keeps the last height, or every row would seem to fit on screen.
  useLayoutEffect(() => {
    const measure = () => {
      const heightOf = (selector: string) => listRef.current?.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0;
      const plain = heightOf('[role=option]:not(.with-tags)');
      const tagged = heightOf('[role=option].with-tags');
      setHeights((current) => {
        // A kind not on screen keeps its estimate, scaled as the measured kind was.
        const scale = plain > 0 ? plain / ESTIMATED.plain : tagged > 0 ? tagged / ESTIMATED.tagged : 0;
        if (scale === 0) return current;
        const next = { plain: plain || Math.round(ESTIMATED.plain * scale), tagged: tagged || Math.round(ESTIMATED.tagged * scale) };
        return next.plain === current.plain && next.tagged === current.tagged ? current : next;
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined' || !scrollRef.current) return;
    const observer = new ResizeObserver(measure);
    observer.observe(scrollRef.current);
    return () => observer.disconnect();
  }, [hasRows]);
  useLayoutEffect(() => virtualizer.measure(), [heights, virtualizer]);

  // Keyboard focus follows the row moved to, once that row is rendered.
  useEffect(() => {
    if (focusIndex === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`);
    if (row && document.activeElement !== row && listRef.current?.contains(document.activeElement)) row.focus();
  });

  const moveTo = (index: number, how: Pick) => {
    const target = Math.min(rows.total - 1, Math.max(0, index));
    if (target < 0) return;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setFocusIndex(target);
    onPick(target, rows.documentAt(target)?.id ?? null, how);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectAll();
      return;
    }
    if (event.key === 'Escape' && selected.size > 1) {
      event.preventDefault();
      onClearSelection();
      return;
    }
    const current = Math.max(0, cursor);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? heights.plain) / heights.plain) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: rows.total - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next, event.shiftKey ? 'range' : 'only');
  };

  const click = (index: number, id: string, event: MouseEvent) => {
    setFocusIndex(index);
    onPick(index, id, pickOf(event));
  };

  return (
    <div className="library-scroll" ref={scrollRef}>
      <ul
        className="library-list"
        role="listbox"
        aria-label="Documents"
        aria-multiselectable="true"
        aria-busy={rows.loading}
        ref={listRef}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const document = rows.documentAt(item.index);
          const tabbable = item.index === cursor || (cursor === -1 && item.index === 0);
          // One row element per place, filled in when its page arrives (see LibraryRow).
          return (
            <LibraryRow
              key={item.key}
              index={item.index}
              setSize={rows.total}
              top={item.start}
              document={document}
              codebook={codebook}
              selected={document !== undefined && (selected.size > 0 ? selected.has(document.id) : document.id === openId)}
              open={document !== undefined && document.id === openId}
              tabbable={tabbable}
              onClick={(event) => document && click(item.index, document.id, event)}
              onChoose={() => document && click(item.index, document.id, { shiftKey: false, ctrlKey: false, metaKey: false } as MouseEvent)}
            />
          );
        })}
      </ul>
    </div>
  );
}
