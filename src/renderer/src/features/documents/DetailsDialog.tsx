import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { Modal, ModalActions } from '../../components/Modal';
import { saveDetails } from './document-actions';

/** The date part of a stored published date, as a date field holds it. */
const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/** Correcting what the importer found: headline, byline, outlet, published date, web address, language. */
export function DetailsDialog({ document, onClose }: { document: DocumentSummary; onClose: () => void }) {
  const [title, setTitle] = useState(document.title);
  const [byline, setByline] = useState(document.byline ?? '');
  const [source, setSource] = useState(document.source);
  const [published, setPublished] = useState(dateOf(document.publishedAt));
  const [url, setUrl] = useState(document.url ?? '');
  const [language, setLanguage] = useState(document.language ?? '');
  const save = async () => {
    const saved = await saveDetails(document.id, {
      title,
      byline: byline.trim() || null,
      source,
      // An unchanged date keeps its time, if it had one.
      publishedAt: published === dateOf(document.publishedAt) ? document.publishedAt : published || null,
      url: url.trim() || null,
      language: language.trim() || null,
    });
    if (saved) onClose();
  };
  return (
    <Modal label="Document details" onClose={onClose} onSubmit={() => void save()} className="details-dialog">
      <h2>Document details</h2>
      <div className="modal-fields">
        <label className="wide">
          Headline
          <input value={title} autoFocus onChange={(event) => setTitle(event.target.value)} required />
        </label>
        <label>
          Byline (authors)
          <input value={byline} onChange={(event) => setByline(event.target.value)} />
        </label>
        <label>
          Outlet
          <input value={source} onChange={(event) => setSource(event.target.value)} />
        </label>
        <label>
          Published
          <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
        </label>
        <label>
          Language
          <input value={language} placeholder="en, ar, zh-Hant…" onChange={(event) => setLanguage(event.target.value)} />
        </label>
        <label className="wide">
          Web address
          <input type="url" value={url} placeholder="https://…" onChange={(event) => setUrl(event.target.value)} />
        </label>
      </div>
      <p className="field-hint">Imported from {document.origin.fileName}. Changes can be undone.</p>
      <ModalActions onCancel={onClose} submit="Save" />
    </Modal>
  );
}
