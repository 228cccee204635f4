import type { ScrollPosition } from '../../../../shared/model';

/** A rendered block's vertical extent, in the scroll container's content coordinates. */
export interface BlockBox {
  index: number;
  top: number;
  height: number;
}

/**
 * The position to remember for a scroll offset: the first block whose bottom
 * is below the top of the view, and how far into it the view starts. Stored
 * per block rather than in pixels so it survives a resized window or a new font size.
 */
export function positionAt(boxes: readonly BlockBox[], scrollTop: number): ScrollPosition | null {
  for (const box of boxes) {
    if (box.top + box.height > scrollTop) {
      const fraction = box.height > 0 ? (scrollTop - box.top) / box.height : 0;
      return { blockIndex: box.index, fraction: clamp(fraction) };
    }
  }
  const last = boxes.at(-1);
  return last ? { blockIndex: last.index, fraction: 1 } : null;
}

/** The scroll offset that puts a remembered position back at the top of the view. */
export function scrollTopFor(boxes: readonly BlockBox[], position: ScrollPosition): number | null {
  const box = boxes.find((b) => b.index === position.blockIndex);
  if (!box) return null;
  return Math.max(0, box.top + clamp(position.fraction) * box.height);
}

const clamp = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
