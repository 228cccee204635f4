import { useEffect, useRef, type ReactNode } from 'react';
import { useFloating, type FloatAnchor } from '../../components/floating';
import { useFocusTrap } from '../../components/focus-trap';

interface Props {
  /** What it opens beside: a selection or a highlight, measured as it moves. */
  anchor: FloatAnchor;
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small floating panel beside its anchor, kept inside the window; it holds
 * focus while open (Tab cycles inside) and closes on Escape or a click elsewhere.
 */
export function Popover({ anchor, label, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
  useFloating(ref, anchor);
  useFocusTrap(ref);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) latestClose.current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') latestClose.current();
    };
    // Registered after the click that opened it has finished.
    const timer = window.setTimeout(() => {
      window.addEventListener('pointerdown', onPointerDown);
      window.addEventListener('keydown', onKeyDown);
    });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return (
    <div ref={ref} className="popover" role="dialog" aria-label={label} tabIndex={-1} data-floating="">
      {children}
    </div>
  );
}
