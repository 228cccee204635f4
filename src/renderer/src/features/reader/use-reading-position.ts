import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { DocumentView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { positionAt, scrollTopFor, type BlockBox } from './reading-position';

/** How long scrolling must pause before the position is saved. */
const SAVE_DELAY_MS = 250;

/**
 * Restores where the reader left a document and remembers where they are,
 * per block rather than in pixels (see reading-position). Returns the scroll
 * handler for the reader's container.
 */
export function useReadingPosition(container: RefObject<HTMLElement | null>, document: DocumentView | null, skipRestore: boolean) {
  const timer = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const element = container.current;
    if (!document || !element) return;
    const { position } = document;
    // Measuring the blocks forces the article's first layout before paint: done only when there is somewhere to scroll to.
    const atTop = !position || (position.blockIndex === 0 && position.fraction === 0);
    if (position && !atTop && !skipRestore) {
      const top = scrollTopFor(measureBlocks(element), position);
      if (top !== null) element.scrollTo({ top });
    }
    // Opening a document makes it the one to reopen next time, where it was opened.
    const opened = position && !skipRestore ? position : { blockIndex: 0, fraction: 0 };
    void scholia().session.savePosition({ documentId: document.id, ...opened });
    window.document.title = `${document.title} — Scholia`;
    // Restoring happens once per document; later renders must not jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document?.id]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (container.current && document) savePosition(container.current, document.id);
    }, SAVE_DELAY_MS);
  };
}

function savePosition(container: HTMLElement, documentId: string): void {
  const position = positionAt(measureBlocks(container), container.scrollTop);
  if (position) void scholia().session.savePosition({ documentId, ...position });
}

function measureBlocks(container: HTMLElement): BlockBox[] {
  const origin = container.getBoundingClientRect().top - container.scrollTop;
  return Array.from(container.querySelectorAll<HTMLElement>('[data-block]'), (element) => {
    const rect = element.getBoundingClientRect();
    return { index: Number(element.dataset['block']), top: rect.top - origin, height: rect.height };
  });
}
