import { useState } from 'react';
import type { EntityCodingProposal } from '../../../../shared/entities';
import { scholia } from '../../bridge';
import { Modal, ModalActions } from '../../components/Modal';
import { change, undoLastChange } from '../../data/actions';
import { countOf } from '../../data/count-words';
import { showToast } from '../toasts/toasts';

interface Props {
  proposal: EntityCodingProposal;
  onClose: () => void;
}

const keyOf = (m: { documentId: string; start: number }) => `${m.documentId}:${m.start}`;

/**
 * Makes a tag of an entity and codes its mentions, as one change to undo.
 * Every mention is listed with its sentence, all ticked, for the user to
 * leave some out before anything is written.
 */
export function CodeMentionsDialog({ proposal, onClose }: Props) {
  const [tagPath, setTagPath] = useState(proposal.tagPath);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const chosen = proposal.mentions.filter((m) => !unticked.has(keyOf(m)));
  const path = tagPath.trim();

  const code = async () => {
    if (chosen.length === 0 || path === '' || busy) return;
    setBusy(true);
    const items = chosen.map(({ documentId, start, end }) => ({ documentId, start, end }));
    const report = await change(scholia().passages.codeMany({ label: proposal.label, tagPath: path, items }));
    setBusy(false);
    if (!report) return;
    const skipped = report.alreadyCoded === 0 ? '' : ` (${countOf(report.alreadyCoded, 'mention')} had it already)`;
    showToast(`“${path}” now codes ${countOf(report.created, 'mention')}${skipped}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
    onClose();
  };
  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <Modal label="Make a tag and code the mentions" onClose={onClose} onSubmit={() => void code()} className="entity-review-dialog">
      <h2>Make a tag and code the mentions</h2>
      <div className="modal-fields">
        <label>
          Tag
          <input value={tagPath} onChange={(event) => setTagPath(event.target.value)} />
        </label>
      </div>
      <label className="entity-review-all">
        <input
          type="checkbox"
          aria-label="Choose every mention"
          ref={(box) => void (box && (box.indeterminate = unticked.size > 0 && chosen.length > 0))}
          checked={chosen.length === proposal.mentions.length}
          onChange={(event) => setUnticked(event.target.checked ? new Set() : new Set(proposal.mentions.map(keyOf)))}
        />
        <span role="status">
          {countOf(chosen.length, 'mention')} of {proposal.mentions.length} chosen
          {proposal.truncated && ' · only the first ones are listed'}
        </span>
      </label>
      <ol className="entity-review" aria-label="Mentions to code">
        {proposal.mentions.map((m) => {
          const key = keyOf(m);
          const at = m.sentence.indexOf(m.text);
          return (
            <li key={key}>
              <input type="checkbox" id={`mention-${key}`} checked={!unticked.has(key)} onChange={() => toggle(key)} />
              <label htmlFor={`mention-${key}`}>
                <cite>{m.headline}</cite>
                {at < 0 ? (
                  <q>{m.sentence}</q>
                ) : (
                  <q>
                    {m.sentence.slice(0, at)}
                    <mark>{m.text}</mark>
                    {m.sentence.slice(at + m.text.length)}
                  </q>
                )}
              </label>
            </li>
          );
        })}
      </ol>
      <ModalActions onCancel={onClose} submit={busy ? 'Coding…' : `Code ${countOf(chosen.length, 'mention')}`} disabled={busy || chosen.length === 0 || path === ''} />
    </Modal>
  );
}
