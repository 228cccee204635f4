import type { Memo, MemoAbout } from '../../../../shared/model';
import { formatDate } from '../library/format';
import { moveAmong } from './list-keys';
import { editKey, type MemoEdit, type OpenMemo } from './memo-edits';
import { memoExcerpt, type Target } from './memo-text';

/** Which memos the list shows: all, or those about one kind of thing. */
export type MemoFilter = 'all' | MemoAbout['kind'];

const SECTIONS: { kind: MemoAbout['kind']; title: string; empty: string }[] = [
  { kind: 'project', title: 'Journal', empty: 'No journal entries yet.' },
  { kind: 'document', title: 'Documents', empty: 'No memos on documents yet: write one from the reader.' },
  { kind: 'tag', title: 'Tags', empty: 'No memos on tags yet: write one from the codebook.' },
];

interface Props {
  memos: readonly Memo[];
  filter: MemoFilter;
  /** The edit key of the memo the editor shows. */
  openKey: string | null;
  /** A new memo open in the editor, listed in its section until it is saved. */
  draft: MemoAbout | null;
  target: (about: MemoAbout) => Target;
  edits: ReadonlyMap<string, MemoEdit>;
  loading: boolean;
  onOpen: (open: OpenMemo) => void;
}

/** The memos by what they are about; arrow keys move through them. */
export function MemoList({ memos, filter, openKey, draft, target, edits, loading, onOpen }: Props) {
  const sections = SECTIONS.filter((section) => filter === 'all' || filter === section.kind);
  return (
    <div className="memo-list" onKeyDown={(event) => moveAmong(event, '[data-memo-item]')}>
      {sections.map((section) => {
        const items = inOrder(
          memos.filter((memo) => memo.about.kind === section.kind),
          target,
        );
        const newOne = draft?.kind === section.kind ? draft : null;
        const headingId = `memo-section-${section.kind}`;
        return (
          <section key={section.kind} className="memo-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {section.title} <span className="memo-section-count">{items.length.toLocaleString()}</span>
            </h2>
            {items.length === 0 && !newOne && !loading && <p className="hint">{section.empty}</p>}
            <ul>
              {newOne && (
                <li>
                  <button type="button" className="memo-item" data-memo-item aria-current="true" onClick={() => onOpen({ draft: newOne })}>
                    <span className="memo-item-title">{newOne.kind === 'project' ? 'New journal entry' : target(newOne).name}</span>
                    <span className="memo-item-meta">Not saved yet</span>
                  </button>
                </li>
              )}
              {items.map((memo) => (
                <MemoItem key={memo.id} memo={memo} target={target(memo.about)} current={openKey === editKey({ memoId: memo.id })} unsaved={edits.has(editKey({ memoId: memo.id }))} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The journal the newest first, as a journal reads; memos on documents and
 * tags by what they are about, to be found by name, those about deleted ones last.
 */
function inOrder(memos: Memo[], target: (about: MemoAbout) => Target): Memo[] {
  if (memos[0]?.about.kind === 'project') return memos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const named = memos.map((memo) => ({ memo, target: target(memo.about) }));
  named.sort((a, b) => Number(a.target.gone) - Number(b.target.gone) || a.target.name.localeCompare(b.target.name));
  return named.map((entry) => entry.memo);
}

function MemoItem({ memo, target, current, unsaved, onOpen }: { memo: Memo; target: Target; current: boolean; unsaved: boolean; onOpen: (open: OpenMemo) => void }) {
  const journal = memo.about.kind === 'project';
  const excerpt = journal ? memoExcerpt(memo.body) : memo.title || memoExcerpt(memo.body);
  return (
    <li>
      <button
        type="button"
        className={`memo-item${target.gone ? ' gone' : ''}`}
        data-memo-item
        aria-current={current ? 'true' : undefined}
        onClick={() => onOpen({ memoId: memo.id })}
      >
        <span className="memo-item-title">{journal ? memo.title || 'Untitled entry' : target.name}</span>
        <span className="memo-item-meta">
          <time dateTime={journal ? memo.createdAt : memo.updatedAt}>{journal ? formatDate(memo.createdAt) : `Edited ${formatDate(memo.updatedAt)}`}</time>
          {target.gone && <span className="memo-gone"> · no longer in the notebook</span>}
          {unsaved && <span className="memo-unsaved"> · unsaved changes</span>}
        </span>
        {excerpt !== '' && <span className="memo-item-excerpt">{excerpt}</span>}
      </button>
    </li>
  );
}
