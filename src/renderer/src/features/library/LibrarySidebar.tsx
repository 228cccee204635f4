import { useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { formatDate, formatWordCount } from './format';

interface Props {
  documents: DocumentSummary[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The library: every document, newest first; arrow keys move through it. */
export function LibrarySidebar({ documents, loading, selectedId, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const current = documents.findIndex((d) => d.id === selectedId);
    const next = Math.min(documents.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const target = documents[next];
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
      <ul className="library-list" role="listbox" aria-label="Documents" ref={listRef} onKeyDown={onKeyDown}>
        {documents.map((document) => {
          const selected = document.id === selectedId;
          return (
            <li
              key={document.id}
              role="option"
              aria-selected={selected}
              tabIndex={selected || (selectedId === null && document === documents[0]) ? 0 : -1}
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
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
