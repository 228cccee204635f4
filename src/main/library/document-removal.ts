/**
 * Deleting documents, one or many at once, with everything that belongs to
 * them: their texts, passages and notes leave the library in one commit, and
 * an undo brings every one of them back exactly. What was deleted waits in
 * the notebook's trash folder until the next start (the undo history lives
 * no longer than that).
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeletionImpact } from '../../shared/api';
import type { DocumentSummary, Passage } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import { passageChanges, type ChangeFeed } from '../changes/change-feed';
import type { Passages } from '../coding/passages';
import type { BodyStore } from '../store/body-store';
import { writeDurably } from '../store/durable-write';
import { DocumentVersions } from './document-versions';
import type { Library } from './library';
import { clipForLabel } from '../changes/undo-label';

export const TRASH = 'trash';
/** Names, inside a deletion's trash folder, the documents it takes, before the commit; read at the next start. */
const INTENT = 'deleting.json';
/** Most documents one deletion takes; the library's bulk actions stay within it. */
export const MAX_DELETION = 10_000;

interface Deleted {
  records: DocumentSummary[];
  passages: Passage[];
  folder: string;
}

export class DocumentRemoval {
  private deletions = 0;

  constructor(
    private readonly deps: { dataDir: string; library: Library; passages: Passages; bodies: BodyStore; feed: ChangeFeed; now: () => Date },
  ) {}

  /**
   * Empties the trash at start, when no undo can reach what it holds any
   * more. A deletion (or its undo) cut short by a crash is settled first by
   * the library file, its commit point: the texts and passage files of a
   * document it no longer lists are removed, so the start-up check has no
   * stray files to report for a change that simply did not finish.
   */
  static async clearTrash(dataDir: string, listed: ReadonlySet<string>): Promise<void> {
    const trash = join(dataDir, TRASH);
    const folders = await readdir(trash).catch(() => [] as string[]);
    for (const folder of folders) {
      const intent = await readFile(join(trash, folder, INTENT), 'utf8').then(parseIntent, () => []);
      const gone = new Set(intent.filter((id) => !listed.has(id)));
      if (gone.size === 0) continue;
      // A document's earlier versions are texts named after it ("<id>--v2").
      const bodies = await readdir(join(dataDir, 'bodies')).catch(() => [] as string[]);
      for (const name of bodies.filter((name) => gone.has(name.replace(/(--v\d+)?\.json$/, '')))) await rm(join(dataDir, 'bodies', name), { force: true });
      for (const id of gone) await rm(join(dataDir, 'passages', `${id}.json`), { force: true });
    }
    await rm(trash, { recursive: true, force: true });
  }

  async impact(ids: readonly string[]): Promise<DeletionImpact> {
    const unique = this.check(ids);
    const passages = (await Promise.all(unique.map((id) => this.deps.passages.ofDocument(id)))).flat();
    return { documents: unique.length, passages: passages.length, notes: passages.filter((p) => p.note.trim() !== '').length };
  }

  async delete(ids: readonly string[]): Promise<DeletionImpact> {
    const unique = this.check(ids);
    const impact = await this.impact(unique);
    let deleted = await this.take(unique);
    const label = unique.length === 1 ? `delete “${clipForLabel(deleted.records[0]!.title)}”` : `delete ${unique.length} documents`;
    this.deps.feed.publish(this.removedChanges(deleted), {
      label,
      documentId: null,
      revert: async () => {
        await this.putBack(deleted);
        this.deps.feed.publish([
          { scope: 'documents', kind: 'added', documents: deleted.records },
          ...passageChanges('added', deleted.passages),
        ]);
      },
      redo: async () => {
        deleted = await this.take(unique);
        this.deps.feed.publish(this.removedChanges(deleted));
      },
    });
    return impact;
  }

  private check(ids: readonly string[]): string[] {
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw new ScholiaFailure('invalid-input', 'Choose the documents to delete.');
    if (unique.length > MAX_DELETION) throw new ScholiaFailure('invalid-input', `At most ${MAX_DELETION.toLocaleString('en')} documents can be deleted at once.`);
    const missing = unique.filter((id) => !this.deps.library.has(id));
    if (missing.length > 0) {
      throw new ScholiaFailure('not-found', missing.length === unique.length && unique.length === 1 ? 'That document is not in this notebook.' : `${missing.length} of those documents are no longer in this notebook.`);
    }
    return unique;
  }

  /**
   * Takes the documents off the list (the commit point: a crash after it
   * leaves files the start-up check sets aside), then moves their passage
   * files and texts into the trash.
   */
  private async take(ids: readonly string[]): Promise<Deleted> {
    const { library, passages, bodies } = this.deps;
    const passagesBefore = (await Promise.all(ids.map((id) => passages.ofDocument(id)))).flat();
    const folder = join(this.deps.dataDir, TRASH, `${this.deps.now().getTime()}-${++this.deletions}`);
    await mkdir(folder, { recursive: true });
    await writeDurably(join(folder, INTENT), JSON.stringify(ids));
    const records = await library.removeRecords(ids);
    for (const record of records) {
      await passages.detachDocument(record.id, join(folder, 'passages'));
      for (const bodyId of [record.id, ...DocumentVersions.bodyIdsOf(record)]) await bodies.detach(bodyId, join(folder, 'bodies'));
    }
    return { records, passages: passagesBefore, folder };
  }

  /** Moves texts and passage files back, then lists the documents again (so none is listed without its text). */
  private async putBack({ records, folder }: Deleted): Promise<void> {
    const { library, passages, bodies } = this.deps;
    for (const record of records) {
      for (const bodyId of [record.id, ...DocumentVersions.bodyIdsOf(record)]) await bodies.attach(bodyId, join(folder, 'bodies'));
      await passages.attachDocument(record.id, join(folder, 'passages'));
    }
    await library.restoreRecords(records);
    await rm(folder, { recursive: true, force: true });
  }

  private removedChanges({ records, passages }: Deleted) {
    return [{ scope: 'documents' as const, kind: 'removed' as const, documents: records }, ...passageChanges('removed', passages)];
  }
}

function parseIntent(text: string): string[] {
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && /^[\w-]{1,200}$/.test(id)) : [];
  } catch {
    return [];
  }
}

