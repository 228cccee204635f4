import { describe, expect, it } from 'vitest';
import { fitPanes, type FitInput } from '../../../src/renderer/src/features/layout/pane-fit';

const library = { width: 260, open: true, min: 200 };
const passages = { width: 300, open: true, min: 240 };
const base: Omit<FitInput, 'available'> = { mainMin: 560, separator: 6, panes: { library, passages }, priority: ['passages', 'library'] };

describe('fitPanes', () => {
  it.each([
    // A wide window: both panes as the user set them.
    [1400, { library: 260, passages: 300 }],
    // Exactly enough room.
    [1132, { library: 260, passages: 300 }],
    // A little short: the library, which yields first, narrows first.
    [1100, { library: 228, passages: 300 }],
    // Both at their least width.
    [1012, { library: 200, passages: 240 }],
    // Too narrow for both: the library steps aside and the passages get their width back.
    [1000, { library: 0, passages: 300 }],
    [900, { library: 0, passages: 300 }],
    // 1280 at 150% zoom: 853 CSS pixels.
    [853, { library: 0, passages: 287 }],
    // Not even one pane fits: the article has the window.
    [780, { library: 0, passages: 0 }],
  ])('at %i px gives %o', (available, expected) => {
    expect(fitPanes({ ...base, available })).toEqual(expected);
  });

  it('keeps the main view at its least width whenever any pane is shown', () => {
    for (let available = 300; available <= 1600; available += 7) {
      const fit = fitPanes({ ...base, available });
      const used = fit.library + fit.passages + (fit.library > 0 ? 6 : 0) + (fit.passages > 0 ? 6 : 0);
      if (used > 0) expect(available - used, `at ${available}`).toBeGreaterThanOrEqual(base.mainMin);
      if (fit.library > 0) expect(fit.library).toBeGreaterThanOrEqual(library.min);
      if (fit.passages > 0) expect(fit.passages).toBeGreaterThanOrEqual(passages.min);
    }
  });

  it('lets the pane the user opened last keep its place', () => {
    expect(fitPanes({ ...base, available: 900, priority: ['library', 'passages'] })).toEqual({ library: 260, passages: 0 });
  });

  it('gives a closed pane no room', () => {
    expect(fitPanes({ ...base, available: 900, panes: { library, passages: { ...passages, open: false } } })).toEqual({ library: 260, passages: 0 });
    expect(fitPanes({ ...base, available: 1400, panes: { library: { ...library, open: false } } })).toEqual({ library: 0, passages: 0 });
  });
});
