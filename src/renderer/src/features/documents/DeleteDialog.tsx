import { useEffect, useState } from 'react';
import type { DeletionImpact } from '../../../../shared/api';
import { messageOf } from '../../bridge';
import { Modal, ModalActions } from '../../components/Modal';
import { deleteDocuments, deletionImpact, describeImpact } from './document-actions';

/** Asks before deleting documents, saying what goes with them; Delete does it, and the toast offers Undo. */
export function DeleteDialog({ ids, titleOfOne, onClose, onDeleted }: { ids: readonly string[]; titleOfOne: string | null; onClose: () => void; onDeleted?: () => void }) {
  const [impact, setImpact] = useState<DeletionImpact | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    deletionImpact(ids).then(
      (answer) => current && setImpact(answer),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [ids]);
  const confirm = async () => {
    if (await deleteDocuments(ids, titleOfOne)) {
      onDeleted?.();
      onClose();
    }
  };
  return (
    <Modal label="Delete documents" onClose={onClose} onSubmit={() => void confirm()} className="delete-dialog">
      <h2>{ids.length === 1 ? 'Delete this document?' : `Delete ${ids.length.toLocaleString()} documents?`}</h2>
      {error && <p className="field-error" role="alert">{error}</p>}
      <p role="status">{impact ? describeImpact(impact, titleOfOne) : 'Counting what goes with them…'}</p>
      <p className="field-hint">You can undo this with Undo or Ctrl+Z until Scholia closes.</p>
      <ModalActions onCancel={onClose} submit="Delete" disabled={!impact} danger />
    </Modal>
  );
}
