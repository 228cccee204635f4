import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Passage } from '../../shared/model';
import { CorruptFileError, parseStoreFile, ValidatedJsonFile } from './json-file';
import type { BackupCopy } from './recoverable-file';
import { PassageFileSchema, SCHEMA_VERSION, type PassageFile } from './schema';
import { TransactionalFile, type WriteGuard } from './transactional-file';
import { fileStamp, SAFE_ID } from './file-names';

export interface DamagedPassageFile {
  documentId: string;
  keptAs: string;
  reason: string;
  /** When the backup its passages were restored from was made, or null when none held a good copy. */
  restoredFrom: string | null;
}

export interface PassageStoreOptions {
  onDamaged: (damage: DamagedPassageFile) => void;
  /** The newest verified backed-up copy of a document's passage file. */
  fromBackups: (documentId: string) => Promise<BackupCopy | null>;
  now: () => Date;
  guard?: WriteGuard;
}

/**
 * Each document's passages in a file of its own, so tagging a passage rewrites
 * a few kilobytes however large the notebook grows. Files stay open once read:
 * the tag index holds every passage in memory anyway, and one open file per
 * document is what guarantees its changes are applied one after another.
 */
export class PassageStore {
  private readonly open = new Map<string, Promise<TransactionalFile<PassageFile>>>();
  private sealed = false;

  private constructor(
    private readonly dir: string,
    private readonly options: PassageStoreOptions,
  ) {}

  static async open(dir: string, options: PassageStoreOptions): Promise<PassageStore> {
    await mkdir(dir, { recursive: true });
    return new PassageStore(dir, options);
  }

  async read(documentId: string): Promise<readonly Passage[]> {
    return (await this.fileOf(documentId)).data.passages;
  }

  /** Changes one document's passages all or nothing; see TransactionalFile. */
  async update<R>(documentId: string, change: (passages: Passage[]) => R): Promise<R> {
    const file = await this.fileOf(documentId);
    return file.update((draft) => change(draft.passages));
  }

  /** Refuses every change from now on (the notebook is being replaced), once those already accepted are written. */
  async seal(): Promise<void> {
    this.sealed = true;
    const files = await Promise.allSettled(this.open.values());
    await Promise.all(files.flatMap((file) => (file.status === 'fulfilled' ? [file.value.seal()] : [])));
  }

  /** Resolves once every change accepted so far, in every open passage file, is written (or refused). */
  async settle(): Promise<void> {
    const files = await Promise.allSettled(this.open.values());
    await Promise.all(files.flatMap((file) => (file.status === 'fulfilled' ? [file.value.settle()] : [])));
  }

  /** Every document id that has a passage file, for building indexes at start. */
  async documentIds(): Promise<string[]> {
    const names = await readdir(this.dir);
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => SAFE_ID.test(id));
  }

  /**
   * Moves a document's passage file into `folder` (its document was deleted,
   * and may come back with an undo), after the writes already accepted; later
   * writes to it are refused. Nothing happens for a document with no file.
   */
  async detach(documentId: string, folder: string): Promise<void> {
    const file = this.open.get(documentId);
    this.open.delete(documentId);
    if (file) await (await file.catch(() => null))?.seal('That document was deleted.');
    await mkdir(folder, { recursive: true });
    await rename(join(this.dir, `${documentId}.json`), join(folder, `${documentId}.json`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Puts back a passage file `detach` moved into `folder`. */
  async attach(documentId: string, folder: string): Promise<void> {
    this.open.delete(documentId);
    await rename(join(folder, `${documentId}.json`), join(this.dir, `${documentId}.json`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Moves a document's passage file aside (its document is gone) and forgets it; returns where it went. */
  async setAside(documentId: string): Promise<string> {
    const from = join(this.dir, `${documentId}.json`);
    const keptAs = join(this.dir, `${documentId}.orphaned-${fileStamp(this.options.now())}.json`);
    await rename(from, keptAs);
    this.open.delete(documentId);
    return keptAs;
  }

  private fileOf(documentId: string): Promise<TransactionalFile<PassageFile>> {
    const cached = this.open.get(documentId);
    if (cached) return cached;
    const opening = this.load(documentId);
    this.open.set(documentId, opening);
    opening.catch(() => this.open.delete(documentId));
    return opening;
  }

  private async load(documentId: string): Promise<TransactionalFile<PassageFile>> {
    if (!SAFE_ID.test(documentId)) throw new Error(`refusing a passage file id that is not a plain id: ${JSON.stringify(documentId)}`);
    const path = join(this.dir, `${documentId}.json`);
    const adapter = new ValidatedJsonFile(path, PassageFileSchema);
    const empty: PassageFile = { schemaVersion: SCHEMA_VERSION, documentId, passages: [] };
    const db = new Low(adapter, empty);
    try {
      db.data = (await adapter.read()) ?? empty;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      // A damaged file is moved aside, never overwritten; its passages come back from the newest verified backup, if any.
      const keptAs = join(this.dir, `${documentId}.damaged-${fileStamp(this.options.now())}.json`);
      await rename(path, keptAs);
      const copy = await this.options.fromBackups(documentId);
      db.data = copy ? parseStoreFile(copy.raw, path, PassageFileSchema) : empty;
      if (copy) await adapter.write(db.data);
      this.options.onDamaged({ documentId, keptAs, reason: error.reason, restoredFrom: copy?.createdAt ?? null });
    }
    const file = new TransactionalFile(db, this.options.guard);
    if (this.sealed) void file.seal();
    return file;
  }
}
