import type { MouseEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { TagChip } from '../tags/TagChip';
import { formatDate, formatPublished, formatWordCount } from './format';

interface Placement {
  index: number;
  setSize: number;
  /** Where the row sits in the list, in pixels from its top. */
  top: number;
  tabbable: boolean;
}

interface Props extends Placement {
  document: DocumentSummary;
  codebook: Codebook;
  selected: boolean;
  /** The document the reader shows. */
  open: boolean;
  onClick: (event: MouseEvent) => void;
  /** Enter or Space on the row. */
  onChoose: () => void;
}

/** One document of the library list: title, outlet, date, length and document tags, in a row of one of two heights (with tags or without). */
export function LibraryRow({ index, setSize, top, document, codebook, selected, open, tabbable, onClick, onChoose }: Props) {
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      // Only some rows exist at a time: these tell assistive technology where this one stands.
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      data-document-id={document.id}
      className={`library-item${document.tags.length > 0 ? ' with-tags' : ''}${selected ? ' selected' : ''}${open ? ' open' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onChoose();
        }
      }}
    >
      <span className="library-item-title">{document.title}</span>
      <span className="library-item-source">{document.source || '\u00a0'}</span>
      <span className="library-item-meta">
        {document.publishedAt ? (
          <time dateTime={document.publishedAt}>{formatPublished(document.publishedAt)}</time>
        ) : (
          <time dateTime={document.addedAt}>Added {formatDate(document.addedAt)}</time>
        )}
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
}

/** A row whose page main has not answered yet: the same height, so nothing jumps when it arrives. */
export function PendingRow({ index, setSize, top, tabbable }: Placement) {
  return (
    <li
      role="option"
      aria-selected={false}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-label="Loading…"
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      className="library-item pending"
      style={{ transform: `translateY(${top}px)` }}
    >
      <span className="library-item-title pending-line" />
      <span className="library-item-source pending-line short" />
    </li>
  );
}
