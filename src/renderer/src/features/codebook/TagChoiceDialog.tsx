import type { TagView } from '../../../../shared/model';
import { Modal } from '../../components/Modal';
import { TagPicker } from '../tags/TagPicker';

interface Props {
  title: string;
  /** The tags that may be chosen. */
  tags: readonly TagView[];
  onChoose: (tag: TagView | null) => void;
  onClose: () => void;
  /** A choice besides the tags, such as "the top level", which chooses null. */
  noneLabel?: string;
}

/** Asks for one tag of the codebook, typed and filtered as in the tag box: where to move a tag, what to merge it into. */
export function TagChoiceDialog({ title, tags, onChoose, onClose, noneLabel }: Props) {
  return (
    <Modal label={title} onClose={onClose}>
      <h2>{title}</h2>
      <TagPicker
        tags={tags}
        appliedIds={[]}
        autoFocus
        recordUse={false}
        label={title}
        onApply={(id) => onChoose(tags.find((tag) => tag.id === id) ?? null)}
        onEscape={onClose}
      />
      <div className="modal-actions">
        {noneLabel && (
          <button type="button" className="button-quiet" onClick={() => onChoose(null)}>
            {noneLabel}
          </button>
        )}
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
