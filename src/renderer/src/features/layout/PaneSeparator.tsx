import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, type PaneName } from '../../../../shared/settings';
import type { PaneLayout } from './use-pane-layout';

interface Props {
  pane: PaneName;
  /** The pane's element id, for aria-controls. */
  controls: string;
  label: string;
  layout: PaneLayout;
  /** Which side of the separator the pane is on: dragging towards it narrows it. */
  side: 'start' | 'end';
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * The edge between a side pane and the main view: drag it, or focus it and
 * use the arrow keys (Shift for bigger steps), Home and End; Enter hides the pane.
 */
export function PaneSeparator({ pane, controls, label, layout, side }: Props) {
  const drag = useRef<{ x: number; width: number; scale: number } | null>(null);
  const width = layout.widths[pane];
  const grow = side === 'start' ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const element = event.currentTarget;
    element.setPointerCapture(event.pointerId);
    // Pointer positions are in window pixels; widths are in the page's CSS pixels, which a zoom scales.
    const scale = element.getBoundingClientRect().width / (element.offsetWidth || 1) || 1;
    drag.current = { x: event.clientX, width, scale };
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    layout.resize(pane, start.width + (grow * (event.clientX - start.x)) / start.scale);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const towardsEnd = rtl ? -1 : 1;
    const moves: Record<string, () => void> = {
      ArrowRight: () => layout.resize(pane, width + grow * towardsEnd * step),
      ArrowLeft: () => layout.resize(pane, width - grow * towardsEnd * step),
      Home: () => layout.resize(pane, PANE_LIMITS[pane].min),
      End: () => layout.resize(pane, layout.maxWidth(pane)),
      Enter: () => layout.toggle(pane),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <div
      className={`pane-separator pane-separator-${pane}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={PANE_LIMITS[pane].min}
      aria-valuemax={layout.maxWidth(pane)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
