/**
 * The window's size, place and state between runs, in a small JSON file of
 * the user-data folder. Written whole and atomically; a file that does not
 * parse or validate is ignored, so a damaged one costs only the default size.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeDurably } from '../store/durable-write';
import type { Rect, SavedWindow } from './place-window';

export const WINDOW_STATE_FILE = 'window-state.json';

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().min(1).max(100_000);

const WindowStateSchema = z.strictObject({
  bounds: z.strictObject({ x: Coordinate, y: Coordinate, width: Length, height: Length }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

/** The saved state, or null when there is none or it is damaged. */
export async function loadWindowState(file: string): Promise<SavedWindow | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: SavedWindow): Promise<void> {
  const rounded = { ...state, bounds: roundRect(state.bounds) };
  await writeDurably(file, `${JSON.stringify(WindowStateSchema.parse(rounded))}\n`);
}

/** The slice of a BrowserWindow whose state is kept, so tests can drive a fake. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

/** Changes to a window that come in bursts (a drag is hundreds of moves) are saved once it settles. */
export const SAVE_DELAY_MS = 500;

/**
 * Saves the window's state a moment after it last changed, and at once when
 * it closes (the save of a pending change is then not lost).
 */
export function trackWindowState(window: TrackedWindow, save: (state: SavedWindow) => void, delayMs = SAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  };
  const later = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) window.on(event, later);
  window.on('close', () => {
    if (timer !== null) saveNow();
  });
}

function roundRect(rect: Rect): Rect {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}
