/**
 * Rotating backups of a notebook, and the archives that move it between
 * machines. A backup is a snapshot (see snapshot.ts) in `backups/<time>/`:
 * copies of the changing files and hard links to the texts, so a backup of
 * ten thousand articles costs little space. One backup, export, import or
 * restore runs at a time.
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/model';
import { ArchiveError, partialPathOf } from './archive';
import { inProcessArchiveJobs, type ArchiveJobs } from './archive-jobs';
import { fsyncFolder, replaceFiles, syncFiles, writeDurably } from '../store/durable-write';
import { fileStamp } from '../store/file-names';
import { SMALL_FILE_NAMES } from '../store/notebook-files';
import type { BackupCopy } from '../store/recoverable-file';
import { readManifest, storedFiles, takeSnapshot, verifiedFileOf, verifySnapshot, type Manifest } from './snapshot';

/** Present while a restore is writing files: which backup it puts back, and the one taken just before. */
const RESTORING = 'restoring.json';
const RestoringMarkSchema = z.object({ id: z.string().regex(/^[0-9TZ-]+$/), before: z.string().regex(/^[0-9TZ-]+$/) });
/** Snapshots for an export and unpacked archives live here until they are done; it is cleared at every start. */
const STAGING = 'staging';
/** Present while an archive is being written: where, so a start after a crash can remove the unfinished file. */
const EXPORTING = 'exporting.json';
const ExportingMarkSchema = z.object({ target: z.string().min(1) });

export interface BackupPolicy {
  /** The most recent backups kept, whatever their age. */
  keepRecent: number;
  /** One backup a day is kept for this many days. */
  keepDaily: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepRecent: 5, keepDaily: 7 };

/** A backup that fails verification: refused before anything is written. */
export class BackupUnusableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupUnusableError';
  }
}

/** What the start found of a restore a crash interrupted. */
export type InterruptedRestore =
  | { outcome: 'finished'; backup: BackupInfo }
  | { outcome: 'rolled-back'; backup: BackupInfo }
  | { outcome: 'failed' };

