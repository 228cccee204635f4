import { useMemo } from 'react';
import { highlightPaint, type HighlightPaint, type ThemeInk } from '../../../../shared/colors/highlight-paint';
import { useViewState } from './view-settings-store';

/** Paints tag colours for the theme drawn now (its --paper and --ink), again whenever the theme changes. */
export function useHighlightPaint(): (color: string) => HighlightPaint {
  const { theme } = useViewState();
  return useMemo(() => {
    void theme;
    const style = getComputedStyle(document.documentElement);
    return painterFor({ paper: style.getPropertyValue('--paper').trim(), ink: style.getPropertyValue('--ink').trim() });
  }, [theme]);
}

/** One painter per theme's colours, remembering what it painted: every chip and mark of a tag asks for the same colour. */
function painterFor(ink: ThemeInk): (color: string) => HighlightPaint {
  const painted = new Map<string, HighlightPaint>();
  return (color) => {
    let paint = painted.get(color);
    if (!paint) painted.set(color, (paint = highlightPaint(color, ink)));
    return paint;
  };
}
