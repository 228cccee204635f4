import type { PaneName } from '../../../../shared/settings';
import type { PaneLayout } from './use-pane-layout';

const NAMES: Record<PaneName, string> = { library: 'library', passages: 'passages' };

/** Shows or hides a side pane; says which it will do, since the window may have hidden the pane by itself. */
export function PaneToggle({ pane, controls, layout }: { pane: PaneName; controls: string; layout: PaneLayout }) {
  const shown = layout.widths[pane] > 0;
  return (
    <button
      type="button"
      className="button-quiet small pane-toggle"
      aria-controls={controls}
      aria-expanded={shown}
      onClick={() => layout.toggle(pane)}
    >
      {shown ? `Hide ${NAMES[pane]}` : `Show ${NAMES[pane]}`}
    </button>
  );
}