export class Backups {
  private readonly root: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly archives: ArchiveJobs = inProcessArchiveJobs,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  ) {
    this.root = join(dataDir, 'backups');
  }

  /**
   * Backs up the notebook as it is on disk and prunes old backups. A 'full'
   * backup is verified by reading it back; one taken 'as-found' (before an
   * upgrade) keeps even damaged files, byte for byte.
   */
  create(reason: string, check: 'full' | 'as-found' = 'full'): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const backup = await this.snapshotAsBackup(reason, check);
      await this.prune([]);
      return backup;
    });
  }

  /** Writes the notebook as one archive file at `target` (a path the user chose), from a verified snapshot. */
  exportArchive(target: string): Promise<{ documents: number; bytes: number }> {
    return this.exclusive(async () => {
      const folder = join(this.dataDir, STAGING, `export-${fileStamp(this.now())}`);
      await writeDurably(join(this.dataDir, EXPORTING), JSON.stringify({ target }));
      try {
        const manifest = await takeSnapshot(this.dataDir, folder, { reason: 'exported', at: this.now(), check: 'full' });
        const bytes = await this.archives.write(folder, manifest.files.map((f) => f.path), target);
        return { documents: manifest.documents, bytes };
      } catch (error) {
        // A worker stopped mid-write leaves its partial file next to where the user wanted the archive.
        await rm(partialPathOf(target), { force: true });
        throw error;
      } finally {
        await rm(folder, { recursive: true, force: true });
        await rm(join(this.dataDir, EXPORTING), { force: true });
      }
    });
  }

  /**
   * Removes the unfinished file of an export a crash cut short (only that
   * file: the archive's own name is never touched); answers the archive's
   * name, or null when no export was under way.
   */
  async clearInterruptedExport(): Promise<string | null> {
    const mark = ExportingMarkSchema.safeParse(safeJson(await readFile(join(this.dataDir, EXPORTING), 'utf8').catch(() => 'null')));
    if (!mark.success) {
      await rm(join(this.dataDir, EXPORTING), { force: true });
      return null;
    }
    await rm(partialPathOf(mark.data.target), { force: true });
    await rm(join(this.dataDir, EXPORTING), { force: true });
    return basename(mark.data.target);
  }

  /** Removes backups a crash cut short: a folder without its manifest was never a backup. Answers how many. */
  async clearIncomplete(): Promise<number> {
    let removed = 0;
    for (const id of await this.ids()) {
      if (await readManifest(join(this.root, id))) continue;
      await rm(join(this.root, id), { recursive: true, force: true });
      removed += 1;
    }
    return removed;
  }

  /**
   * Unpacks an archive and, once every file in it checks out, keeps it as a
   * backup ready to restore. A broken or hostile archive leaves nothing
   * behind, and a half-unpacked one never appears among the backups.
   */
  adoptArchive(path: string): Promise<{ backup: BackupInfo; bytes: number }> {
    return this.exclusive(async () => {
      const folder = join(this.dataDir, STAGING, `import-${fileStamp(this.now())}`);
      try {
        const extracted = await this.archives.extract(path, folder);
        await syncFiles(extracted.paths.map((file) => join(folder, file)));
        const problem = await verifySnapshot(folder);
        if (problem) throw new ArchiveError(`The archive cannot be imported: ${problem}.`);
        const manifest = (await readManifest(folder))!;
        const adopted: Manifest = { ...manifest, createdAt: this.now().toISOString(), reason: `imported from ${basename(path)} (exported ${manifest.createdAt})` };
        await writeDurably(join(folder, 'manifest.json'), JSON.stringify(adopted));
        const id = await this.freeId(new Date(adopted.createdAt));
        await mkdir(this.root, { recursive: true });
        await rename(folder, join(this.root, id));
        await fsyncFolder(this.root);
        return { backup: infoOf(id, adopted), bytes: extracted.bytes };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  }

  /** Removes what an export or import a crash cut short left behind. */
  async clearStaging(): Promise<void> {
    await rm(join(this.dataDir, STAGING), { recursive: true, force: true });
  }

  /** Backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    const backups: BackupInfo[] = [];
    for (const id of await this.ids()) {
      const manifest = await readManifest(join(this.root, id));
      if (manifest) backups.push(infoOf(id, manifest));
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Why a backup cannot be trusted, or null when every file matches its hash, parses and fits the others. */
  verify(id: string): Promise<string | null> {
    return verifySnapshot(join(this.root, id));
  }

  /**
   * The newest backed-up copy of one notebook file (a path such as
   * "passages/<id>.json") that still matches its recorded hash and parses,
   * for restoring a single damaged file without restoring a whole backup.
   */
  async verifiedCopyOf(path: string): Promise<BackupCopy | null> {
    for (const backup of await this.list()) {
      const raw = await verifiedFileOf(join(this.root, backup.id), path);
      if (raw !== null) return { raw, createdAt: backup.createdAt };
    }
    return null;
  }

  /**
   * Puts a verified backup's files back in place of the notebook's, after
   * backing up the current state (so a restore can itself be undone).
   * `beforeWriting` runs once the backup has verified and before anything is
   * written (the notebook stops its own writes there); it must be reopened
   * afterwards.
   */
  restore(id: string, beforeWriting: () => Promise<void> = async () => undefined): Promise<void> {
    return this.exclusive(async () => {
      const problem = await this.verify(id);
      if (problem) throw new BackupUnusableError(`That backup cannot be restored: ${problem}.`);
      await beforeWriting();
      const manifest = (await readManifest(join(this.root, id)))!;
      const before = await this.snapshotAsBackup(`before restoring the backup of ${manifest.createdAt}`, 'full');
      // Should power fail halfway, the next start sees this mark and finishes the restore (or undoes it).
      await writeDurably(join(this.dataDir, RESTORING), JSON.stringify({ id, before: before.id }));
      await this.putBack(id, manifest);
      await rm(join(this.dataDir, RESTORING), { force: true });
      await fsyncFolder(this.dataDir);
      // Pruned only now, and never the two backups this restore relies on.
      await this.prune([id, before.id]);
    });
  }

  /**
   * Finishes a restore a crash interrupted; if its backup can no longer be
   * read, puts back the copy taken just before it instead. Null when no
   * restore was under way.
   */
  async finishInterruptedRestore(): Promise<InterruptedRestore | null> {
    let raw: string;
    try {
      raw = await readFile(join(this.dataDir, RESTORING), 'utf8');
    } catch {
      return null;
    }
    const mark = RestoringMarkSchema.safeParse(safeJson(raw));
    let outcome: InterruptedRestore = { outcome: 'failed' };
    if (mark.success) {
      for (const [id, kind] of [[mark.data.id, 'finished'], [mark.data.before, 'rolled-back']] as const) {
        if ((await this.verify(id)) !== null) continue;
        const manifest = (await readManifest(join(this.root, id)))!;
        await this.putBack(id, manifest);
        outcome = { outcome: kind, backup: infoOf(id, manifest) };
        break;
      }
    }
    await rm(join(this.dataDir, RESTORING), { force: true });
    return outcome;
  }

  /** Runs backup operations one at a time, whatever asked for them. */
  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async snapshotAsBackup(reason: string, check: 'full' | 'as-found'): Promise<BackupInfo> {
    const at = this.now();
    const id = await this.freeId(at);
    const manifest = await takeSnapshot(this.dataDir, join(this.root, id), { reason, at, check });
    await fsyncFolder(this.root);
    return infoOf(id, manifest);
  }

  /** Writes a backup's files over the notebook's; the library goes last, so it never lists what is not there yet. */
  private async putBack(id: string, manifest: Manifest): Promise<void> {
    const wanted = new Set(manifest.files.map((f) => f.path));
    for (const path of [...SMALL_FILE_NAMES, ...(await storedFiles(this.dataDir))]) {
      // What the backup does not hold goes; the backup made before the restore keeps it.
      if (!wanted.has(path)) await rm(join(this.dataDir, path), { force: true });
    }
    const copy = (path: string) => ({ from: join(this.root, id, path), to: join(this.dataDir, path) });
    const paths = manifest.files.map((f) => f.path);
    await replaceFiles(paths.filter((path) => path !== 'library.json').map(copy));
    await replaceFiles([copy('library.json')]);
  }

  /** A backup id (a time stamp) no backup has yet, also when two are made within a millisecond. */
  private async freeId(at: Date): Promise<string> {
    const taken = new Set(await this.ids());
    const base = fileStamp(at);
    let id = base;
    for (let n = 1; taken.has(id); n += 1) id = `${base}-${n}`;
    return id;
  }

  /** Keeps the most recent backups, the newest of each recent day, and `keep`; removes the rest. */
  private async prune(keep: readonly string[]): Promise<void> {
    const all = await this.list();
    const kept = new Set([...keep, ...all.slice(0, this.policy.keepRecent).map((b) => b.id)]);
    const days = new Set<string>();
    for (const backup of all) {
      const day = backup.createdAt.slice(0, 10);
      if (days.size < this.policy.keepDaily && !days.has(day)) {
        days.add(day);
        kept.add(backup.id);
      }
    }
    for (const id of await this.ids()) if (!kept.has(id)) await rm(join(this.root, id), { recursive: true, force: true });
  }

  private async ids(): Promise<string[]> {
    try {
      return (await readdir(this.root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const infoOf = (id: string, manifest: Manifest): BackupInfo => ({
  id,
  createdAt: manifest.createdAt,
  reason: manifest.reason,
  documents: manifest.documents,
  files: manifest.files.length,
});
