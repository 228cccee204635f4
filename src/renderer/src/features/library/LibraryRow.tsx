import type { DocumentSummary } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { TagChip } from '../tags/TagChip';
import { formatDate, formatWordCount } from './format';

interface Props {
  index: number;
  setSize: number;
  /** Where the row sits in the list, in pixels from its top. */
  top: number;
  document: DocumentSummary;
  codebook: Codebook;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
}

/** One document of the library list: title, source, date added, length and document tags, in a row of one of two heights (with tags or without). */
export function LibraryRow({ index, setSize, top, document, codebook, selected, tabbable, onSelect }: Props) {
  return (
    <li
      role="option"
      aria-selected={selected}
      // Only some rows exist at a time: these tell assistive technology where this one stands.
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      data-document-id={document.id}
      className={`library-item${document.tags.length > 0 ? ' with-tags' : ''}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
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
}
