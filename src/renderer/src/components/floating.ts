/**
 * Keeps a floating element (popover, list, menu) beside what it belongs to
 * and inside the window, with Floating UI: it flips to the other side when
 * there is no room, slides along the edge, and shrinks to the height left,
 * following scrolls and resizes. Positions are written through
 * element.style (CSSOM), which the strict CSP allows.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement, type VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, type RefObject } from 'react';

/** What a floating element hangs from: a real element, or a rectangle read on demand (a text range). */
export type FloatAnchor = Element | VirtualElement;

export interface FloatOptions {
  placement?: Placement;
  /** Space between the anchor and the floating element, in pixels. */
  gap?: number;
  /** Make the floating element exactly as wide as its anchor (a list under its input). */
  matchWidth?: boolean;
}

/** Distance kept from the window's edges. */
export const EDGE_PADDING = 8;
const MIN_HEIGHT = 120;

/** Places `floating` at `anchor` now and whenever either moves; stops when unmounted or the anchor changes. */
export function placeFloating(anchor: FloatAnchor, floating: HTMLElement, { placement = 'bottom-start', gap = 8, matchWidth = false }: FloatOptions = {}): () => void {
  const update = () =>
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        flip({ padding: EDGE_PADDING }),
        shift({ padding: EDGE_PADDING }),
        size({
          padding: EDGE_PADDING,
          apply({ availableHeight, availableWidth, rects }) {
            floating.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`;
            floating.style.maxWidth = `${Math.floor(availableWidth)}px`;
            if (matchWidth) floating.style.width = `${rects.reference.width}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  return autoUpdate(anchor, floating, update);
}

/** The hook form of placeFloating, for a component that renders the floating element. */
export function useFloating(floatingRef: RefObject<HTMLElement | null>, anchor: FloatAnchor | null, options: FloatOptions = {}): void {
  const { placement, gap, matchWidth } = options;
  useLayoutEffect(() => {
    const floating = floatingRef.current;
    if (!floating || !anchor) return;
    return placeFloating(anchor, floating, { ...(placement ? { placement } : {}), ...(gap !== undefined ? { gap } : {}), ...(matchWidth ? { matchWidth } : {}) });
  }, [floatingRef, anchor, placement, gap, matchWidth]);
}

/** An anchor for a stretch of text: its rectangle is measured again at each update, so it follows re-renders and scrolls. */
export function rangeAnchor(measure: () => Range | Element | null, scroller: Element): VirtualElement {
  let last = new DOMRect();
  return {
    contextElement: scroller,
    getBoundingClientRect: () => {
      const rect = measure()?.getBoundingClientRect();
      // A range whose nodes were just replaced measures as nothing: keep the last good place.
      if (rect && (rect.width > 0 || rect.height > 0)) last = rect;
      return last;
    },
  };
}
