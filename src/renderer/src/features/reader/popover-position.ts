/** Where a popover goes: below the anchor rectangle, inside the scroll container's content, kept on screen. */
export interface PopoverPlace {
  top: number;
  left: number;
}

const POPOVER_WIDTH = 320;

export function placeBelow(anchor: DOMRect, container: HTMLElement): PopoverPlace {
  const box = container.getBoundingClientRect();
  const left = Math.min(Math.max(8, anchor.left - box.left), Math.max(8, box.width - POPOVER_WIDTH - 16));
  return { top: anchor.bottom - box.top + container.scrollTop + 8, left };
}
