import { useContext, useEffect, useMemo, useState } from 'react';
import type { Memo, MemoAbout } from '../../../../shared/model';
import { memosQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import type { NoteLink } from '../passages/markdown';
import { NoteLinkFollower } from '../passages/NoteView';
import { lastOpenMemo, rememberOpenMemo, editKey, useMemoEdits, type OpenMemo } from './memo-edits';
import { memoDocumentsQuestion } from './memo-queries';
import { memoOf, type Target } from './memo-text';
import { MemoEditor } from './MemoEditor';
import { MemoList, type MemoFilter } from './MemoList';

interface Props {
  codebook: Codebook;
  /** Open at this memo. */
  memoId?: string;
  /** Open at the memo about this, or a new one (created when first saved) if it has none. */
  draft?: MemoAbout;
  /** Follows a link from a memo's preview; without it, the app's NoteLinkFollower does. */
  onFollow?: (link: NoteLink) => void;
}

const FILTERS: { value: MemoFilter; label: string }[] = [
  { value: 'all', label: 'All memos' },
  { value: 'project', label: 'Journal' },
  { value: 'document', label: 'On documents' },
  { value: 'tag', label: 'On tags' },
];

/**
 * The research journal (memos on the project, newest first) and the memos
 * on documents and tags, beside an editor for the one chosen. Without a memo
 * to open, it opens at the one open last.
 */
export function MemosView({ codebook, memoId, draft, onFollow }: Props) {
  const memos = useQuery(memosQuestion);
  const edits = useMemoEdits();
  const fromApp = useContext(NoteLinkFollower);
  const follow = onFollow ?? fromApp;
  const [start] = useState<OpenMemo | null>(() => (memoId ? { memoId } : draft ? { draft } : lastOpenMemo()));
  const [open, setOpen] = useState(start);
  // The editor stays the same while a new memo becomes a saved one, so the caret stays where it was.
  const [slot, setSlot] = useState(start && editKey(start));
  const [filter, setFilter] = useState<MemoFilter>('all');
  useEffect(() => rememberOpenMemo(open), [open]);

  const list = useMemo(() => memos.data ?? [], [memos.data]);
  const choose = (next: OpenMemo | null) => {
    setOpen(next);
    setSlot(next && editKey(next));
  };

  // A document or tag has one memo: asking for a new one opens the one it has.
  const existing = open && 'draft' in open ? memoOf(list, open.draft) : undefined;
  const shown: OpenMemo | null = existing ? { memoId: existing.id } : open;
  const memo = shown && 'memoId' in shown ? list.find((m) => m.id === shown.memoId) : undefined;
  const newDraft = shown && 'draft' in shown ? shown.draft : null;
  const target = useTargets(list, newDraft, codebook);

  return (
    <section className="memos-view" aria-labelledby="memos-title">
      <div className="memo-list-pane">
        <header className="view-header">
          <h1 id="memos-title">Memos</h1>
          <p className="hint">The research journal, and a memo for any document or tag. Memos can link to passages, documents and tags.</p>
          <div className="memo-list-tools">
            <button type="button" className="button-primary" onClick={() => choose({ draft: { kind: 'project' } })}>
              New journal entry
            </button>
            <label>
              Show
              <select value={filter} onChange={(event) => setFilter(event.target.value as MemoFilter)}>
                {FILTERS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </header>
        {memos.error && (
          <p className="field-error" role="alert">
            {memos.error}
          </p>
        )}
        <MemoList
          memos={list}
          filter={filter}
          openKey={shown && editKey(shown)}
          draft={newDraft}
          target={target}
          edits={edits}
          loading={memos.data === undefined}
          onOpen={choose}
        />
      </div>
      <div className="memo-editor-pane">
        {shown === null ? (
          <p className="panel-empty">Choose a memo, or start a new journal entry.</p>
        ) : memo || newDraft ? (
          <MemoEditor
            key={slot ?? ''}
            open={shown}
            memo={memo}
            about={memo?.about ?? newDraft!}
            target={target(memo?.about ?? newDraft!)}
            codebook={codebook}
            onSaved={(saved: Memo) => setOpen({ memoId: saved.id })}
            onClosed={() => choose(null)}
            onFollow={follow}
          />
        ) : (
          memos.data && (
            <p className="panel-empty" role="status">
              This memo is no longer in the notebook. If it was just deleted, Undo brings it back.
            </p>
          )
        )}
      </div>
    </section>
  );
}

/** Names what memos are about: a document by its title, a tag by its path; deleted ones say so. */
function useTargets(memos: readonly Memo[], draft: MemoAbout | null, codebook: Codebook): (about: MemoAbout) => Target {
  const abouts = draft ? [draft, ...memos.map((memo) => memo.about)] : memos.map((memo) => memo.about);
  const documentIds = [...new Set(abouts.flatMap((about) => (about.kind === 'document' ? [about.id] : [])))];
  const documents = useQuery(documentIds.length > 0 ? memoDocumentsQuestion(documentIds) : null);
  const titles = useMemo(() => new Map((documents.data ?? []).map((d) => [d.id, d.title])), [documents.data]);
  const documentsKnown = documents.data !== undefined;
  return (about) => {
    if (about.kind === 'project') return { name: 'Journal', gone: false };
    if (about.kind === 'document') {
      const title = titles.get(about.id);
      if (title !== undefined) return { name: title, gone: false };
      return documentsKnown ? { name: 'Deleted document', gone: true } : { name: 'Document', gone: false };
    }
    const tag = codebook.byId.get(about.id);
    if (tag) return { name: tag.path, gone: false };
    return codebook.loading ? { name: 'Tag', gone: false } : { name: 'Deleted tag', gone: true };
  };
}
