import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { Modal, ModalActions } from '../../components/Modal';
import { IMPORTABLE } from '../import/import-batch';
import { newVersion, type VersionSource } from './version-actions';

interface Props {
  document: DocumentSummary;
  onClose: () => void;
  /** A source chosen already (an import that looks like this document's new version). */
  source?: VersionSource;
}

/**
 * Replaces the open document's text by a corrected version, from a file or
 * pasted text. When the two share little (a wrong file), it says so and
 * asks again before any passage is moved.
 */
export function NewVersionDialog({ document, onClose, source: given }: Props) {
  const [from, setFrom] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [dissimilar, setDissimilar] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const source: VersionSource | null = given ?? (from === 'file' ? (file ? { file } : null) : text.trim() ? { text, title: document.title } : null);
  const submit = async () => {
    if (!source) {
      setError(from === 'file' ? 'Choose the file with the new version.' : 'Paste the new version’s text.');
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await newVersion(document.id, source, dissimilar !== null);
    setBusy(false);
    if (outcome?.status === 'dissimilar') setDissimilar(outcome.similarity);
    else if (outcome) onClose();
  };

  return (
    <Modal label="Replace with a new version" onClose={onClose} onSubmit={() => void submit()} className="new-version-dialog">
      <h2>Replace “{document.title}” with a new version</h2>
      <p className="field-hint">Its passages are carried over to the new text, and you can review each one. The current text is kept as version {document.versions.length + 1}; Undo puts it back.</p>
      {!given && (
        <fieldset className="modal-fields">
          <legend>The new version</legend>
          <label className="choice">
            <input type="radio" name="version-source" checked={from === 'file'} onChange={() => setFrom('file')} /> From a file
          </label>
          <label className="choice">
            <input type="radio" name="version-source" checked={from === 'text'} onChange={() => setFrom('text')} /> Paste its text
          </label>
          {from === 'file' ? (
            <label>
              File
              <input type="file" accept={IMPORTABLE.join(',')} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            </label>
          ) : (
            <label>
              Text
              <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
            </label>
          )}
        </fieldset>
      )}
      {dissimilar !== null && (
        <p className="field-error" role="alert">
          The new text shares only {Math.round(dissimilar * 100)}% with the current one: it may be another article. Replace anyway? Passages whose words are gone will be
          kept as orphans.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ModalActions onCancel={onClose} submit={busy ? 'Comparing…' : dissimilar !== null ? 'Replace anyway' : 'Replace'} disabled={busy} danger={dissimilar !== null} />
    </Modal>
  );
}
