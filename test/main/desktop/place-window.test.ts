import { describe, expect, it } from 'vitest';
import { placeWindow, type Rect, type SavedWindow } from '../../../src/main/desktop/place-window';

/** Work areas: a 1920×1040 primary, a 1920×1040 screen to its left, a 1280×680 laptop screen. */
const PRIMARY: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const LEFT: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };
const LAPTOP: Rect = { x: 0, y: 0, width: 1280, height: 680 };
const ABOVE: Rect = { x: 0, y: -1080, width: 1920, height: 1040 };

const saved = (bounds: Rect, maximized = false, fullScreen = false): SavedWindow => ({ bounds, maximized, fullScreen });

describe('placeWindow', () => {
  it.each<[string, SavedWindow, Rect[], Rect]>([
    ['where it was, on the primary', saved({ x: 100, y: 80, width: 1280, height: 860 }), [PRIMARY, LEFT], { x: 100, y: 80, width: 1280, height: 860 }],
    [
      'where it was, at negative coordinates on a display left of the primary',
      saved({ x: -1700, y: 50, width: 1200, height: 800 }),
      [PRIMARY, LEFT],
      { x: -1700, y: 50, width: 1200, height: 800 },
    ],
    [
      'centred on the primary when the left display was removed',
      saved({ x: -1700, y: 50, width: 1200, height: 800 }),
      [PRIMARY],
      { x: 360, y: 120, width: 1200, height: 800 },
    ],
    ['shrunk and moved onto a smaller display', saved({ x: 300, y: 100, width: 1600, height: 900 }), [LAPTOP], { x: 0, y: 0, width: 1280, height: 680 }],
    [
      'pulled back whole onto the display it mostly overlaps, when it hangs off an edge',
      saved({ x: 1500, y: 600, width: 1000, height: 700 }),
      [PRIMARY, LEFT],
      { x: 920, y: 340, width: 1000, height: 700 },
    ],
    [
      'pulled back from straddling two displays onto the one it overlaps most',
      saved({ x: -300, y: 100, width: 1000, height: 700 }),
      [PRIMARY, LEFT],
      { x: 0, y: 100, width: 1000, height: 700 },
    ],
    ['onto a display above the primary (negative y)', saved({ x: 200, y: -900, width: 1000, height: 700 }), [PRIMARY, ABOVE], { x: 200, y: -900, width: 1000, height: 700 }],
    ['no smaller than the window allows, where the display has room', saved({ x: 10, y: 10, width: 200, height: 100 }), [PRIMARY], { x: 10, y: 10, width: 720, height: 480 }],
  ])('%s', (_name, state, displays, expected) => {
    expect(placeWindow(state, displays).bounds).toEqual(expected);
  });

  it('keeps maximized and full screen as they were', () => {
    const bounds = { x: 100, y: 80, width: 1280, height: 860 };
    expect(placeWindow(saved(bounds, true), [PRIMARY])).toMatchObject({ maximized: true, fullScreen: false });
    expect(placeWindow(saved(bounds, false, true), [LAPTOP])).toMatchObject({ maximized: false, fullScreen: true });
  });

  it('leaves the size and place to the defaults with nothing saved', () => {
    expect(placeWindow(null, [PRIMARY])).toEqual({ maximized: false, fullScreen: false });
  });
});
