import type { KeyboardEvent } from 'react';

const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * Arrow keys, Home and End move focus among a list's items (which Tab
 * reaches too); from a search field above the list, Arrow Down enters it.
 */
export function moveAmong(event: KeyboardEvent<HTMLElement>, selector: string): void {
  if (!MOVES.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)];
  const at = items.indexOf(event.target as HTMLElement);
  // In a text field Home and End move the caret; only Arrow Down leaves it.
  if (items.length === 0 || (at < 0 && event.key !== 'ArrowDown')) return;
  const last = items.length - 1;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? Math.min(last, at + 1) : Math.max(0, at - 1);
  event.preventDefault();
  items[next]!.focus();
}
