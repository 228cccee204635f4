import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { Modal, ModalActions } from '../../components/Modal';
import { attributesQuestion } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { AttributeField } from '../attributes/AttributeField';
import { fromField, toField } from '../attributes/attribute-values';
import { saveDetails, setAttribute } from './document-actions';

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
  const attributes = useQuery(attributesQuestion).data ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const fieldOf = (id: string) => values[id] ?? toField(document.attributes[id]);
  const save = async () => {
    // Attribute values first: one that is not a value of its attribute stops the save before anything changes.
    const changed = [];
    for (const attribute of attributes) {
      if (values[attribute.id] === undefined || values[attribute.id] === toField(document.attributes[attribute.id])) continue;
      const parsed = fromField(attribute, values[attribute.id]!);
      if ('error' in parsed) {
        setError(parsed.error);
        return;
      }
      changed.push({ id: attribute.id, value: parsed.value });
    }
    for (const { id, value } of changed) if (!(await setAttribute([document.id], id, value))) return;
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
      {attributes.length > 0 && (
        <fieldset className="modal-fields">
          <legend>Attributes</legend>
          {attributes.map((attribute) => (
            <label key={attribute.id}>
              {attribute.name}
              <AttributeField attribute={attribute} value={fieldOf(attribute.id)} onChange={(value) => setValues((current) => ({ ...current, [attribute.id]: value }))} />
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="field-hint">Imported from {document.origin.fileName}. Changes can be undone.</p>
      <ModalActions onCancel={onClose} submit="Save" />
    </Modal>
  );
}
