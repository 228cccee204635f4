import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_LIBRARY_QUERY, type ListedDocument } from '../../../../shared/library-query';
import type { PlacedPassage, TagView } from '../../../../shared/model';
import { Modal } from '../../components/Modal';
import { libraryPageQuestion, passagesQuestion } from '../../data/queries';
import { filterTags, type Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { formatDate, formatPublished } from '../library/format';
import type { NoteLink } from '../passages/markdown';
import { TagChip } from '../tags/TagChip';
import { moveAmong } from './list-keys';
import { shortQuote } from './memo-text';

type LinkKind = NoteLink['kind'];

const KINDS: { kind: LinkKind; label: string }[] = [
  { kind: 'document', label: 'Document' },
  { kind: 'passage', label: 'Passage' },
  { kind: 'tag', label: 'Tag' },
];

/** Results a list shows at once; more words narrow it. */
const SHOWN = 30;

interface Props {
  codebook: Codebook;
  /** The link chosen, with the text it is written with unless the memo's selected words replace it. */
  onChoose: (text: string, link: NoteLink) => void;
  onClose: () => void;
}

/**
 * Chooses what a memo links to: a document found by its title, a passage of
 * such a document, or a tag. Enter takes the first result.
 */
export function LinkPicker({ codebook, onChoose, onClose }: Props) {
  const [kind, setKind] = useState<LinkKind>('document');
  const [words, setWords] = useState('');
  const [tagWords, setTagWords] = useState('');
  const [chosenDocument, setDocument] = useState<ListedDocument | null>(null);
  const inDocument = kind === 'passage' ? chosenDocument : null;
  const search = useRef<HTMLInputElement>(null);
  const trimmed = words.trim();
  const documents = useQuery(kind === 'tag' || inDocument ? null : libraryPageQuestion({ ...DEFAULT_LIBRARY_QUERY, filter: trimmed ? { words: trimmed } : {} }, 0));
  const passages = useQuery(inDocument ? passagesQuestion(inDocument.id) : null);
  const tags = kind === 'tag' ? filterTags(codebook.tags, tagWords) : [];

  // Typing is what one does first: the search field, not the choice of kind, takes the focus the dialog gives its first field.
  useEffect(() => search.current?.focus(), []);

  const chooseDocument = (chosen: ListedDocument) => {
    if (kind === 'document') onChoose(chosen.title, { kind: 'document', id: chosen.id });
    else setDocument(chosen);
  };
  const choosePassage = (passage: PlacedPassage) => onChoose(shortQuote(passage.quote.exact), { kind: 'passage', documentId: passage.documentId, passageId: passage.id });
  const chooseTag = (tag: TagView) => onChoose(tag.path, { kind: 'tag', id: tag.id });
  const takeFirst = () => {
    if (kind === 'tag') {
      if (tags[0]) chooseTag(tags[0]);
    } else if (inDocument) {
      const first = passages.data?.[0];
      if (first) choosePassage(first);
    } else {
      const first = documents.data?.documents[0];
      if (first) chooseDocument(first);
    }
  };

  return (
    <Modal label="Insert a link" className="link-picker" onClose={onClose} onSubmit={takeFirst}>
      <h2>Insert a link</h2>
      <fieldset className="link-kinds">
        <legend>Link to</legend>
        {KINDS.map((option) => (
          <label key={option.kind}>
            <input type="radio" name="link-kind" value={option.kind} checked={kind === option.kind} onChange={() => setKind(option.kind)} /> {option.label}
          </label>
        ))}
      </fieldset>
      <div className="link-choices" onKeyDown={(event) => moveAmong(event, '[data-pick]')}>
        {kind === 'tag' ? (
          <>
            <label>
              Find a tag
              <input ref={search} type="search" value={tagWords} placeholder="Part of the tag’s path" onChange={(event) => setTagWords(event.target.value)} />
            </label>
            <PickList label="Tags" empty={codebook.tags.length === 0 ? 'The codebook is empty.' : 'No tag matches.'} total={tags.length} shown={Math.min(SHOWN, tags.length)}>
              {tags.slice(0, SHOWN).map((tag) => (
                <li key={tag.id}>
                  <button type="button" className="link-pick" data-pick onClick={() => chooseTag(tag)}>
                    <TagChip tag={tag} />
                  </button>
                </li>
              ))}
            </PickList>
          </>
        ) : inDocument ? (
          <>
            <p className="link-document">
              Passages of <strong>{inDocument.title}</strong>{' '}
              <button type="button" className="button-quiet small" onClick={() => setDocument(null)}>
                Choose another document
              </button>
            </p>
            {passages.error && <p className="field-error" role="alert">{passages.error}</p>}
            <PickList label="Passages" empty={passages.loading ? 'Loading…' : 'This document has no passages yet.'} total={passages.data?.length ?? 0} shown={passages.data?.length ?? 0}>
              {(passages.data ?? []).map((passage) => (
                <li key={passage.id}>
                  <button type="button" className="link-pick" data-pick onClick={() => choosePassage(passage)}>
                    <span className="link-pick-quote">{shortQuote(passage.quote.exact, 160)}</span>
                    <span className="passage-tags">
                      {passage.tagIds.map((id) => {
                        const tag = codebook.byId.get(id);
                        return tag && <TagChip key={id} tag={tag} />;
                      })}
                      {passage.anchor === null && <span className="hint">Orphaned</span>}
                    </span>
                  </button>
                </li>
              ))}
            </PickList>
          </>
        ) : (
          <>
            <label>
              {kind === 'passage' ? 'Find the passage’s document by its title' : 'Find a document by its title'}
              <input ref={search} type="search" value={words} placeholder="Words of its title" onChange={(event) => setWords(event.target.value)} />
            </label>
            {documents.error && <p className="field-error" role="alert">{documents.error}</p>}
            <PickList label="Documents" empty={documents.loading ? 'Searching…' : 'No document has those words in its title.'} total={documents.data?.total ?? 0} shown={Math.min(SHOWN, documents.data?.documents.length ?? 0)}>
              {(documents.data?.documents ?? []).slice(0, SHOWN).map((found) => (
                <li key={found.id}>
                  <button type="button" className="link-pick" data-pick onClick={() => chooseDocument(found)}>
                    <span className="link-pick-title">{found.title}</span>
                    <span className="hint">
                      {[found.source, found.publishedAt ? formatPublished(found.publishedAt) : formatDate(found.addedAt), kind === 'passage' ? `${found.passageCount.toLocaleString()} ${found.passageCount === 1 ? 'passage' : 'passages'}` : null].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </PickList>
          </>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

function PickList({ label, empty, total, shown, children }: { label: string; empty: string; total: number; shown: number; children: ReactNode }) {
  if (total === 0) return <p className="hint">{empty}</p>;
  return (
    <>
      <ul className="link-picks" aria-label={label}>
        {children}
      </ul>
      {total > shown && <p className="hint">{`Showing ${shown} of ${total.toLocaleString()}: type more words to narrow the list.`}</p>}
    </>
  );
}
