import { useEffect, useState } from 'react';
import type { EntityMention, EntityRow } from '../../../../shared/entities';
import { scholia } from '../../bridge';
import { Modal } from '../../components/Modal';
import { countOf } from '../../data/count-words';

interface Props {
  entity: EntityRow;
  onOpen: (mention: EntityMention) => void;
  onClose: () => void;
}

const SHOWN = 500;

/** Where an entity is mentioned, each mention one click from the reader. */
export function MentionsDialog({ entity, onOpen, onClose }: Props) {
  const [mentions, setMentions] = useState<EntityMention[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void scholia()
      .entities.mentions({ entityId: entity.id, limit: SHOWN })
      .then((answer) => {
        if (!current) return;
        if (answer.ok) setMentions(answer.value.mentions);
        else setError(answer.error.message);
      });
    return () => void (current = false);
  }, [entity.id]);

  return (
    <Modal label={`Mentions of ${entity.name}`} onClose={onClose} className="entity-mentions-dialog">
      <h2>Mentions of {entity.name}</h2>
      <p className="hint" role="status">
        {error ?? (mentions === null ? 'Finding the mentions…' : `${countOf(entity.mentions, 'mention')} in ${countOf(entity.documents, 'document')}${mentions.length < entity.mentions ? `; the first ${mentions.length} are listed` : ''}`)}
      </p>
      <ul className="entity-mention-list" aria-label={`Mentions of ${entity.name}`}>
        {(mentions ?? []).map((m) => (
          <li key={`${m.documentId}:${m.start}`}>
            <button type="button" className="entity-mention" onClick={() => onOpen(m)}>
              <span className="code-hits-title">{m.headline}</span>
              <span className="code-hits-text">{m.sentence}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
