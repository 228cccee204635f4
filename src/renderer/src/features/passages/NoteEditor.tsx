import { useState } from 'react';
import { describeChord } from '../../commands/chords';

interface Props {
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A Markdown note editor: Mod+Enter saves, Escape cancels. */
export function NoteEditor({ initial, onSave, onCancel }: Props) {
  const [text, setText] = useState(initial);
  return (
    <div className="note-editor">
      <textarea
        value={text}
        autoFocus
        rows={4}
        aria-label="Note (Markdown)"
        placeholder="Write a note… Markdown works: *emphasis*, **bold**, - lists"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onSave(text);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="note-editor-actions">
        <span className="hint">{describeChord('Mod+Enter')} to save</span>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button-primary" onClick={() => onSave(text)}>
          Save note
        </button>
      </div>
    </div>
  );
}
