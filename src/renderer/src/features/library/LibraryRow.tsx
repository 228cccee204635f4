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
  /** Undefined while its page is on its way: the row keeps its place (and focus) and fills in when it arrives. */
  document: DocumentSummary | undefined;
  codebook: Codebook;
  selected: boolean;
  /** The document the reader shows. */
  open: boolean;
  onClick: (event: MouseEvent) => void;
  /** Enter or Space on the row. */
  onChoose: () => void;
}

/**
 * One document of the library list: title, outlet, date, length and document
 * tags, in a row of one of two heights (with tags or without). A row whose
 * page has not arrived has the same height and the same element, so nothing
 * jumps and keyboard focus stays on it when it fills in.
 */
export function LibraryRow({ index, setSize, top, document, codebook, selected, open, tabbable, onClick, onChoose }: Props) {
  const classes = document
    ? `library-item${document.tags.length > 0 ? ' with-tags' : ''}${selected ? ' selected' : ''}${open ? ' open' : ''}`
    : 'library-item pending';
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      aria-label={document ? undefined : 'Loading…'}
      // Only some rows exist at a time: these tell assistive technology where this one stands.
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      data-document-id={document?.id}
      className={classes}
      style={{ transform: `translateY(${top}px)` }}
      onClick={document && onClick}
      onKeyDown={(event) => {
        if (document && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onChoose();
        }
      }}
    >
      {document ? <DocumentLines document={document} codebook={codebook} /> : <PendingLines />}
    </li>
  );
}

function DocumentLines({ document, codebook }: { document: DocumentSummary; codebook: Codebook }) {
  return (
    <>
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
    </>
  );
}

function PendingLines() {
  return (
    <>
      <span className="library-item-title pending-line" />
      <span className="library-item-source pending-line short" />
    </>
  );
}
