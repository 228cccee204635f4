/**
 * Selecting article text without a mouse, as caret browsing does: a caret in
 * the article that the arrow keys move, Shift extends a selection from it.
 * The selection is the page's native one, so everything that reads the DOM
 * selection (tagging it with Ctrl/Cmd+E, copying) works unchanged; the
 * caret itself is drawn, since a browser paints no caret in text that
 * cannot be edited. Keys (Alt for Ctrl on macOS):
 *   ← →  a character    Ctrl+← →  a word      ↑ ↓  a line
 *   Home End  the sentence's start/end         Ctrl+↑ ↓  a paragraph
 *   Ctrl+Home End  the document's start/end    Shift with any: extend
 *   Enter  tag the selection    Esc  drop the selection, then leave
 */
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { offsetToPoint, offsetsToRange, pointToTextOffset, renderedBlocks } from './dom-range';
import { blockIndexAt, stepOffset, type StepDirection, type StepUnit } from './text-steps';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface KeyboardSelection {
  active: boolean;
  /** Turns the mode on (caret at the selection or the first line on screen) or off. */
  toggle(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  /** Moves the caret to where the user clicked or selected with the mouse. */
  syncFromSelection(): void;
  /** Drops the selection and keeps the caret at its moving end, as after tagging it. */
  collapse(): void;
}

interface Options {
  articleRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** The drawn caret, an element inside the scroll container. */
  caretRef: RefObject<HTMLElement | null>;
  text: string | null;
  language: string | undefined;
  rtl: boolean;
  onTag: () => void;
}

type Move = { unit: StepUnit | 'line' | 'document'; direction: StepDirection };

/** Which move a key is, or null for keys the mode leaves alone. */
export function moveForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>, rtl: boolean): Move | null {
  const big = isMac ? event.altKey : event.ctrlKey;
  const whole = isMac ? event.metaKey : event.ctrlKey;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const forward = (event.key === 'ArrowRight') !== rtl;
      return { unit: big ? 'word' : 'character', direction: forward ? 1 : -1 };
    }
    case 'ArrowUp':
    case 'ArrowDown':
      return { unit: big ? 'paragraph' : 'line', direction: event.key === 'ArrowDown' ? 1 : -1 };
    case 'Home':
    case 'End':
      return { unit: whole ? 'document' : 'sentence', direction: event.key === 'End' ? 1 : -1 };
    default:
      return null;
  }
}

export function useKeyboardSelection({ articleRef, scrollRef, caretRef, text, language, rtl, onTag }: Options): KeyboardSelection {
  const [active, setActive] = useState(false);
  const ends = useRef({ anchor: 0, focus: 0 });

  /** Shows the caret at the moving end and makes the native selection match. */
  const apply = useCallback(() => {
    const article = articleRef.current;
    if (!article) return;
    const { anchor, focus } = ends.current;
    const selection = window.getSelection();
    const from = offsetToPoint(article, anchor);
    const to = offsetToPoint(article, focus);
    if (selection && from && to) selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    drawCaret(article, scrollRef.current, caretRef.current, focus);
  }, [articleRef, scrollRef, caretRef]);

  const syncFromSelection = useCallback(() => {
    const article = articleRef.current;
    const selection = window.getSelection();
    if (!article || !selection?.anchorNode || !selection.focusNode) return;
    const anchor = pointToTextOffset(article, selection.anchorNode, selection.anchorOffset);
    const focus = pointToTextOffset(article, selection.focusNode, selection.focusOffset);
    if (anchor === null || focus === null) return;
    ends.current = { anchor, focus };
    drawCaret(article, scrollRef.current, caretRef.current, focus);
  }, [articleRef, scrollRef, caretRef]);

  const toggle = useCallback(() => {
    const article = articleRef.current;
    if (!article) return;
    if (active) {
      setActive(false);
      return;
    }
    const start = firstVisibleOffset(article, scrollRef.current);
    ends.current = { anchor: start, focus: start };
    setActive(true);
    const selection = window.getSelection();
    const inside = selection?.anchorNode && article.contains(selection.anchorNode);
    if (inside) syncFromSelection();
  }, [active, articleRef, scrollRef, syncFromSelection]);

  // Focused once the article has become focusable, so the keys reach it.
  useLayoutEffect(() => {
    if (active) articleRef.current?.focus({ preventScroll: true });
  }, [active, articleRef]);

  // The caret is drawn after each render: highlights re-render the text under it.
  useLayoutEffect(() => {
    if (active && articleRef.current) drawCaret(articleRef.current, scrollRef.current, caretRef.current, ends.current.focus);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const article = articleRef.current;
    if (!active || !article || text === null || event.target !== article) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (ends.current.anchor !== ends.current.focus) collapse();
      else setActive(false);
      return;
    }
    if (event.key === 'Enter' && ends.current.anchor !== ends.current.focus) {
      event.preventDefault();
      onTag();
      return;
    }
    const move = moveForKey(event, rtl);
    if (!move) return;
    event.preventDefault();
    const blocks = renderedBlocks(article);
    const { anchor, focus } = ends.current;
    let to: number;
    if (move.unit === 'document') to = move.direction === 1 ? (blocks.at(-1)?.end ?? focus) : (blocks[0]?.start ?? focus);
    else if (move.unit === 'line') to = lineStep(article, scrollRef.current, focus, move.direction) ?? stepOffset(text, blocks, focus, 'paragraph', move.direction, language);
    else if (!event.shiftKey && anchor !== focus && move.unit === 'character') to = move.direction === 1 ? Math.max(anchor, focus) : Math.min(anchor, focus);
    else to = stepOffset(text, blocks, focus, move.unit, move.direction, language);
    ends.current = { anchor: event.shiftKey ? anchor : to, focus: to };
    apply();
    caretRef.current?.scrollIntoView?.({ block: 'nearest' });
  };

  const collapse = () => {
    ends.current = { anchor: ends.current.focus, focus: ends.current.focus };
    apply();
  };

  return { active, toggle, onKeyDown, syncFromSelection, collapse };
}

