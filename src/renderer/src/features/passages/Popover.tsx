import { useEffect, useRef, type ReactNode } from 'react';
import type { PopoverPlace } from '../reader/popover-position';

interface Props {
  place: PopoverPlace;
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/** A small floating panel that closes on Escape or a click elsewhere. */
export function Popover({ place, label, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
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
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={label}
      style={{ top: place.top, left: place.left }}
    >
      {children}
    </div>
  );
}
