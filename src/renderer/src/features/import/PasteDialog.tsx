import { useState } from 'react';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { showToast } from '../toasts/toasts';
import { offerAsNewVersion } from '../versions/version-actions';

/** "New document from clipboard": paste text, give it a title, import it. */
export function PasteDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (documentId: string) => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  // Until the user types a title, the first line of the text stands in.
  const suggested = text.trim().split('\n')[0]?.slice(0, 120) ?? '';
  const submit = async () => {
    const outcome = await change(scholia().import.text({ title: title.trim() || suggested, text }));
    if (!outcome) return;
    if (outcome.status === 'duplicate') {
      showToast(`This text is already in the notebook as “${outcome.existing.title}”.`);
      onOpen(outcome.existing.id);
    } else {
      onOpen(outcome.document.id);
      if (outcome.sameArticleAs) offerAsNewVersion(outcome.document, outcome.sameArticleAs, onOpen);
    }
    onClose();
  };
  return (
    <div className="modal-overlay" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form
        className="modal paste-dialog"
        role="dialog"
        aria-label="New document from clipboard"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2>New document from clipboard</h2>
        <label>
          Title
          <input value={title} placeholder={suggested || 'Title'} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Text
          <textarea autoFocus rows={12} value={text} placeholder="Paste the text here (Ctrl+V)" onChange={(event) => setText(event.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </div>
  );
}
