import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { useQuery } from '../../data/use-query';
import { ConfirmBox } from '../../components/ConfirmBox';
import { formatDate } from '../library/format';

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** The notebook's verified backups, and restoring one. */
export function BackupsView() {
  const backups = useQuery('backups', () => scholia().backups.list());
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);

  if (restoring) {
    return (
      <section className="backups-view" aria-label="Backups">
        <p role="status">Restoring the backup… Scholia is reopening the notebook.</p>
      </section>
    );
  }

  return (
    <section className="backups-view" aria-label="Backups">
      <header className="view-header">
        <h1>Backups</h1>
        <p className="hint">
          Scholia backs up the notebook once a day and before every restore, keeps the last five and one a day for a week, and checks
          every backup by reading it back.
        </p>
        <button type="button" className="button-primary" onClick={() => void change(scholia().backups.create())}>
          Back up now
        </button>
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
            if (done !== undefined) {
              setRestoring(true);
              // In the app Scholia relaunches itself; elsewhere the page reloads onto the reopened notebook.
              window.setTimeout(() => window.location.reload(), 1500);
            }
          }}
        >
          Replace the notebook with the backup of {formatDate(confirming.createdAt)} {TIME.format(new Date(confirming.createdAt))} (
          {confirming.documents} documents)? The notebook as it is now is backed up first, so this can be undone by restoring that backup.
        </ConfirmBox>
      )}
    </section>
  );
}
