import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { backupsQuestion } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { ConfirmBox } from '../../components/ConfirmBox';
import { formatDate } from '../library/format';
import { showToast } from '../toasts/toasts';
import { countOf } from '../../data/count-words';

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** The notebook's verified backups, restoring one, and moving the notebook as one archive file. */
export function BackupsView() {
  const backups = useQuery(backupsQuestion);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [confirmingImport, setConfirmingImport] = useState(false);
  const [busy, setBusy] = useState<'exporting' | 'importing' | null>(null);
  const [reopening, setReopening] = useState<string | null>(null);

  const reopen = (message: string) => {
    setReopening(message);
    // In the app Scholia relaunches itself; elsewhere the page reloads onto the reopened notebook.
    window.setTimeout(() => window.location.reload(), 1500);
  };

  if (reopening) {
    return (
      <section className="backups-view" aria-label="Backups">
        <p role="status">{reopening} Scholia is reopening the notebook.</p>
      </section>
    );
  }

  const exportNotebook = async () => {
    setBusy('exporting');
    const report = await change(scholia().archive.export());
    setBusy(null);
    if (report) showToast(`Exported ${countOf(report.documents, 'document')} to ${report.fileName} (${formatSize(report.bytes)}).`);
  };

  return (
    <section className="backups-view" aria-label="Backups">
      <header className="view-header">
        <h1>Backups</h1>
        <p className="hint">
          Scholia backs up the notebook once a day and before every restore, keeps the last five and one a day for a week, and checks
          every backup by reading it back.
        </p>
        <div className="view-actions">
          <button type="button" className="button-primary" onClick={() => void change(scholia().backups.create())}>
            Back up now
          </button>
          <button type="button" className="button-quiet" disabled={busy !== null} onClick={() => void exportNotebook()}>
            {busy === 'exporting' ? 'Exporting…' : 'Export notebook…'}
          </button>
          <button type="button" className="button-quiet" disabled={busy !== null} onClick={() => setConfirmingImport(true)}>
            Import notebook…
          </button>
        </div>
        <p className="hint">
          An export is one <code>.scholia</code> file holding every document, passage, note and tag: import it on another machine to carry
          on there.
        </p>
        {busy === 'importing' && (
          <p role="status" className="hint">
            Checking and importing the archive… A large notebook takes a minute.
          </p>
        )}
      </header>
      <ul className="backup-list">
        {(backups.data ?? []).map((backup) => (
          <li key={backup.id} className="backup-row">
            <span className="backup-when">
              {formatDate(backup.createdAt)} {TIME.format(new Date(backup.createdAt))}
            </span>
            <span className="backup-what">
              {backup.reason} · {backup.documents} {backup.documents === 1 ? 'document' : 'documents'}
            </span>
            <button type="button" className="button-quiet small" onClick={() => setConfirming(backup)}>
              Restore…
            </button>
          </li>
        ))}
      </ul>
      {backups.data?.length === 0 && <p className="panel-empty">No backup yet.</p>}
      {confirming && (
        <ConfirmBox
          label="Confirm restore"
          confirmLabel="Restore this backup"
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            const done = await change(scholia().backups.restore({ id: confirming.id }));
            setConfirming(null);
            if (done !== undefined) reopen('Restoring the backup…');
          }}
        >
          Replace the notebook with the backup of {formatDate(confirming.createdAt)} {TIME.format(new Date(confirming.createdAt))} (
          {confirming.documents} documents)? The notebook as it is now is backed up first, so this can be undone by restoring that backup.
        </ConfirmBox>
      )}
      {confirmingImport && (
        <ConfirmBox
          label="Confirm import"
          confirmLabel="Choose an archive…"
          onCancel={() => setConfirmingImport(false)}
          onConfirm={async () => {
            setConfirmingImport(false);
            setBusy('importing');
            const report = await change(scholia().archive.import());
            setBusy(null);
            if (report) reopen(`Imported ${countOf(report.documents, 'document')} from ${report.fileName}.`);
          }}
        >
          Replace this notebook with one from an archive? Scholia checks every file in the archive first and changes nothing if one is
          damaged. The notebook as it is now is backed up first, so this can be undone by restoring that backup.
        </ConfirmBox>
      )}
    </section>
  );
}


function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
