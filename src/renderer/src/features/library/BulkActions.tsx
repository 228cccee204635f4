import { useState } from 'react';
import type { Attribute } from '../../../../shared/model';
import { Modal, ModalActions } from '../../components/Modal';
import { attributesQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { AttributeField } from '../attributes/AttributeField';
import { AttributeSelect } from '../attributes/AttributeSelect';
import { fromField } from '../attributes/attribute-values';
import { DeleteDialog } from '../documents/DeleteDialog';
import { setAttribute, tagDocuments } from '../documents/document-actions';
import { ensureTag } from '../passages/passage-actions';
import { TagPicker } from '../tags/TagPicker';
import { countOf } from '../../data/count-words';

interface Props {
  ids: readonly string[];
  codebook: Codebook;
  onClear: () => void;
}

const NO_ATTRIBUTES: Attribute[] = [];

/** What can be done to several documents chosen together: tag them, set an attribute, delete them. */
export function BulkActions({ ids, codebook, onClear }: Props) {
  const [open, setOpen] = useState<'tag' | 'attribute' | 'delete' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="bulk-actions" role="toolbar" aria-label={`${countOf(ids.length, 'document')} selected`}>
      <span className="bulk-count" aria-live="polite">
        {ids.length.toLocaleString()} selected
      </span>
      <button type="button" className="button-quiet small" onClick={() => setOpen('tag')}>
        Tag…
      </button>
      <button type="button" className="button-quiet small" onClick={() => setOpen('attribute')}>
        Set attribute…
      </button>
      <button type="button" className="button-quiet small danger" onClick={() => setOpen('delete')}>
        Delete…
      </button>
      <button type="button" className="button-quiet small" onClick={onClear} aria-label="Clear the selection" title="Clear the selection (Escape)">
        ✕
      </button>
      {open === 'tag' && <BulkTagDialog ids={ids} codebook={codebook} onClose={close} />}
      {open === 'attribute' && <BulkAttributeDialog ids={ids} onClose={close} />}
      {open === 'delete' && <DeleteDialog ids={ids} titleOfOne={null} onClose={close} onDeleted={onClear} />}
    </div>
  );
}

function BulkTagDialog({ ids, codebook, onClose }: { ids: readonly string[]; codebook: Codebook; onClose: () => void }) {
  const apply = async (tagId: string | undefined) => {
    if (tagId && (await tagDocuments(ids, tagId))) onClose();
  };
  return (
    <Modal label="Tag documents" onClose={onClose}>
      <h2>Tag {countOf(ids.length, 'document')}</h2>
      <TagPicker
        tags={codebook.tags}
        appliedIds={[]}
        autoFocus
        label="Tag to add"
        onApply={(id) => void apply(id)}
        onCreate={async (name) => void apply((await ensureTag(name)) ?? undefined)}
        onEscape={onClose}
      />
      <div className="modal-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

function BulkAttributeDialog({ ids, onClose }: { ids: readonly string[]; onClose: () => void }) {
  const attributes = useQuery(attributesQuestion).data ?? NO_ATTRIBUTES;
  const [attributeId, setAttributeId] = useState('');
  const [field, setField] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attribute = attributes.find((a) => a.id === attributeId) ?? attributes[0];
  const save = async () => {
    if (!attribute) return;
    const parsed = fromField(attribute, field);
    if ('error' in parsed) return setError(parsed.error);
    if (await setAttribute(ids, attribute.id, parsed.value)) onClose();
  };
  return (
    <Modal label="Set an attribute" onClose={onClose} onSubmit={() => void save()}>
      <h2>Set an attribute on {countOf(ids.length, 'document')}</h2>
      {attribute ? (
        <div className="modal-fields">
          <AttributeSelect attributes={attributes} value={attribute.id} onChange={setAttributeId} />
          <label>
            Value (empty clears it)
            <AttributeField attribute={attribute} value={field} onChange={setField} />
          </label>
        </div>
      ) : (
        <p>Define an attribute first, in the Attributes view.</p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ModalActions onCancel={onClose} submit="Set" disabled={!attribute} />
    </Modal>
  );
}
