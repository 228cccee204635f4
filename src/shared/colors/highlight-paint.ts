/**
 * How a user-chosen tag colour is drawn on a theme. The colour is mixed into
 * the theme's paper, as much as it can be while the theme's ink on it stays
 * at WCAG AA (4.5:1): on paper a light yellow keeps most of its strength,
 * on a dark theme the same yellow is mixed in less, so white text still reads
 * and the highlights stay as far apart from each other as the rule allows.
 */
import { contrast, mix, parseHex, toHex, type Rgb } from './color-math';

/** The theme colours a highlight is drawn against. */
export interface ThemeInk {
  paper: string;
  ink: string;
}

export interface HighlightPaint {
  /** A passage's highlight. */
  fill: string;
  /** The inner of two overlapping passages: stronger, never below the same contrast. */
  strong: string;
  /** Lines drawn in the tag's colour (the outer passage's underline, a chosen passage's outline, a chip's border). */
  edge: string;
}

/** Above AA's 4.5, so rounding to whole channel values and anti-aliasing never bring text under it. */
export const TEXT_CONTRAST = 4.6;
const FILL_WEIGHT = 0.55;
const STRONG_WEIGHT = 0.8;
const STEP = 0.01;

/** The strongest mix of `color` into `paper`, at most `weight`, that keeps `ink` readable on it. */
export function readableMix(color: Rgb, paper: Rgb, ink: Rgb, weight: number): Rgb {
  for (let w = weight; w > 0; w -= STEP) {
    const candidate = mix(color, paper, w);
    if (contrast(ink, candidate) >= TEXT_CONTRAST) return candidate;
  }
  return paper;
}

/** The paint for one tag colour on one theme; a colour that is not #rrggbb is drawn as the theme's neutral. */
export function highlightPaint(color: string, theme: ThemeInk): HighlightPaint {
  const paper = parseHex(theme.paper) ?? [255, 255, 255];
  const ink = parseHex(theme.ink) ?? [0, 0, 0];
  const tag = parseHex(color) ?? mix(ink, paper, 0.5);
  const fill = readableMix(tag, paper, ink, FILL_WEIGHT);
  const strong = readableMix(tag, paper, ink, STRONG_WEIGHT);
  // Lines need no text on them: the tag colour about a third of the way to the ink stands out from paper and fill alike.
  const edge = mix(tag, ink, 0.65);
  return { fill: toHex(fill), strong: toHex(strong), edge: toHex(edge) };
}