/** Where a caret at `offset` is drawn, in the viewport: the leading edge of the next character, or the trailing edge of the one before. */
function caretRect(article: HTMLElement, offset: number): { x: number; top: number; height: number } | null {
  const after = offsetsToRange(article, offset, offset + 1)?.getClientRects()[0];
  if (after) return { x: after.left, top: after.top, height: after.height };
  const before = [...(offsetsToRange(article, offset - 1, offset)?.getClientRects() ?? [])].at(-1);
  return before ? { x: before.right, top: before.top, height: before.height } : null;
}

function drawCaret(article: HTMLElement, scroller: HTMLElement | null, caret: HTMLElement | null, offset: number): void {
  if (!caret || !scroller) return;
  const rect = caretRect(article, offset);
  if (!rect) return;
  const box = scroller.getBoundingClientRect();
  caret.style.left = `${rect.x - box.left + scroller.scrollLeft}px`;
  caret.style.top = `${rect.top - box.top + scroller.scrollTop}px`;
  caret.style.height = `${rect.height}px`;
}

/** The offset a line above or below the caret, found where the text sits on screen; null when nothing is there. */
function lineStep(article: HTMLElement, scroller: HTMLElement | null, offset: number, direction: StepDirection): number | null {
  const rect = caretRect(article, offset);
  if (!rect || typeof document.caretRangeFromPoint !== 'function') return null;
  let y = direction === 1 ? rect.top + rect.height * 1.5 : rect.top - rect.height * 0.5;
  // A line just off screen cannot be measured by its point: bring it in first.
  const box = scroller?.getBoundingClientRect();
  if (scroller && box && (y > box.bottom - 2 || y < box.top + 2)) {
    const by = direction * rect.height * 3;
    scroller.scrollBy({ top: by });
    y -= by;
  }
  const point = document.caretRangeFromPoint(rect.x, y);
  if (!point) return null;
  const found = pointToTextOffset(article, point.startContainer, point.startOffset);
  if (found === null || found === offset) return null;
  return (direction === 1) === found > offset ? found : null;
}

/** The start of the first block whose top is on screen, so the caret begins where the reader is looking. */
function firstVisibleOffset(article: HTMLElement, scroller: HTMLElement | null): number {
  const blocks = renderedBlocks(article);
  const top = scroller?.getBoundingClientRect().top ?? 0;
  for (const block of blocks) {
    const element = article.querySelector(`[data-block][data-start="${block.start}"]`);
    if (element && element.getBoundingClientRect().bottom > top) return block.start;
  }
  return blocks[blockIndexAt(blocks, 0)]?.start ?? 0;
}
