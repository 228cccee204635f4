import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import '@fontsource/literata/700.css';
// Styles live with their features; imported here, in one order, so the cascade never depends on which view loads first.
import './styles/base.css';
import './styles/views.css';
import './features/library/library.css';
import './features/library/library-tools.css';
import './features/notices/notices.css';
import './features/reader/reader.css';
import './features/shared-text/shared-text.css';
import './features/tags/tags.css';
import './features/passages/passages.css';
import './features/quotes/quotes.css';
import './features/codebook/codebook.css';
import './features/tags/tag-view.css';
import './features/toasts/toasts.css';
import './features/search/search.css';
import './features/concordance/concordance.css';
import './features/import/import.css';
import './features/backups/backups.css';
import './features/attributes/attributes.css';
import './features/memos/memos.css';
import './features/versions/versions.css';
import './features/analysis/analysis.css';
import './features/palette/palette.css';
import './features/context-menu/context-menu.css';
import './features/layout/layout.css';
import './features/settings/settings.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startViewSettings } from './features/settings/view-settings-store';

// The stored theme and type are on the page before its first paint, so it never flashes the default look.
void startViewSettings().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
