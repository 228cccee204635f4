import { useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import type { View } from '../../app/App';
import { describeChord } from '../../commands/commands';
import type { Codebook } from '../../data/tags';
import { TagChip } from '../tags/TagChip';
import { formatDate, formatWordCount } from './format';

interface Props {
  documents: DocumentSummary[];
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
  const listRef = useRef<HTMLUListElement>(null);
  const [filter, setFilter] = useState(ALL);
  const documentTags = codebook.tags.filter((tag) => tag.documentCount > 0);
  const activeFilter = documentTags.some((tag) => tag.id === filter) ? filter : ALL;
  const shown = activeFilter === ALL ? documents : documents.filter((d) => d.tags.includes(activeFilter));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const current = shown.findIndex((d) => d.id === selectedId);
    const next = Math.min(shown.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const target = shown[next];
    if (!target) return;
    onSelect(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-document-id="${target.id}"]`)?.focus();
  };

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <span className="brand">Scholia</span>
        <span className="library-count">{loading ? '…' : `${documents.length} in library`}</span>
      </header>
      <button type="button" className="search-button" onClick={onSearch}>
        <span>Search</span>
        <kbd>{describeChord('Mod+K')}</kbd>
      </button>
      <div className="import-actions">
        <button type="button" className="button-quiet small" onClick={onImport} title={describeChord('Mod+O')}>
          Import files…
        </button>
        <button type="button" className="button-quiet small" onClick={onPaste} title={describeChord('Mod+Shift+V')}>
          Paste text…
        </button>
      </div>
      <div className="view-tabs" role="tablist" aria-label="Views">
        <ViewTab label="Read" active={view.kind === 'read'} onClick={() => onView({ kind: 'read' })} />
        <ViewTab label="Codebook" hint={describeChord('Mod+Shift+C')} active={view.kind === 'codebook'} onClick={() => onView({ kind: 'codebook' })} />
        <ViewTab label="By tag" hint={describeChord('Mod+Shift+T')} active={view.kind === 'tag'} onClick={() => onView({ kind: 'tag', tagId: null })} />
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
      <ul className="library-list" role="listbox" aria-label="Documents" ref={listRef} onKeyDown={onKeyDown}>
        {shown.map((document) => {
          const selected = document.id === selectedId;
          return (
            <li
              key={document.id}
              role="option"
              aria-selected={selected}
              tabIndex={selected || (selectedId === null && document === shown[0]) ? 0 : -1}
              data-document-id={document.id}
              className={selected ? 'library-item selected' : 'library-item'}
              onClick={() => onSelect(document.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(document.id);
                }
              }}
            >
              <span className="library-item-title">{document.title}</span>
              <span className="library-item-source">{document.source}</span>
              <span className="library-item-meta">
                <time dateTime={document.addedAt}>Added {formatDate(document.addedAt)}</time>
                <span aria-hidden="true"> · </span>
                <span>{formatWordCount(document.wordCount)}</span>
              </span>
              {document.tags.length > 0 && (
                <span className="library-item-tags">
                  {document.tags.map((id) => {
                    const tag = codebook.byId.get(id);
                    return tag && <TagChip key={id} tag={tag} />;
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function ViewTab({ label, hint, active, onClick }: { label: string; hint?: string; active: boolean; onClick: () => void }) {
  return (
    <button type="button" role="tab" aria-selected={active} className={active ? 'view-tab active' : 'view-tab'} onClick={onClick} title={hint}>
      {label}
    </button>
  );
}
