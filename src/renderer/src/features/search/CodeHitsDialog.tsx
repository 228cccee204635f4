import { useState } from 'react';
import type { SearchResultsView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { Modal, ModalActions } from '../../components/Modal';
import { change, undoLastChange } from '../../data/actions';
import { countOf } from '../../data/count-words';
import type { Codebook } from '../../data/tags';
import { showToast } from '../toasts/toasts';
import { defaultTagPath, type HitUnit } from './hit-ranges';
import { useHitPassages } from './use-hit-passages';

interface Props {
  query: string;
  results: SearchResultsView;
  codebook: Codebook;
  onClose: () => void;
}

const UNITS: { value: HitUnit; label: string }[] = [
  { value: 'words', label: 'Matched words' },
  { value: 'sentence', label: 'Sentence' },
  { value: 'paragraph', label: 'Paragraph' },
];

const keyOf = (p: { documentId: string; start: number; end: number }) => `${p.documentId}:${p.start}:${p.end}`;

/**
 * Codes every body-text hit of a search with one tag, as one change to undo.
 * The passages are proposed first, for the user to review and leave some out.
 */
export function CodeHitsDialog({ query, results, codebook, onClose }: Props) {
  const [unit, setUnit] = useState<HitUnit>('sentence');
  const [tagPath, setTagPath] = useState(() => defaultTagPath(query));
  // Passages the user unticked; a new unit proposes new passages, all ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const { passages, leftOut, error } = useHitPassages(results, unit);
  const chosen = (passages ?? []).filter((p) => !unticked.has(keyOf(p)));

  const code = async () => {
    if (chosen.length === 0 || tagPath.trim() === '' || busy) return;
    setBusy(true);
    const items = chosen.map(({ documentId, start, end }) => ({ documentId, start, end }));
    const report = await change(scholia().passages.codeMany({ label: `Code ${countOf(items.length, 'search hit')}`, tagPath: tagPath.trim(), items }));
    setBusy(false);
    if (!report) return;
    const already = report.alreadyCoded > 0 ? `; ${countOf(report.alreadyCoded, 'passage')} already had it` : '';
    showToast(`Coded ${countOf(report.created, 'passage')} with “${tagPath.trim()}”${already}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
    onClose();
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };

  return (
    <Modal label="Code all hits" onClose={onClose} onSubmit={() => void code()} className="code-hits-dialog">
      <h2>Code all hits</h2>
      <p className="field-hint">Search: {query}</p>
      <div className="modal-fields">
        <div>
          <label>
            Tag
            <input value={tagPath} list="code-hits-tags" onChange={(event) => setTagPath(event.target.value)} aria-describedby="code-hits-tag-hint" />
          </label>
          <span id="code-hits-tag-hint" className="field-hint">
            An existing tag, or a new path like themes/ceasefire
          </span>
        </div>
        <datalist id="code-hits-tags">
          {codebook.tags.map((tag) => (
            <option key={tag.id} value={tag.path} />
          ))}
        </datalist>
        <label>
          Passage unit
          <select
            value={unit}
            onChange={(event) => {
              setUnit(event.target.value as HitUnit);
              setUnticked(new Set());
            }}
          >
            {UNITS.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="code-hits-bar">
        <p className="hint" role="status">
          {passages === null ? 'Reading the documents…' : `${countOf(chosen.length, 'passage')} of ${passages.length} chosen`}
          {leftOut > 0 && ` · ${countOf(leftOut, 'hit')} in notes, passages or titles left out`}
        </p>
        <button type="button" className="button-quiet" onClick={() => setUnticked(new Set())}>
          Select all
        </button>
        <button type="button" className="button-quiet" onClick={() => setUnticked(new Set((passages ?? []).map(keyOf)))}>
          Select none
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="code-hits-list" aria-label="Proposed passages">
        {(passages ?? []).map((p) => {
          const key = keyOf(p);
          return (
            <li key={key}>
              <label className="code-hits-item">
                <input type="checkbox" checked={!unticked.has(key)} onChange={(event) => toggle(key, event.target.checked)} />
                <span>
                  <span className="code-hits-title">{p.documentTitle}</span>
                  <span className="code-hits-text">{p.text}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <ModalActions onCancel={onClose} submit={busy ? 'Coding…' : `Code ${countOf(chosen.length, 'passage')}`} disabled={busy || chosen.length === 0 || tagPath.trim() === ''} />
    </Modal>
  );
}
