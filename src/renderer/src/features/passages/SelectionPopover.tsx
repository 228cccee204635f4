import { useRef, useState } from 'react';
import type { PlacedPassage, TextRange } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import type { FloatAnchor } from '../../components/floating';
import { TagChip } from '../tags/TagChip';
import { TagPicker } from '../tags/TagPicker';
import { NoteEditor } from './NoteEditor';
import { addTag, createPassage, ensureTag, passageColor, removeTag, saveNote } from './passage-actions';
import { Popover } from './Popover';

interface Props {
  documentId: string;
  range: TextRange;
  anchor: FloatAnchor;
  codebook: Codebook;
  passages: readonly PlacedPassage[];
  onClose: () => void;
  /** The colour the selection is drawn in while it becomes a passage; null puts it back to a plain selection. */
  onProvisional: (color: string | null) => void;
  onCreated: (passageId: string) => void;
}

/**
 * Appears over a selection: the first tag applied (or "Highlight") turns the
 * selection into a passage at once; more tags and a note can follow.
 */
export function SelectionPopover({ documentId, range, anchor, codebook, passages, onClose, onProvisional, onCreated }: Props) {
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [writingNote, setWritingNote] = useState(false);
  // The one passage this selection becomes: every action waits on its creation, so quick
  // keystrokes never create two passages or drop a tag applied while it is being written.
  const creation = useRef<Promise<PlacedPassage | undefined> | null>(null);
  const passage = passages.find((p) => p.id === createdId) ?? null;

  /** The passage, created now (with these tags) if it does not exist yet; undefined if creating failed. */
  const ensurePassage = (tagIds: string[]): Promise<PlacedPassage | undefined> => {
    if (creation.current === null) onProvisional(passageColor({ tagIds }, codebook.byId));
    creation.current ??= createPassage({ documentId, start: range.start, end: range.end, tagIds }).then((created) => {
      if (created) {
        setCreatedId(created.id);
        onCreated(created.id);
      } else {
        creation.current = null;
        onProvisional(null);
      }
      return created;
    });
    return creation.current;
  };

  const apply = async (tagId: string) => {
    const first = creation.current === null;
    const created = await ensurePassage([tagId]);
    if (created && !first) await addTag(created, tagId);
  };

  return (
    <Popover anchor={anchor} label="Tag the selection" onClose={onClose}>
      {passage && passage.tagIds.length > 0 && (
        <div className="passage-tags">
          {passage.tagIds.map((id) => {
            const tag = codebook.byId.get(id);
            return tag && <TagChip key={id} tag={tag} onRemove={() => void removeTag(passage, id)} />;
          })}
        </div>
      )}
      <TagPicker
        tags={codebook.tags}
        appliedIds={passage?.tagIds ?? []}
        autoFocus
        inlineList
        label="Tag the selection"
        onApply={(id) => void apply(id)}
        onCreate={async (name) => {
          const id = await ensureTag(name);
          if (id) await apply(id);
        }}
        onEscape={onClose}
      />
      {writingNote && passage ? (
        <NoteEditor
          initial={passage.note}
          onCancel={() => setWritingNote(false)}
          onSave={async (note) => {
            await saveNote(passage, note);
            onClose();
          }}
        />
      ) : (
        <div className="popover-actions">
          {!createdId && (
            <button type="button" className="button-quiet" onClick={() => void ensurePassage([])}>
              Highlight
            </button>
          )}
          <button
            type="button"
            className="button-quiet"
            onClick={async () => {
              if (await ensurePassage([])) setWritingNote(true);
            }}
          >
            Add note
          </button>
          <button type="button" className="button-quiet" onClick={onClose}>
            {createdId ? 'Done' : 'Cancel'}
          </button>
        </div>
      )}
    </Popover>
  );
}
