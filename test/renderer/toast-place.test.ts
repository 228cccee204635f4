import { describe, expect, it } from 'vitest';
import { toastPlace } from '../../src/renderer/src/features/toasts/toast-place';

// The reading column of a 1280×860 window, between the library (280) and the passages panel (from 980).
const READER = { left: 280, top: 0, width: 700, height: 860 };
const SIZE = { width: 300, height: 40 };

describe('toastPlace', () => {
  it('centres toasts at the bottom of the reading column, clear of the panels beside it', () => {
    expect(toastPlace(READER, SIZE, [])).toEqual({ left: 480, top: 804, width: 300 });
  });

  it('moves to the top when a popover sits where they would be', () => {
    const popover = { left: 500, top: 700, width: 320, height: 140 };
    expect(toastPlace(READER, SIZE, [popover])).toMatchObject({ left: 480, top: 16 });
  });

  it('stays at the bottom for a popover elsewhere', () => {
    const popover = { left: 300, top: 200, width: 320, height: 140 };
    expect(toastPlace(READER, SIZE, [popover]).top).toBe(804);
  });

  it('keeps a toast wider than the column inside it', () => {
    const narrow = { left: 280, top: 0, width: 200, height: 600 };
    expect(toastPlace(narrow, { width: 400, height: 40 }, [])).toMatchObject({ left: 296, width: 168 });
  });

  it('goes to the bottom when something is in the way both at the bottom and at the top', () => {
    const tall = { left: 280, top: 0, width: 700, height: 860 };
    expect(toastPlace(READER, SIZE, [tall]).top).toBe(804);
  });
});
