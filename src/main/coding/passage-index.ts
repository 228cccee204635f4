import type { Passage } from '../../shared/model';
import type { Change } from '../changes/change-feed';

/**
 * Every passage of the notebook by id and by tag, in memory, so the tag view
 * and usage counts never have to open thousands of files. Built once at start
 * from the passage files, then kept in step by following the change feed.
 */
export class PassageIndex {
  private readonly byId = new Map<string, Passage>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly byDocument = new Map<string, Set<string>>();

  /** Applies a commit's passage changes: passages added or changed are put, removed ones dropped. */
  follow(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.scope !== 'passages') continue;
      for (const passage of change.passages) {
        if (change.kind === 'removed') this.remove(passage.id);
        else this.put(passage);
      }
    }
  }

  put(passage: Passage): void {
    this.remove(passage.id);
    this.byId.set(passage.id, passage);
    let ofDocument = this.byDocument.get(passage.documentId);
    if (!ofDocument) this.byDocument.set(passage.documentId, (ofDocument = new Set()));
    ofDocument.add(passage.id);
    for (const tagId of passage.tagIds) {
      let ids = this.byTag.get(tagId);
      if (!ids) this.byTag.set(tagId, (ids = new Set()));
      ids.add(passage.id);
    }
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    for (const tagId of old.tagIds) this.byTag.get(tagId)?.delete(id);
    this.byDocument.get(old.documentId)?.delete(id);
  }

  /** Replaces everything known about one document's passages. */
  replaceDocument(documentId: string, passages: readonly Passage[]): void {
    for (const id of [...(this.byDocument.get(documentId) ?? [])]) this.remove(id);
    for (const passage of passages) this.put(passage);
  }

  /** One document's passages, in no particular order. */
  ofDocument(documentId: string): Passage[] {
    return [...(this.byDocument.get(documentId) ?? [])].map((id) => this.byId.get(id)!);
  }

  /** How many passages each document has. */
  countsByDocument(): Map<string, number> {
    return new Map([...this.byDocument].map(([documentId, ids]) => [documentId, ids.size]));
  }

  /** How many passages one document has. */
  countIn(documentId: string): number {
    return this.byDocument.get(documentId)?.size ?? 0;
  }

  get(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  countFor(tagId: string): number {
    return this.byTag.get(tagId)?.size ?? 0;
  }

  /** Passages carrying any of the tags, each once. */
  withAnyTag(tagIds: Iterable<string>): Passage[] {
    const ids = new Set<string>();
    for (const tagId of tagIds) for (const id of this.byTag.get(tagId) ?? []) ids.add(id);
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** Document ids that hold a passage with the tag. */
  documentsWithTag(tagId: string): Set<string> {
    return new Set([...(this.byTag.get(tagId) ?? [])].map((id) => this.byId.get(id)!.documentId));
  }

  all(): Passage[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }
}
