/**
 * Keeps keyboard focus inside an open dialog or popover: Tab and Shift+Tab
 * cycle through its controls, and when it closes focus goes back to where
 * it was. Only the innermost open trap acts, so a confirmation opened from a
 * popover holds focus until it closes.
 */
import { useEffect, useState, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

const open: HTMLElement[] = [];

/** The controls Tab reaches inside `root`, in order; hidden ones left out. */
export function tabbablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0);
}

/** Where Tab goes from `active` inside `items`, wrapping at both ends; null leaves it to the browser. */
export function nextInCycle(items: readonly HTMLElement[], active: Element | null, backwards: boolean): HTMLElement | null {
  if (items.length === 0) return null;
  const index = active ? items.indexOf(active as HTMLElement) : -1;
  if (index === -1) return backwards ? items.at(-1)! : items[0]!;
  if (backwards && index === 0) return items.at(-1)!;
  if (!backwards && index === items.length - 1) return items[0]!;
  return null;
}

/** Traps focus in `ref` while mounted; focuses its first control when nothing inside has focus yet. */
export function useFocusTrap(ref: RefObject<HTMLElement | null>): void {
  // Read during the first render, before React moves focus to an autoFocus field inside.
  const [before] = useState(() => (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    open.push(root);
    if (!root.contains(document.activeElement)) (tabbablesIn(root)[0] ?? root).focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || open.at(-1) !== root) return;
      const target = nextInCycle(tabbablesIn(root), document.activeElement, event.shiftKey);
      if (target) {
        event.preventDefault();
        target.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      open.splice(open.indexOf(root), 1);
      // Only when focus was inside (or lost with it): a click elsewhere that closed it keeps its own focus.
      const active = document.activeElement;
      const lost = active === null || active === document.body || root.contains(active);
      if (lost && before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [ref, before]);
}
