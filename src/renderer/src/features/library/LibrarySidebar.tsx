import type { View } from '../../app/view';
import type { CommandId } from '../../commands/app-commands';
import { shortcutOf } from '../../commands/shortcuts';
import type { Codebook } from '../../data/tags';
import { BulkActions } from './BulkActions';
import { activeFilters, LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { useLibraryQuery } from './library-query-store';
import { useLibrarySelection } from './use-library-selection';
import { useLibraryWindow } from './use-library-window';

interface Props {
  codebook: Codebook;
  /** The document the reader shows, if the reader is the view. */
  openId: string | null;
  onOpen: (id: string) => void;
  view: View;
  onView: (view: View) => void;
  onSearch: () => void;
  onImport: () => void;
  onPaste: () => void;
  onExport: () => void;
  onImportProject: () => void;
}

const VIEWS: { kind: View['kind']; label: string; command?: CommandId }[] = [
  { kind: 'read', label: 'Read' },
  { kind: 'codebook', label: 'Codebook', command: 'view.codebook' },
  { kind: 'tag', label: 'By tag', command: 'view.tags' },
  { kind: 'memos', label: 'Memos', command: 'view.memos' },
  { kind: 'analysis', label: 'Analysis', command: 'view.analysis' },
  { kind: 'concordance', label: 'Concordance', command: 'view.concordance' },
  { kind: 'entities', label: 'Entities', command: 'view.entities' },
  { kind: 'attributes', label: 'Attributes' },
  { kind: 'shared', label: 'Shared text', command: 'view.shared' },
  { kind: 'backups', label: 'Backups' },
];

/** The library: sorted and filtered as the user asks, documents chosen one or several at a time; arrow keys move through it. */
export function LibrarySidebar({ codebook, openId, onOpen, view, onView, onSearch, onImport, onPaste, onExport, onImportProject }: Props) {
  const [query, setQuery] = useLibraryQuery();
  const rows = useLibraryWindow(query);
  const selection = useLibrarySelection(query, rows.total, onOpen);
  const filtered = activeFilters(query.filter) > 0;
  const count = rows.loading && rows.libraryTotal === 0 ? '…' : filtered ? `${rows.total.toLocaleString()} of ${rows.libraryTotal.toLocaleString()}` : `${rows.libraryTotal.toLocaleString()} in library`;

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <span className="brand">Scholia</span>
        <span className="library-count" role="status">
          {count}
        </span>
      </header>
      <button type="button" className="search-button" onClick={onSearch}>
        <span>Search</span>
        <kbd>{shortcutOf('search.open')}</kbd>
      </button>
      <div className="import-actions">
        <button type="button" className="button-quiet small" onClick={onImport} title={shortcutOf('import.files')}>
          Import files…
        </button>
        <button type="button" className="button-quiet small" onClick={onPaste} title={shortcutOf('import.paste')}>
          Paste text…
        </button>
      </div>
      <div className="import-actions">
        <button type="button" className="button-quiet small" onClick={onExport} title={shortcutOf('export.open')}>
          Export…
        </button>
        <button type="button" className="button-quiet small" onClick={onImportProject} title="Import a REFI-QDA project or codebook from another QDA tool">
          Import project…
        </button>
      </div>
      <div className="view-tabs" role="tablist" aria-label="Views">
        {VIEWS.map((tab) => (
          <button
            key={tab.kind}
            type="button"
            role="tab"
            aria-selected={view.kind === tab.kind}
            className={view.kind === tab.kind ? 'view-tab active' : 'view-tab'}
            onClick={() => onView(tab.kind === 'tag' ? { kind: 'tag', tagId: null } : ({ kind: tab.kind } as View))}
            title={tab.command ? shortcutOf(tab.command) : undefined}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <LibraryFilters query={query} onChange={setQuery} codebook={codebook} />
      {selection.chosen.size > 1 && <BulkActions ids={[...selection.chosen]} codebook={codebook} onClear={selection.clear} />}
      {rows.error && (
        <p className="field-error library-error" role="alert">
          {rows.error}
        </p>
      )}
      {!rows.loading && rows.total === 0 && filtered && <p className="panel-empty">No document matches these filters.</p>}
      <LibraryList
        rows={rows}
        codebook={codebook}
        openId={openId}
        selected={selection.chosen}
        onPick={selection.pick}
        onSelectAll={selection.selectAll}
        onClearSelection={selection.clear}
      />
    </nav>
  );
}
