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
    let release: (() => void) | undefined;
    if (position && !atTop && !skipRestore) {
      const restore = () => {
        const top = scrollTopFor(measureBlocks(element), position);
        if (top !== null && Math.abs(element.scrollTop - top) >= 1) element.scrollTo({ top });
      };
      restore();
      release = holdWhileSettling(element, restore);
    }
    // Opening a document makes it the one to reopen next time, where it was opened.
    const opened = position && !skipRestore ? position : { blockIndex: 0, fraction: 0 };
    void scholia().session.savePosition({ documentId: document.id, ...opened });
    window.document.title = `${document.title} — Scholia`;
    return release;
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

/** How long after opening a late layout change (a web font, a sidebar arriving) may still move the text under the restored position. */
const SETTLE_MS = 1_500;
const USER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * Keeps the restored block at the top while the page settles: text that
 * re-wraps after the restore (the font arrives, the library list narrows the
 * reader) would otherwise leave the reader a paragraph away from where they
 * were. Let go at the reader's first own move, or once the time is up.
 */
function holdWhileSettling(element: HTMLElement, restore: () => void): () => void {
  let held = true;
  const again = () => held && restore();
  const content = element.firstElementChild;
  const observer = new ResizeObserver(again);
  observer.observe(element);
  if (content) observer.observe(content);
  const release = () => {
    held = false;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of USER_INPUT) element.removeEventListener(type, release);
  };
  const timer = window.setTimeout(release, SETTLE_MS);
  for (const type of USER_INPUT) element.addEventListener(type, release, { passive: true });
  void window.document.fonts?.ready.then(again);
  return release;
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
