/**
 * Keeping the notebook safe: verified backups (one a day, and by hand),
 * restoring one, and moving the whole notebook as one archive file. A restore
 * or an imported archive replaces the files under the open notebook, which
 * then stops writing and hands over to `onRestored` to be reopened.
 */
import { basename } from 'node:path';
import type { ArchiveReport } from '../../shared/api';
import type { BackupInfo } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { WriteGuard } from '../store/transactional-file';
import { ARCHIVE_EXTENSION, ArchiveError } from './archive';
import { BackupUnusableError, type Backups } from './backups';

interface Collaborators {
  backups: Backups;
  feed: ChangeFeed;
  /** A backup writes into the notebook's folder: it passes the notebook's write gate. */
  guard: WriteGuard & { readonly current: string | null };
  now: () => Date;
  /** Stops every write of the open notebook (changes under way finish first) and its search. */
  stopWriting: () => Promise<void>;
  /** Called once the notebook's files were replaced: the app relaunches, tests reopen it. */
  onRestored: () => void;
}

export class Safekeeping {
  /** Set once a backup was restored: this instance no longer matches the files and must not write. */
  private replaced = false;

  constructor(private readonly deps: Collaborators) {}

  /** True once a backup was restored over this notebook's files. */
  get isReplaced(): boolean {
    return this.replaced;
  }

  /** Refuses a call made after the notebook's files were replaced. */
  assertCurrent(): void {
    if (this.replaced) throw new ScholiaFailure('forbidden', 'A backup was just restored; Scholia is reopening the notebook.');
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.deps.backups.list();
  }

  async createBackup(reason = 'made by hand'): Promise<BackupInfo> {
    this.assertCurrent();
    await this.deps.guard.beforeWrite();
    const backup = await this.deps.backups.create(reason).catch((error: unknown) => {
      throw this.deps.guard.failed(error);
    });
    this.deps.feed.publish([{ scope: 'backups' }]);
    return backup;
  }

  /** One verified backup a day, made in the background at start; not tried while the notebook cannot be written to. */
  async dailyBackup(): Promise<void> {
    if (this.deps.guard.current !== null) return;
    const [latest] = await this.deps.backups.list();
    if (latest && latest.createdAt.slice(0, 10) === this.deps.now().toISOString().slice(0, 10)) return;
    await this.createBackup('daily');
  }

  /**
   * Replaces the notebook with a verified backup (the current state is backed
   * up first), then hands over to `onRestored`: the files changed under this
   * instance, so it stops writing and the notebook is reopened.
   */
  async restore(id: string): Promise<null> {
    this.assertCurrent();
    if (!(await this.deps.backups.list()).some((b) => b.id === id)) throw new ScholiaFailure('not-found', 'That backup does not exist.');
    try {
      await this.deps.backups.restore(id, async () => {
        // From here this instance writes nothing: changes under way finish first, later ones are refused.
        this.replaced = true;
        await this.deps.stopWriting();
      });
    } catch (error) {
      if (error instanceof BackupUnusableError) throw new ScholiaFailure('invalid-input', error.message);
      setImmediate(this.deps.onRestored);
      throw new ScholiaFailure(
        'internal',
        `The restore could not finish (${(error as Error).message}). Scholia is reopening the notebook to finish it, or to put the notebook back as it was.`,
      );
    }
    setImmediate(this.deps.onRestored);
    return null;
  }

  /** Writes the whole notebook as one archive file at `target`, a path the user chose. */
  async exportArchive(target: string): Promise<ArchiveReport> {
    this.assertCurrent();
    const { documents, bytes } = await this.deps.backups.exportArchive(target);
    return { fileName: basename(target), documents, bytes };
  }

  /** The name the save dialog proposes for an export: "Scholia notebook 2026-11-25.scholia". */
  suggestedArchiveName(): string {
    return `Scholia notebook ${this.deps.now().toISOString().slice(0, 10)}.${ARCHIVE_EXTENSION}`;
  }

  /**
   * Replaces the notebook with the archive at `path` (a file the user chose
   * in a dialog), once every file in it checks out; the notebook as it was is
   * backed up first. Like a restore, the notebook is then reopened.
   */
  async importArchive(path: string): Promise<ArchiveReport> {
    this.assertCurrent();
    let adopted: { backup: BackupInfo; bytes: number };
    try {
      adopted = await this.deps.backups.adoptArchive(path);
    } catch (error) {
      if (error instanceof ArchiveError) throw new ScholiaFailure('invalid-input', error.message);
      throw error;
    }
    await this.restore(adopted.backup.id);
    return { fileName: basename(path), documents: adopted.backup.documents, bytes: adopted.bytes };
  }
}
