/** What the user is told when the notebook had to recover from damage or an interrupted restore. */
import { basename } from 'node:path';
import { isSmallFile, SMALL_FILES } from '../store/notebook-files';
import type { InterruptedRestore } from './backups';
import type { DamagedPassageFile } from '../store/passage-store';
import type { Recovery } from '../store/recoverable-file';

export function describeInterruptedRestore(found: InterruptedRestore): string {
  if (found.outcome === 'finished') return `Scholia was stopped while restoring the backup of ${found.backup.createdAt}; it finished restoring it.`;
  if (found.outcome === 'rolled-back') {
    return `Scholia was stopped while restoring a backup that can no longer be read, so it put the notebook back as it was before the restore (${found.backup.createdAt}).`;
  }
  return 'Scholia was stopped while restoring a backup, and neither that backup nor the copy taken before it can be read. The notebook may be incomplete; the Backups view lists what is left to restore.';
}

export function describeRecovery(recovery: Recovery): string {
  const name = basename(recovery.file);
  const what = isSmallFile(name) ? SMALL_FILES[name].description : 'notebook file';
  const restored =
    recovery.restoredFrom === 'last-good-copy'
      ? 'Scholia restored the last good copy from the previous start.'
      : recovery.restoredFrom === 'verified-backup'
        ? `Scholia restored it from the last verified backup, made ${recovery.backupCreatedAt}.`
        : what === 'notebook file'
          ? 'No good copy was available, so Scholia started a fresh notebook.'
          : 'No good copy was available, so Scholia started it afresh.';
  return `The ${what} was damaged (${recovery.reason}). ${restored} The damaged file was kept as ${recovery.keptAs}.`;
}

export function describePassageDamage(damage: DamagedPassageFile): string {
  const restored = damage.restoredFrom
    ? `Its passages were restored from the last verified backup, made ${damage.restoredFrom}.`
    : 'No backup held a good copy, so that document starts again with no passages.';
  return `A file of passages was damaged (${damage.reason}). ${restored} The damaged file was kept as ${damage.keptAs}.`;
}
