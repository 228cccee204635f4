import { useState } from 'react';
import { Modal, ModalActions } from '../../components/Modal';
import { countOf } from '../../data/count-words';
import type { Codebook } from '../../data/tags';
import { BatchTagField, codeBatch, SelectionBar, useUnticked } from '../passages/BatchReview';
import { defaultCopiesTag, type CopiesAsked } from './copies-coder';
import { copyDetails, copyPlace } from './shared-labels';
import { useCopies } from './use-copies';

interface Props {
  asked: CopiesAsked;
  codebook: Codebook;
  onClose: () => void;
}

const keyOf = (copy: { documentId: string; blockIndex: number }) => `${copy.documentId}#${copy.blockIndex}`;

/**
 * Codes a paragraph and every copy of it in other documents with one tag, as
 * one change to undo. The copies are listed first, each with its document
 * and text, all ticked, for the user to leave some out.
 */
export function CodeCopiesDialog({ asked, codebook, onClose }: Props) {
  const { copies, error } = useCopies(asked);
  // Until the user types, the tag proposed is made of the paragraph's opening words.
  const [typed, setTagPath] = useState<string | null>(null);
  const { unticked, toggle, setUnticked } = useUnticked();
  const [busy, setBusy] = useState(false);
  const first = copies?.[0]?.text;
  const tagPath = typed ?? (first === undefined ? '' : defaultCopiesTag(first));
  const chosen = (copies ?? []).filter((copy) => !unticked.has(keyOf(copy)));
  const tag = tagPath.trim();

  const code = async () => {
    if (chosen.length === 0 || tag === '' || busy) return;
    setBusy(true);
    const items = chosen.map(({ documentId, start, end }) => ({ documentId, start, end }));
    const done = await codeBatch(`Code ${countOf(items.length, 'copy', 'copies')} of a paragraph`, tag, items, ['copy', 'copies']);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Modal label="Code all copies" onClose={onClose} onSubmit={() => void code()} className="code-hits-dialog code-copies-dialog">
      <h2>Code all copies</h2>
      <p className="field-hint">This paragraph and every copy of it in other documents become passages with one tag; one undo takes them all back.</p>
      <div className="modal-fields">
        <BatchTagField id="code-copies" className="wide" value={tagPath} onChange={setTagPath} tags={codebook.tags} example="wire/ceasefire" />
      </div>
      <SelectionBar
        status={copies === null ? 'Finding the copies…' : `${countOf(chosen.length, 'copy', 'copies')} of ${copies.length} chosen`}
        onAll={() => setUnticked(new Set())}
        onNone={() => setUnticked(new Set((copies ?? []).map(keyOf)))}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="code-hits-list" aria-label="Copies to code">
        {(copies ?? []).map((copy, index) => {
          const key = keyOf(copy);
          return (
            <li key={key}>
              <label className="code-hits-item">
                <input type="checkbox" checked={!unticked.has(key)} onChange={(event) => toggle(key, event.target.checked)} />
                <span>
                  <span className="code-hits-title">
                    {[index === 0 ? 'This paragraph' : '', copy.title || 'Untitled', index === 0 ? copyPlace(copy) : copyDetails(copy)].filter(Boolean).join(' · ')}
                  </span>
                  <span className="code-hits-text">{copy.text}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <ModalActions onCancel={onClose} submit={busy ? 'Coding…' : `Code ${countOf(chosen.length, 'copy', 'copies')}`} disabled={busy || chosen.length === 0 || tag === ''} />
    </Modal>
  );
}
