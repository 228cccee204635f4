import { scholia } from '../../bridge';
import { Modal } from '../../components/Modal';
import { useQuery } from '../../data/use-query';

/** An earlier version's text, to read; it cannot be coded (its passages live on the current text). */
export function EarlierVersionDialog({ documentId, version, onClose }: { documentId: string; version: number; onClose: () => void }) {
  const earlier = useQuery({
    key: `version:${documentId}:${version}`,
    spec: { fetch: () => scholia().documents.version({ id: documentId, version }), affectedBy: () => false },
  });
  const blocks = earlier.data?.blocks ?? [];
  return (
    <Modal label={`Version ${version}`} onClose={onClose} className="earlier-version">
      <h2>
        Version {version}
        {earlier.data ? `: ${earlier.data.title}` : ''}
      </h2>
      {earlier.error && (
        <p className="field-error" role="alert">
          {earlier.error}
        </p>
      )}
      <div className="earlier-version-text" tabIndex={0} aria-label={`The text of version ${version}`}>
        {blocks.map((block, i) => (
          <p key={i}>{earlier.data!.text.slice(block.start, block.end)}</p>
        ))}
      </div>
      <div className="modal-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
