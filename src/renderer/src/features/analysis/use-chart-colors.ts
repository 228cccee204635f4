import { useMemo } from 'react';
import { useViewState } from '../settings/view-settings-store';
import type { ChartColors } from './chart-options';

/** Line colours, defined per theme in analysis.css (--chart-1 …). */
const SERIES = 6;

function read(): { colors: ChartColors; palette: string[] } {
  const style = getComputedStyle(document.documentElement);
  const value = (name: string) => style.getPropertyValue(name).trim();
  return {
    colors: {
      ink: value('--ink'),
      inkSoft: value('--ink-soft'),
      rule: value('--rule'),
      accent: value('--accent'),
      surface: value('--surface'),
      low: value('--chart-low') || value('--surface-muted'),
      font: value('--ui-font') || 'sans-serif',
    },
    palette: Array.from({ length: SERIES }, (_, i) => value(`--chart-${i + 1}`)).filter(Boolean),
  };
}

/** The theme's colours for charts, read from its CSS variables again whenever the theme drawn changes. */
export function useChartColors(): { colors: ChartColors; palette: string[] } {
  const { theme } = useViewState();
  // Read after the theme is on the root element: the memo runs in the render that follows the change.
  return useMemo(() => (void theme, read()), [theme]);
}
