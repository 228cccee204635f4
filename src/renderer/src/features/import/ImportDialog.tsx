import { useState } from 'react';
import { takeAsNewVersion } from '../versions/version-actions';
import type { ImportProgress, ImportSummary } from './import-batch';

interface Props {
  progress: ImportProgress;
  summary: ImportSummary | null;
  onCancel: () => void;
  onClose: () => void;
  onOpen: (documentId: string) => void;
}

/** Progress of a batch import, then what it did: imported, already there, failed and why. */
export function ImportDialog({ progress, summary, onCancel, onClose, onOpen }: Props) {
  const [taken, setTaken] = useState<ReadonlySet<string>>(new Set());
  return (
    <div className="modal-overlay">
      <section className="modal import-dialog" role="dialog" aria-label={summary ? 'Import summary' : 'Importing'}>
        {!summary ? (
          <>
            <h2>Importing</h2>
            <progress max={progress.total} value={progress.done} aria-label="Import progress" />
            <p className="import-status">
              {progress.done + 1 > progress.total ? progress.total : progress.done + 1} of {progress.total}
              {progress.current && <span className="import-current">: {progress.current}</span>}
            </p>
            <div className="modal-actions">
              <button type="button" className="button-quiet" onClick={onCancel}>
                Cancel
              </button>
            </div>
          </>
        ) : (
          <>
            <h2>Import finished</h2>
            <p className="hint">
              {summary.imported.length} imported, {summary.duplicates.length} already in the notebook, {summary.failed.length} failed
              {summary.skipped > 0 && `, ${summary.skipped} not tried (cancelled)`}.
            </p>
            {summary.collections.length > 0 && (
              <p className="hint import-collections">
                {summary.collections.map(({ fileName, articles }) => `${articles} articles from ${fileName}`).join('; ')}.
              </p>
            )}
            {summary.imported.length > 0 && (
              <SummaryList title="Imported">
                {summary.imported.map((document) => (
                  <li key={document.id}>
                    <button type="button" className="link" onClick={() => onOpen(document.id)}>
                      {document.title}
                    </button>
                    <span className="hint"> · {document.origin.fileName}</span>
                  </li>
                ))}
              </SummaryList>
            )}
            {summary.sameArticle.length > 0 && (
              <SummaryList title="Perhaps a new version">
                {summary.sameArticle.map(({ imported, existing }) => (
                  <li key={imported.id}>
                    “{imported.title}” has the address or title of “{existing.title}” but another text.{' '}
                    {taken.has(imported.id) ? (
                      <span className="hint">Taken as its new version.</span>
                    ) : (
                      <button
                        type="button"
                        className="button-quiet small"
                        onClick={async () => {
                          if (await takeAsNewVersion(existing.id, imported.id)) {
                            setTaken((current) => new Set([...current, imported.id]));
                            onOpen(existing.id);
                          }
                        }}
                      >
                        Make it the new version
                      </button>
                    )}
                  </li>
                ))}
              </SummaryList>
            )}
            {summary.duplicates.length > 0 && (
              <SummaryList title="Already in the notebook (skipped)">
                {summary.duplicates.map(({ fileName, existing }, index) => (
                  <li key={`${index}:${fileName}`}>
                    {fileName}: same text as{' '}
                    <button type="button" className="link" onClick={() => onOpen(existing.id)}>
                      {existing.title}
                    </button>
                  </li>
                ))}
              </SummaryList>
            )}
            {summary.notes.length > 0 && (
              <SummaryList title="Left out">
                {summary.notes.map(({ fileName, note }, index) => (
                  <li key={`${index}:${fileName}`}>{note}</li>
                ))}
              </SummaryList>
            )}
            {summary.failed.length > 0 && (
              <SummaryList title="Not imported">
                {summary.failed.map(({ fileName, reason }) => (
                  <li key={fileName} className="import-failed">
                    <strong>{fileName}</strong>: {reason}
                  </li>
                ))}
              </SummaryList>
            )}
            <div className="modal-actions">
              <button type="button" className="button-primary" onClick={onClose} autoFocus>
                Done
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function SummaryList({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="summary-list">
      <h3>{title}</h3>
      <ul>{children}</ul>
    </div>
  );
}
