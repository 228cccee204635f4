import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import type { View } from '../../app/view';
import { shortcutOf } from '../../commands/shortcuts';
import type { Codebook } from '../../data/tags';
import { LibraryList } from './LibraryList';

interface Props {
  documents: readonly DocumentSummary[];
  codebook: Codebook;
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  view: View;
  onView: (view: View) => void;
  onSearch: () => void;
  onImport: () => void;
  onPaste: () => void;
}

const ALL = '';

/** The library: every document, newest first, filterable by document tag; arrow keys move through it. */
export function LibrarySidebar({ documents, codebook, loading, selectedId, onSelect, view, onView, onSearch, onImport, onPaste }: Props) {
  const [filter, setFilter] = useState(ALL);
  const documentTags = codebook.tags.filter((tag) => tag.documentCount > 0);
  const activeFilter = documentTags.some((tag) => tag.id === filter) ? filter : ALL;
  const shown = activeFilter === ALL ? documents : documents.filter((d) => d.tags.includes(activeFilter));

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <span className="brand">Scholia</span>
        <span className="library-count">{loading ? '…' : `${documents.length.toLocaleString()} in library`}</span>
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
      <div className="view-tabs" role="tablist" aria-label="Views">
        <ViewTab label="Read" active={view.kind === 'read'} onClick={() => onView({ kind: 'read' })} />
        <ViewTab label="Codebook" hint={shortcutOf('view.codebook')} active={view.kind === 'codebook'} onClick={() => onView({ kind: 'codebook' })} />
        <ViewTab label="By tag" hint={shortcutOf('view.tags')} active={view.kind === 'tag'} onClick={() => onView({ kind: 'tag', tagId: null })} />
        <ViewTab label="Backups" active={view.kind === 'backups'} onClick={() => onView({ kind: 'backups' })} />
      </div>
      {documentTags.length > 0 && (
        <select className="library-filter" value={activeFilter} onChange={(event) => setFilter(event.target.value)} aria-label="Filter the library by tag">
          <option value={ALL}>All documents</option>
          {documentTags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.path} ({tag.documentCount})
            </option>
          ))}
        </select>
      )}
      <LibraryList documents={shown} codebook={codebook} selectedId={selectedId} onSelect={onSelect} />
    </nav>
  );
}

function ViewTab({ label, hint, active, onClick }: { label: string; hint?: string | undefined; active: boolean; onClick: () => void }) {
  return (
    <button type="button" role="tab" aria-selected={active} className={active ? 'view-tab active' : 'view-tab'} onClick={onClick} title={hint}>
      {label}
    </button>
  );
}
