import { defaultRangeExtractor, measureElement, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { LibraryRow } from './LibraryRow';

interface Props {
  documents: readonly DocumentSummary[];
  codebook: Codebook;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** A row's height before it is measured: a two-line title, its source and date. */
const ESTIMATED_ROW_PX = 86;
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
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => documents[index]!.id,
    rangeExtractor,
    // A row measured at nothing (a pane being hidden, no layout) keeps its estimate: taking the 0
    // would make every row fit on screen and render the whole library.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
  });

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
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ESTIMATED_ROW_PX) / ESTIMATED_ROW_PX) - 1);
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
              ref={virtualizer.measureElement}
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
