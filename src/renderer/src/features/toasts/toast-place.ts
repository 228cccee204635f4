/**
 * Where toasts go: over the column the user reads in (the reader, else the
 * main area), never over the passages panel beside it, at its bottom unless
 * that would cover what the user is working on (an open popover, the
 * selection), then at its top. Rectangles are the viewport's.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 16;

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** The toasts' top-left corner and widest width: centred in `area`, at its bottom, or at its top when the bottom would cover something in `avoid`. */
export function toastPlace(area: Box, size: { width: number; height: number }, avoid: readonly Box[]): { left: number; top: number; width: number } {
  const width = Math.min(size.width, area.width - 2 * MARGIN);
  const left = area.left + Math.max(MARGIN, (area.width - width) / 2);
  const bottom = { left, top: area.top + area.height - MARGIN - size.height, width, height: size.height };
  if (!avoid.some((box) => overlaps(bottom, box))) return { left, top: bottom.top, width };
  const top = { ...bottom, top: area.top + MARGIN };
  if (!avoid.some((box) => overlaps(top, box))) return { left, top: top.top, width };
  // Covered both ways: at the bottom, where toasts are looked for.
  return { left, top: bottom.top, width };
}
