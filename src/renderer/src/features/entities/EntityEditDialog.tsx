import { useState } from 'react';
import type { EntityAliasEdit, EntityRow } from '../../../../shared/entities';
import { scholia } from '../../bridge';
import { Modal, ModalActions } from '../../components/Modal';
import { change, undoLastChange } from '../../data/actions';
import { showToast } from '../toasts/toasts';

export type EditMode = 'rename' | 'merge' | 'split';

interface Props {
  mode: EditMode;
  entity: EntityRow;
  /** The entities it may be merged into: the others of its kind. */
  others: readonly EntityRow[];
  onClose: () => void;
}

const TITLES: Record<EditMode, string> = { rename: 'Rename', merge: 'Merge with…', split: 'Split a name off' };
/** A merge offers the most mentioned first; more would make the list unusable. */
const MERGE_CHOICES = 500;

/** One correction to an entity: a new name, a merge into another, a written form split off. Each is one undoable change. */
export function EntityEditDialog({ mode, entity, others, onClose }: Props) {
  const [name, setName] = useState(entity.name);
  const candidates = others.filter((other) => other.kind === entity.kind && other.id !== entity.id).slice(0, MERGE_CHOICES);
  const [intoId, setIntoId] = useState(candidates[0]?.id ?? '');
  const [alias, setAlias] = useState(entity.aliases[0] ?? '');
  const [busy, setBusy] = useState(false);

  const edit: EntityAliasEdit | null =
    mode === 'rename' ? (name.trim() ? { action: 'rename', entityId: entity.id, name } : null)
    : mode === 'merge' ? (intoId ? { action: 'merge', entityId: entity.id, intoId } : null)
    : alias ? { action: 'split', entityId: entity.id, alias }
    : null;

  const save = async () => {
    if (!edit || busy) return;
    setBusy(true);
    const done = await change(scholia().entities.alias(edit));
    setBusy(false);
    if (done === undefined) return;
    const into = candidates.find((c) => c.id === intoId)?.name;
    const told = mode === 'rename' ? `Renamed ${entity.name} to ${name.trim()}.` : mode === 'merge' ? `Merged ${entity.name} into ${into}.` : `${alias} stands on its own now.`;
    showToast(told, { action: { label: 'Undo', run: () => void undoLastChange() } });
    onClose();
  };

  return (
    <Modal label={`${TITLES[mode]} ${entity.name}`} onClose={onClose} onSubmit={() => void save()}>
      <h2>
        {TITLES[mode]} <span className="entity-dialog-name">{entity.name}</span>
      </h2>
      <div className="modal-fields">
        {mode === 'rename' && (
          <label>
            Name
            <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
          </label>
        )}
        {mode === 'merge' &&
          (candidates.length > 0 ? (
            <label>
              Merge into
              <select value={intoId} onChange={(event) => setIntoId(event.target.value)}>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.mentions})
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="hint">No other entity of this kind to merge with.</p>
          ))}
        {mode === 'split' &&
          (entity.aliases.length > 0 ? (
            <label>
              Name to split off
              <select value={alias} onChange={(event) => setAlias(event.target.value)}>
                {entity.aliases.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="hint">{entity.name} is written only one way.</p>
          ))}
      </div>
      <ModalActions onCancel={onClose} submit={busy ? 'Saving…' : TITLES[mode].replace('…', '')} disabled={busy || edit === null} />
    </Modal>
  );
}
