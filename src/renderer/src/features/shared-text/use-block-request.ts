import { useEffect, type RefObject } from 'react';
import { takeBlockRequest } from './block-jump';

/**
 * When the document was opened at one of its paragraphs (from a shared-text
 * link), scrolls that paragraph a third of the way down the reader, puts
 * focus on it so a screen reader reads it, and flashes it once.
 */
export function useBlockRequest(documentId: string, loaded: boolean, article: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!loaded || !article.current || !scroller.current) return;
    const blockIndex = takeBlockRequest(documentId);
    if (blockIndex === null) return;
    const target = article.current.querySelector<HTMLElement>(`[data-block="${blockIndex}"]`);
    if (!target) return;
    const container = scroller.current;
    container.scrollBy({ top: target.getBoundingClientRect().top - container.getBoundingClientRect().top - container.clientHeight / 3 });
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.classList.add('block-arrived');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    window.setTimeout(() => target.classList.remove('block-arrived'), 1600);
  }, [documentId, loaded, article, scroller]);
}
