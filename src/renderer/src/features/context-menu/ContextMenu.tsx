import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ContextMenuItem {
  label: string;
  /** The shortcut shown beside it ("Ctrl+E"), when it has one. */
  shortcut?: string | undefined;
  danger?: boolean;
  onSelect: () => void;
}

interface Props {
  label: string;
  items: readonly ContextMenuItem[];
  /** Where it opens, in the window's coordinates: the pointer, or the selection for the keyboard. */
  at: { x: number; y: number };
  onClose: () => void;
}

const MARGIN = 8;

/**
 * A menu at the pointer or the selection, the way the system's context menus
 * work: focus on its first item, arrow keys, Home and End move, Enter runs,
 * Escape, Tab, a click elsewhere or a resize closes it and focus goes back where it was.
 */
export function ContextMenu({ label, items, at, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(at);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  // Kept inside the window: a menu opened near the right or bottom edge opens towards the middle.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({
      x: Math.max(MARGIN, Math.min(at.x, window.innerWidth - box.width - MARGIN)),
      y: Math.max(MARGIN, at.y + box.height + MARGIN > window.innerHeight ? at.y - box.height : at.y),
    });
  }, [at]);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) latestClose.current();
    };
    // As the system's menus do: a window resized under it leaves the menu pointing at nothing.
    const onResize = () => latestClose.current();
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onResize);
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(entries.length - 1),
      Escape: () => latestClose.current(),
      Tab: () => latestClose.current(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    // Escape must not also close a popover or dialog underneath.
    event.stopPropagation();
    action();
  };

  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={label} style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown} onContextMenu={(event) => event.preventDefault()}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'danger' : undefined}
          onClick={() => {
            latestClose.current();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
