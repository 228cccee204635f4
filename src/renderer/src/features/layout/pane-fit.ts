/**
 * Which side panes fit beside the main view, and how wide. The main view
 * comes first: it keeps at least `mainMin` (in the reader, 45 characters a
 * line), so on a narrow window or at a large zoom the panes narrow to their
 * least width, then the one with the lower priority steps aside, then the
 * other. A pane the user closed takes no room.
 */
import type { PaneName } from '../../../../shared/settings';

export interface PaneRequest {
  /** The width the user gave it. */
  width: number;
  open: boolean;
  min: number;
}

export interface FitInput {
  /** The window's width in CSS pixels (after zoom). */
  available: number;
  mainMin: number;
  /** Room each shown pane's separator takes. */
  separator: number;
  panes: Partial<Record<PaneName, PaneRequest>>;
  /** Panes in the order they keep their place; the last steps aside first. */
  priority: readonly PaneName[];
}

/** Each pane's width, or 0 when it is not shown. */
export type PaneWidths = Record<PaneName, number>;

export function fitPanes({ available, mainMin, separator, panes, priority }: FitInput): PaneWidths {
  const shown = priority.filter((name) => panes[name]?.open);
  const room = (names: readonly PaneName[]) => available - mainMin - names.length * separator;
  while (shown.length > 0) {
    const space = room(shown);
    const wanted = shown.reduce((sum, name) => sum + panes[name]!.width, 0);
    const least = shown.reduce((sum, name) => sum + panes[name]!.min, 0);
    if (wanted <= space) return widths(shown.map((name) => [name, panes[name]!.width]));
    if (least <= space) return widths(narrowed(shown, panes, space));
    shown.pop();
  }
  return widths([]);
}

/** Takes the missing room from the panes that yield first, each down to its least width. */
function narrowed(shown: readonly PaneName[], panes: FitInput['panes'], space: number): [PaneName, number][] {
  const result = new Map(shown.map((name) => [name, panes[name]!.width]));
  let excess = [...result.values()].reduce((a, b) => a + b, 0) - space;
  for (const name of [...shown].reverse()) {
    const give = Math.min(excess, result.get(name)! - panes[name]!.min);
    result.set(name, result.get(name)! - give);
    excess -= give;
  }
  return [...result];
}

const widths = (entries: [PaneName, number][]): PaneWidths => ({ library: 0, passages: 0, ...Object.fromEntries(entries) });
