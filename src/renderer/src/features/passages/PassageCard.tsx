import { useState } from 'react';
import type { PlacedPassage, TagView } from '../../../../shared/model';
import { TagChip, cssVar } from '../tags/TagChip';
import { TagPicker } from '../tags/TagPicker';
import { NoteEditor } from './NoteEditor';
import { NoteView } from './NoteView';
import { addTag, deletePassage, ensureTag, passageColor, removeTag, saveNote } from './passage-actions';

interface Props {
  passage: PlacedPassage;
  tags: readonly TagView[];
  tagsById: ReadonlyMap<string, TagView>;
  selected?: boolean;
  /** Called when the quote is clicked, e.g. to scroll the reader to it. */
  onOpen?: () => void;
  /** Opens with its tags or its note being edited (from the reader's context menu). */
  initialEditing?: 'tags' | 'note';
}

/** One passage: its quote, tags and note, with everything one can do to it. */
export function PassageCard({ passage, tags, tagsById, selected, onOpen, initialEditing }: Props) {
  const [editing, setEditing] = useState<'none' | 'tags' | 'note'>(initialEditing ?? 'none');
  const applied = passage.tagIds.map((id) => tagsById.get(id)).filter((tag): tag is TagView => tag !== undefined);

  return (
    <article
      className={`passage-card${selected ? ' selected' : ''}${passage.anchor ? '' : ' orphaned'}`}
      style={cssVar('--passage-color', passageColor(passage, tagsById))}
      data-passage-card={passage.id}
    >
      {passage.anchor === null && <p className="orphan-label">Orphaned: this text is no longer in the document.</p>}
      <button type="button" className="passage-quote" onClick={onOpen} disabled={!onOpen || passage.anchor === null}>
        {passage.quote.exact}
      </button>
      <div className="passage-tags">
        {applied.map((tag) => (
          <TagChip key={tag.id} tag={tag} onRemove={() => void removeTag(passage, tag.id)} />
        ))}
        {applied.length === 0 && <span className="hint">No tags</span>}
      </div>
      {editing === 'tags' && (
        <TagPicker
          tags={tags}
          appliedIds={passage.tagIds}
          autoFocus
          onApply={(id) => void addTag(passage, id)}
          onCreate={async (name) => {
            const id = await ensureTag(name);
            if (id) await addTag(passage, id);
          }}
          onEscape={() => setEditing('none')}
        />
      )}
      {editing === 'note' ? (
        <NoteEditor
          initial={passage.note}
          onCancel={() => setEditing('none')}
          onSave={async (note) => {
            await saveNote(passage, note);
            setEditing('none');
          }}
        />
      ) : (
        passage.note !== '' && <NoteView markdown={passage.note} />
      )}
      <div className="passage-actions">
        <button type="button" className="button-quiet" onClick={() => setEditing(editing === 'tags' ? 'none' : 'tags')}>
          {editing === 'tags' ? 'Done' : 'Tags'}
        </button>
        <button type="button" className="button-quiet" onClick={() => setEditing('note')}>
          {passage.note === '' ? 'Add note' : 'Edit note'}
        </button>
        <button type="button" className="button-quiet danger" onClick={() => void deletePassage(passage)}>
          Delete
        </button>
      </div>
    </article>
  );
}
