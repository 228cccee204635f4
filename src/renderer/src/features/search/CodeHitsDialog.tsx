import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { Modal, ModalActions } from '../../components/Modal';
import { countOf } from '../../data/count-words';
import type { Codebook } from '../../data/tags';
import { BatchTagField, codeBatch, SelectionBar, useUnticked } from '../passages/BatchReview';
import { defaultTagPath, type HitUnit } from './hit-ranges';
import { useHitPassages } from './use-hit-passages';

interface Props {
  query: string;
  codebook: Codebook;
  onClose: () => void;
}

const UNITS: { value: HitUnit; label: string }[] = [
  { value: 'words', label: 'Matched words' },
  { value: 'sentence', label: 'Sentence' },
  { value: 'paragraph', label: 'Paragraph' },
];

const keyOf = (p: { documentId: string; start: number; end: number }) => `${p.documentId}:${p.start}:${p.end}`;

/** A proposed passage's height before it is measured: its document's title and two lines of text. */
const ESTIMATED_ITEM = 64;

/**
 * Codes every body-text hit of a search across the notebook with one tag, as
 * one change to undo. The passages are proposed first, for the user to
 * review and leave some out; only those on screen are rendered.
 */
export function CodeHitsDialog({ query, codebook, onClose }: Props) {
  const [unit, setUnit] = useState<HitUnit>('sentence');
  const [tagPath, setTagPath] = useState(() => defaultTagPath(query));
  // Passages the user unticked; a new unit proposes new passages, all ticked.
  const { unticked, toggle, setUnticked } = useUnticked();
  const [busy, setBusy] = useState(false);
  const { passages, leftOut, total, truncated, error } = useHitPassages(query, unit);
  const chosen = (passages ?? []).filter((p) => !unticked.has(keyOf(p)));
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: passages?.length ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ITEM, overscan: 8 });

  const code = async () => {
    if (chosen.length === 0 || tagPath.trim() === '' || busy) return;
    setBusy(true);
    const items = chosen.map(({ documentId, start, end }) => ({ documentId, start, end }));
    const done = await codeBatch(`Code ${countOf(items.length, 'search hit')}`, tagPath.trim(), items, ['passage', 'passages']);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Modal label="Code all hits" onClose={onClose} onSubmit={() => void code()} className="code-hits-dialog">
      <h2>Code all hits</h2>
      <p className="field-hint">Search: {query}</p>
      <div className="modal-fields">
        <BatchTagField id="code-hits" value={tagPath} onChange={setTagPath} tags={codebook.tags} example="themes/ceasefire" />
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
      <SelectionBar
        status={passages === null ? 'Finding every match…' : `${countOf(chosen.length, 'passage')} of ${passages.length.toLocaleString()} chosen`}
        onAll={() => setUnticked(new Set())}
        onNone={() => setUnticked(new Set((passages ?? []).map(keyOf)))}
      >
        {leftOut > 0 && ` · ${countOf(leftOut, 'match', 'matches')} in headlines or bylines left out`}
        {truncated && ` · the first ${(passages?.length ?? 0).toLocaleString()} proposed of ${countOf(total, 'match', 'matches')}; code them, then narrow the search for the rest`}
      </SelectionBar>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="code-hits-list" ref={scrollRef}>
      <ul aria-label="Proposed passages" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const p = passages![item.index]!;
          const key = keyOf(p);
          return (
            <li key={key} data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
              <label className="code-hits-item">
                <input type="checkbox" checked={!unticked.has(key)} onChange={(event) => toggle(key, event.target.checked)} />
                <span>
                  <span className="code-hits-title">{p.headline}</span>
                  <span className="code-hits-text">{p.match}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      </div>
      <ModalActions onCancel={onClose} submit={busy ? 'Coding…' : `Code ${countOf(chosen.length, 'passage')}`} disabled={busy || chosen.length === 0 || tagPath.trim() === ''} />
    </Modal>
  );
}
