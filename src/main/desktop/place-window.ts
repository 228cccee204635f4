/**
 * Where the window opens: where it was left, unless the screen it was on is
 * gone or has shrunk, in which case it is moved and sized onto one that is
 * there. Pure, so every arrangement of displays is a row of a table test.
 */

/** A rectangle in the desktop's coordinates (a display left of the primary has negative x). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as it was left: its normal (not maximized) bounds, and how it was shown. */
export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

export interface Placement {
  /** Undefined: no saved state, Electron's default size, centred. */
  bounds?: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

/** The smallest window Scholia's layout works in (the window's own minimum size). */
export const MIN_WINDOW = { width: 720, height: 480 } as const;

/**
 * Puts the saved window on the display it overlaps most, whole: moved inside
 * its work area and shrunk to fit when it is larger. A window that overlaps
 * no display (its screen was unplugged) goes to the primary, centred.
 * `workAreas` lists the displays' work areas, the primary first.
 */
export function placeWindow(saved: SavedWindow | null, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0];
  if (!saved || !primary) return { maximized: saved?.maximized ?? false, fullScreen: saved?.fullScreen ?? false };
  const { bounds } = saved;
  const best = workAreas.reduce<{ area: Rect; overlap: number }>(
    (found, area) => {
      const overlap = overlapOf(bounds, area);
      return overlap > found.overlap ? { area, overlap } : found;
    },
    { area: primary, overlap: 0 },
  );
  const area = best.area;
  const width = Math.min(Math.max(bounds.width, MIN_WINDOW.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_WINDOW.height), area.height);
  const placed =
    best.overlap === 0
      ? { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2) }
      : { x: clamp(bounds.x, area.x, area.x + area.width - width), y: clamp(bounds.y, area.y, area.y + area.height - height) };
  return { bounds: { ...placed, width, height }, maximized: saved.maximized, fullScreen: saved.fullScreen };
}

function overlapOf(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
