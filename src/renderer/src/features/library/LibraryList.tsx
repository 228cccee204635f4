import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { LibraryRow } from './LibraryRow';

interface Props {
  documents: readonly DocumentSummary[];
  codebook: Codebook;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Row heights before one of each is measured (see library.css): without tags, and with. */
const ESTIMATED = { plain: 97, tagged: 124 };
/** Rows rendered beyond the visible ones, so a quick scroll never shows a gap. */
const OVERSCAN = 6;

/**
 * The library as a listbox that renders only the rows on screen (plus a
 * margin, and the selected row so keyboard focus always has a home), so a
 * hundred thousand documents scroll as smoothly as ten. Arrow keys, Page
 * Up/Down, Home and End move through it.
 */
export function LibraryList({ documents, codebook, selectedId, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  // Rows have one of two heights (see library.css): one of each is measured, not a hundred thousand.
  const [heights, setHeights] = useState(ESTIMATED);
  const selectedIndex = selectedId === null ? -1 : documents.findIndex((d) => d.id === selectedId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex >= 0 && !indexes.includes(selectedIndex)) indexes.push(selectedIndex);
      return indexes.sort((a, b) => a - b);
    },
    [selectedIndex],
  );
  // Scholia does not use the React Compiler, so nothing memoizes what the virtualizer returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (documents[index]!.tags.length > 0 ? heights.tagged : heights.plain),
    overscan: OVERSCAN,
    getItemKey: (index) => documents[index]!.id,
    rangeExtractor,
  });

  const hasRows = documents.length > 0;
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

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-document-id="${CSS.escape(id)}"]`);
    if (!row) return;
    focusAfterRender.current = null;
    row.focus();
  });

  const moveTo = (index: number) => {
    const target = documents[Math.min(documents.length - 1, Math.max(0, index))];
    if (!target) return;
    virtualizer.scrollToIndex(documents.indexOf(target), { align: 'auto' });
    focusAfterRender.current = target.id;
    onSelect(target.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = Math.max(0, selectedIndex);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? heights.plain) / heights.plain) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: documents.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div className="library-scroll" ref={scrollRef}>
      <ul className="library-list" role="listbox" aria-label="Documents" ref={listRef} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const document = documents[item.index]!;
          const selected = document.id === selectedId;
          return (
            <LibraryRow
              key={item.key}
              index={item.index}
              setSize={documents.length}
              top={item.start}
              document={document}
              codebook={codebook}
              selected={selected}
              tabbable={selected || (selectedIndex === -1 && item.index === 0)}
              onSelect={onSelect}
            />
          );
        })}
      </ul>
    </div>
  );
}
