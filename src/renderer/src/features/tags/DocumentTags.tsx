import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import type { Codebook } from '../../data/tags';
import { intoReader } from '../documents/document-actions';
import { ensureTag } from '../passages/passage-actions';
import { TagChip } from './TagChip';
import { TagPicker } from './TagPicker';

/** Tags of a whole document ("source/Arutz Sheva", "region/Syria"), shown under its headline. */
export function DocumentTags({ document, codebook }: { document: DocumentSummary; codebook: Codebook }) {
  const [adding, setAdding] = useState(false);
  const add = (id: string) => change(scholia().documents.setTags({ documentId: document.id, addTagIds: [id] }), intoReader(document.id));
  const remove = (id: string) => change(scholia().documents.setTags({ documentId: document.id, removeTagIds: [id] }), intoReader(document.id));
  return (
    <div className="document-tags" aria-label="Document tags">
      {document.tags.map((id) => {
        const tag = codebook.byId.get(id);
        return tag && <TagChip key={id} tag={tag} onRemove={() => void remove(id)} />;
      })}
      {adding ? (
        <TagPicker
          tags={codebook.tags}
          appliedIds={document.tags}
          autoFocus
          label="Tag this document"
          onApply={(id) => void add(id)}
          onCreate={async (name) => {
            const id = await ensureTag(name);
            if (id) await add(id);
          }}
          onEscape={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button-quiet small" onClick={() => setAdding(true)}>
          + Tag document
        </button>
      )}
    </div>
  );
}
