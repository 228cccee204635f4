/**
 * Tag colours on each theme: the ink stays at WCAG AA on every highlight
 * and chip, the highlight still differs from the paper, overlapping
 * passages draw stronger, and the colour maths agree with known values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAG_PALETTE } from '../../src/main/coding/tag-colors';
import { contrast, luminance, mix, parseHex, toHex } from '../../src/shared/colors/color-math';
import { highlightPaint, type ThemeInk } from '../../src/shared/colors/highlight-paint';

/** Each theme's paper and ink, read from the stylesheet the window uses, so the test follows the palette. */
function themesFromCss(): Record<string, ThemeInk> {
  const css = readFileSync(new URL('../../src/renderer/src/styles/base.css', import.meta.url), 'utf8');
  const themes: Record<string, ThemeInk> = {};
  for (const match of css.matchAll(/:root\[data-theme='(\w+)'\] \{([^}]*)\}/g)) {
    const value = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(match[2]!)?.[1];
    themes[match[1]!] = { paper: value('paper')!, ink: value('ink')! };
  }
  return themes;
}

const THEMES = themesFromCss();
const rgb = (hex: string) => parseHex(hex)!;
/** Colours a user may well choose, the awkward ones included: near-black, pure primaries, white, the paper itself. */
/** #e6dfc6 is the renderer's colour for a passage without tags. */
const COLOURS = [...TAG_PALETTE, '#e6dfc6', '#000000', '#ffffff', '#ff0000', '#0000ff', '#00ff00', '#123456', '#fbfaf7', '#1c1b19'];

describe('colour maths', () => {
  it('matches WCAG reference values', () => {
    expect(luminance(rgb('#ffffff'))).toBeCloseTo(1, 6);
    expect(luminance(rgb('#000000'))).toBe(0);
    expect(contrast(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 6);
    expect(contrast(rgb('#777777'), rgb('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrast(rgb('#ffffff'), rgb('#777777'))).toBeCloseTo(4.48, 2);
  });

  it('mixes as CSS color-mix in srgb does, and reads short and long hex', () => {
    expect(toHex(mix(rgb('#ff0000'), rgb('#0000ff'), 0.5))).toBe('#800080');
    expect(toHex(mix(rgb('#f6d365'), rgb('#fbfaf7'), 0.55))).toBe('#f8e5a7');
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
    expect(parseHex('red')).toBeNull();
    expect(parseHex('#12345g')).toBeNull();
  });
});

describe('highlight paint', () => {
  it('finds the light, dark and sepia themes in the stylesheet', () => {
    expect(Object.keys(THEMES).sort()).toEqual(['dark', 'light', 'sepia']);
  });

  describe.each(Object.entries(THEMES))('on the %s theme', (_name, theme) => {
    it.each(COLOURS)('keeps the ink at 4.5:1 on %s, alone and overlapped', (colour) => {
      const paint = highlightPaint(colour, theme);
      expect(contrast(rgb(theme.ink), rgb(paint.fill))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgb(theme.ink), rgb(paint.strong))).toBeGreaterThanOrEqual(4.5);
    });

    it.each(TAG_PALETTE)('draws the palette colour %s visibly apart from the paper, overlaps at least as strong', (colour) => {
      const paint = highlightPaint(colour, theme);
      const paper = rgb(theme.paper);
      const distance = (a: string) => Math.hypot(...rgb(a).map((c, i) => c - paper[i]!));
      expect(distance(paint.fill)).toBeGreaterThan(25);
      expect(distance(paint.strong)).toBeGreaterThanOrEqual(distance(paint.fill));
    });
  });

  it('keeps the palette colours apart from each other on every theme', () => {
    for (const theme of Object.values(THEMES)) {
      const fills = TAG_PALETTE.map((colour) => highlightPaint(colour, theme).fill);
      expect(new Set(fills).size).toBe(TAG_PALETTE.length);
    }
  });

  it('mixes in less of a bright colour on the dark theme than on paper', () => {
    const weightOf = (theme: ThemeInk) => {
      const fill = rgb(highlightPaint('#f6d365', theme).fill);
      return (fill[0] - rgb(theme.paper)[0]) / (rgb('#f6d365')[0] - rgb(theme.paper)[0]);
    };
    expect(weightOf(THEMES['light']!)).toBeCloseTo(0.55, 1);
    expect(weightOf(THEMES['dark']!)).toBeLessThan(0.4);
  });

  it('draws a colour it cannot read as a neutral rather than failing', () => {
    const paint = highlightPaint('not a colour', THEMES['light']!);
    expect(contrast(rgb(THEMES['light']!.ink), rgb(paint.fill))).toBeGreaterThanOrEqual(4.5);
  });
});
