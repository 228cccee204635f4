import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_MEMO_CHARS } from '../../../../shared/limits';
import type { Memo, MemoAbout } from '../../../../shared/model';
import { describeChord } from '../../commands/chords';
import { ConfirmBox } from '../../components/ConfirmBox';
import { undoLastChange } from '../../data/actions';
import type { Codebook } from '../../data/tags';
import { formatDate } from '../library/format';
import type { NoteLink } from '../passages/markdown';
import { NoteView } from '../passages/NoteView';
import { showToast } from '../toasts/toasts';
import { LinkPicker } from './LinkPicker';
import { createMemo, deleteMemo, updateMemo } from './memo-actions';
import { editKey, memoEdit, setMemoEdit, useMemoEdits, type MemoEdit, type OpenMemo } from './memo-edits';
import { insertAt, linkMarkdown, NEAR_LIMIT, type Target } from './memo-text';

interface Props {
  open: OpenMemo;
  /** The memo shown; undefined for a new one, created when first saved. */
  memo: Memo | undefined;
  about: MemoAbout;
  target: Target;
  codebook: Codebook;
  onSaved: (memo: Memo) => void;
  onClosed: () => void;
  onFollow: ((link: NoteLink) => void) | null;
}

/**
 * One memo: its title and Markdown, a preview whose links can be followed,
 * links inserted at the caret, Save (Mod+Enter) and Delete. What is typed is
 * kept until saved, even if the view is left meanwhile.
 */
export function MemoEditor({ open, memo, about, target, codebook, onSaved, onClosed, onFollow }: Props) {
  const key = editKey(open);
  const edit = useMemoEdits().get(key);
  const title = edit?.title ?? memo?.title ?? '';
  const body = edit?.body ?? memo?.body ?? '';
  const changed = edit !== undefined && (memo ? edit.title !== memo.title || edit.body !== memo.body : edit.title.trim() !== '' || edit.body.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [picking, setPicking] = useState<{ start: number; end: number } | null>(null);
  const [caret, setCaret] = useState<{ at: number } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const touched = useRef(false);
  const preview = useDeferredValue(body);
  const id = useId();

  // After a link goes in, writing goes on right after it (the dialog has given the focus back by now).
  useEffect(() => {
    if (!caret || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(caret.at, caret.at);
  }, [caret]);

  const write = (next: Partial<MemoEdit>) => {
    setMemoEdit(key, { title, body, ...next });
    setSaved(false);
  };
  const save = async () => {
    if (saving || !changed) return;
    setSaving(true);
    setError(null);
    const sent = { title, body };
    const outcome = memo ? await updateMemo(memo.id, sent.title, sent.body) : await createMemo(about, sent.title, sent.body);
    setSaving(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    // Words typed while saving stay unsaved, not lost.
    const now = memoEdit(key);
    if (now && now.title === sent.title && now.body === sent.body) setMemoEdit(key, null);
    setSaved(true);
    if (!memo) onSaved(outcome.value);
  };
  const remove = async () => {
    setConfirming(false);
    if (memo) {
      const outcome = await deleteMemo(memo.id);
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      showToast('Memo deleted.', { action: { label: 'Undo', run: () => void undoLastChange() } });
    }
    setMemoEdit(key, null);
    onClosed();
  };
  const openPicker = () => {
    const field = textarea.current;
    // Before the memo's text has been clicked into, a link goes at its end rather than before its first word.
    if (field && touched.current) setPicking({ start: field.selectionStart, end: field.selectionEnd });
    else setPicking({ start: body.length, end: body.length });
  };
  const insertLink = (text: string, link: NoteLink) => {
    if (!picking) return;
    const selected = body.slice(picking.start, picking.end);
    const result = insertAt(body, picking.start, picking.end, linkMarkdown(selected.trim() || text, link));
    setPicking(null);
    write({ body: result.text });
    setCaret({ at: result.caret });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  };

  const near = body.length >= MAX_MEMO_CHARS * NEAR_LIMIT;
  const over = body.length - MAX_MEMO_CHARS;
  const heading =
    about.kind === 'project' ? (memo ? memo.title || 'Journal entry' : 'New journal entry') : `Memo on ${about.kind === 'tag' ? 'the tag ' : ''}“${target.name}”`;
  return (
    <article className="memo-editor" aria-labelledby={`${id}-heading`}>
      <header className="memo-editor-header">
        <h2 id={`${id}-heading`}>{heading}</h2>
        <p className="hint">
          {memo ? `Written ${formatDate(memo.createdAt)}${memo.updatedAt !== memo.createdAt ? ` · edited ${formatDate(memo.updatedAt)}` : ''}` : 'Not saved yet'}
        </p>
        {target.gone ? (
          <p className="memo-gone-note">
            The {about.kind} this memo is about is no longer in the notebook. The memo is kept; undoing the deletion brings the {about.kind} back.
          </p>
        ) : (
          about.kind !== 'project' &&
          onFollow && (
            <button type="button" className="button-quiet small" onClick={() => onFollow(about.kind === 'document' ? { kind: 'document', id: about.id } : { kind: 'tag', id: about.id })}>
              {about.kind === 'document' ? 'Open the document' : 'Show the tag’s passages'}
            </button>
          )
        )}
      </header>
      <form
        className="memo-form"
        aria-label={heading}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          Title
          <input value={title} placeholder={about.kind === 'project' ? 'What this entry is about' : 'Optional'} onChange={(event) => write({ title: event.target.value })} />
        </label>
        <label>
          Memo (Markdown)
          <textarea
            ref={textarea}
            value={body}
            rows={14}
            aria-describedby={near ? `${id}-count` : undefined}
            aria-invalid={over > 0 || undefined}
            placeholder="Write… Markdown works: *emphasis*, **bold**, - lists, > quotes. Insert link… links to passages, documents and tags."
            onFocus={() => {
              touched.current = true;
            }}
            onChange={(event) => write({ body: event.target.value })}
          />
        </label>
        {near && (
          <p id={`${id}-count`} className={`memo-count${over > 0 ? ' over' : ''}`}>
            {body.length.toLocaleString()} of {MAX_MEMO_CHARS.toLocaleString()} characters
            {over > 0 && ` · ${over.toLocaleString()} too many: split it into several memos`}
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="memo-actions">
          <button type="button" className="button-quiet" onClick={openPicker}>
            Insert link…
          </button>
          <button type="button" className="button-quiet danger" onClick={() => (memo || changed ? setConfirming(true) : void remove())}>
            {memo ? 'Delete' : 'Discard'}
          </button>
          <span className="hint memo-status" role="status">
            {saving ? 'Saving…' : saved && !changed ? 'Saved.' : changed ? `Unsaved · ${describeChord('Mod+Enter')} to save` : ''}
          </span>
          <button type="submit" className="button-primary" disabled={!changed || saving}>
            Save
          </button>
        </div>
        {confirming && (
          <ConfirmBox
            label={memo ? 'Delete this memo' : 'Discard this memo'}
            confirmLabel={memo ? 'Delete' : 'Discard'}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void remove()}
          >
            {memo ? 'Delete this memo? Undo brings it back.' : 'Discard what you wrote? It has not been saved.'}
          </ConfirmBox>
        )}
      </form>
      <section className="memo-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>Preview</h3>
        {preview.trim() === '' ? <p className="hint">Nothing written yet.</p> : <NoteView markdown={preview} onFollow={onFollow ?? undefined} />}
      </section>
      {picking && <LinkPicker codebook={codebook} onChoose={insertLink} onClose={() => setPicking(null)} />}
    </article>
  );
}
