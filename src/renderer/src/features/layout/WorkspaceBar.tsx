import { useState } from 'react';
import { AppearancePanel } from '../settings/AppearancePanel';
import { PaneToggle } from './PaneToggle';
import type { PaneLayout } from './use-pane-layout';

export const LIBRARY_PANE_ID = 'library-pane';
export const PASSAGES_PANE_ID = 'passages-pane';

/** The strip above the main view: the side panes' toggles and the appearance settings. */
export function WorkspaceBar({ layout, reading }: { layout: PaneLayout; reading: boolean }) {
  const [appearance, setAppearance] = useState(false);
  return (
    <div className="workspace-bar">
      <PaneToggle pane="library" controls={LIBRARY_PANE_ID} layout={layout} />
      <span className="workspace-bar-gap" />
      <button type="button" className="button-quiet small" aria-expanded={appearance} aria-haspopup="dialog" onClick={() => setAppearance((open) => !open)}>
        Appearance
      </button>
      {reading && <PaneToggle pane="passages" controls={PASSAGES_PANE_ID} layout={layout} />}
      {appearance && <AppearancePanel onClose={() => setAppearance(false)} />}
    </div>
  );
}
