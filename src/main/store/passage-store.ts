import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Passage } from '../../shared/model';
import { CorruptFileError, ValidatedJsonFile } from './json-file';
import { PassageFileSchema, SCHEMA_VERSION, type PassageFile } from './schema';
import { TransactionalFile } from './transactional-file';
import { fileStamp, SAFE_ID } from './file-names';


export interface DamagedPassageFile {
  documentId: string;
  keptAs: string;
  reason: string;
}

/**
 * Each document's passages in a file of its own, so tagging a passage rewrites
 * a few kilobytes however large the notebook grows. Files stay open once read:
 * the tag index holds every passage in memory anyway, and one open file per
 * document is what guarantees its changes are applied one after another.
 */
export class PassageStore {
  private readonly open = new Map<string, Promise<TransactionalFile<PassageFile>>>();

  private constructor(
    private readonly dir: string,
    private readonly onDamaged: (damage: DamagedPassageFile) => void,
    private readonly now: () => Date,
  ) {}

  static async open(dir: string, onDamaged: (damage: DamagedPassageFile) => void, now: () => Date): Promise<PassageStore> {
    await mkdir(dir, { recursive: true });
    return new PassageStore(dir, onDamaged, now);
  }

  async read(documentId: string): Promise<readonly Passage[]> {
    return (await this.fileOf(documentId)).data.passages;
  }

  /** Changes one document's passages all or nothing; see TransactionalFile. */
  async update<R>(documentId: string, change: (passages: Passage[]) => R): Promise<R> {
    const file = await this.fileOf(documentId);
    return file.update((draft) => change(draft.passages));
  }

  /** Every document id that has a passage file, for building indexes at start. */
  async documentIds(): Promise<string[]> {
    const names = await readdir(this.dir);
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => SAFE_ID.test(id));
  }

  /** Moves a document's passage file aside (its document is gone) and forgets it; returns where it went. */
  async setAside(documentId: string): Promise<string> {
    const from = join(this.dir, `${documentId}.json`);
    const keptAs = join(this.dir, `${documentId}.orphaned-${fileStamp(this.now())}.json`);
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
      // A damaged file is moved aside, never overwritten; the document starts over with no passages.
      const keptAs = join(this.dir, `${documentId}.damaged-${fileStamp(this.now())}.json`);
      await rename(path, keptAs);
      this.onDamaged({ documentId, keptAs, reason: error.reason });
      db.data = empty;
    }
    return new TransactionalFile(db);
  }
}
