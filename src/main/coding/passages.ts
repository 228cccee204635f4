/**
 * Passages: the marked, tagged and annotated ranges of documents. Stored per
 * document (see PassageStore) and indexed in memory by tag (PassageIndex),
 * which follows the change feed. Creating, changing and deleting one passage
 * is published here, with its undo; the steps of larger changes (a tag
 * merge, a re-import) are published by the service that makes them.
 */
import type { Passage, PlacedPassage } from '../../shared/model';
import { anchor } from '../../shared/anchoring/re-anchor';
import { describeRange } from '../../shared/anchoring/selectors';
import { ScholiaFailure } from '../../shared/result';
import { passageChanges, type ChangeFeed, type UndoEntry } from '../changes/change-feed';
import type { PassageStore } from '../store/passage-store';
import { PassageIndex } from './passage-index';
import { swapTag } from './tag-names';
import { nextTurn } from '../pacing/next-turn';

export const MAX_NOTE_LENGTH = 20_000;
/** Passage files read at once while indexing at start. */
const READ_AHEAD = 64;
export const MAX_TAGS_PER_PASSAGE = 50;

/** Passages whose tags a merge, delete or repair rewrote: as they were, and as they are. */
export interface Retagged {
  before: Passage[];
  after: Passage[];
}

/**
 * A change to one passage. `addTagIds` and `removeTagIds` apply to the tags
 * the passage has when the change is made, so two quick edits never undo
 * each other; `tagIds` replaces them all.
 */
export interface PassageChanges {
  tagIds?: string[];
  addTagIds?: string[];
  removeTagIds?: string[];
  note?: string;
}

interface Collaborators {
  store: PassageStore;
  feed: ChangeFeed;
  /** The current text of a document; throws not-found for an unknown one. */
  textOf: (documentId: string) => Promise<string>;
  /** The tags to store for the ids a change names (see Codebook.resolve); throws for unknown ones. */
  resolveTags: (ids: readonly string[]) => string[];
  tagExists: (id: string) => boolean;
  now: () => Date;
  newId: () => string;
}

export class Passages {
  private readonly index = new PassageIndex();
  private indexing: Promise<void> | null = null;

  constructor(private readonly deps: Collaborators) {
    deps.feed.subscribe((commit) => this.index.follow(commit.changes));
  }

  /**
   * Reads every passage file once. Each document's passages are put in the
   * index in the same turn as they are read, so a change made meanwhile is
   * either already in what was read or applied to the index after it.
   */
  ready(): Promise<void> {
    this.indexing ??= (async () => {
      const ids = await this.deps.store.documentIds();
      // Many files read at once: the disk, not one read after another, sets the pace.
      for (let i = 0; i < ids.length; i += READ_AHEAD) {
        await Promise.all(
          ids.slice(i, i + READ_AHEAD).map(async (documentId) => {
            for (const passage of await this.deps.store.read(documentId)) this.index.put(passage);
          }),
        );
      }
    })();
    return this.indexing;
  }

  /** A document's passages in reading order, each placed in its current text or marked orphaned. */
  async list(documentId: string): Promise<PlacedPassage[]> {
    const text = await this.deps.textOf(documentId);
    const passages = await this.deps.store.read(documentId);
    return passages.map((passage) => place(passage, text)).sort(readingOrder);
  }

  /** Needs no index: a new passage never waits for the start-up indexing of a large notebook. */
  async create(input: { documentId: string; start: number; end: number; tagIds: string[]; note: string }): Promise<PlacedPassage> {
    const [created] = await this.createMany(input.documentId, [input], input.tagIds, 'create passage');
    return created!;
  }

  /**
   * Creates passages on one document in one write and one commit, so a
   * batch of hundreds costs one file write. Every range is checked before
   * anything is written: one bad range refuses them all.
   */
  async createMany(documentId: string, ranges: readonly { start: number; end: number; note?: string }[], tagIds: readonly string[], label: string): Promise<PlacedPassage[]> {
    const text = await this.deps.textOf(documentId);
    const drafts = ranges.map((range) => {
      const selectors = describeRange(text, range.start, range.end);
      if (!selectors.ok) throw new ScholiaFailure(selectors.error.code, selectors.error.message);
      return { ...selectors.value, note: checkNote(range.note ?? ''), id: this.deps.newId() };
    });
    this.checkTags(tagIds);
    const at = this.deps.now().toISOString();
    // Tags are resolved as the change is written, so a tag merged meanwhile lands on its target.
    const created = await this.deps.store.update(documentId, (passages) => {
      const resolved = this.checkTags(tagIds);
      const made = drafts.map(({ id, position, quote, note }): Passage => ({ id, documentId, position, quote, tagIds: resolved, note, createdAt: at, updatedAt: at }));
      passages.push(...made);
      return made;
    });
    const ids = new Set(created.map((p) => p.id));
    this.deps.feed.publish(passageChanges('added', created), {
      label,
      documentId,
      revert: () => this.removeAll(documentId, ids),
      redo: () => this.restore(created),
    });
    return created.map((passage) => place(passage, text));
  }

  async update(id: string, changes: PassageChanges): Promise<PlacedPassage> {
    await this.ready();
    const { documentId } = this.get(id);
    const note = changes.note === undefined ? undefined : checkNote(changes.note);
    // Read, change and write in one turn of the document's write queue, so concurrent edits all apply.
    const { before, after } = await this.deps.store.update(documentId, (stored) => {
      const index = stored.findIndex((p) => p.id === id);
      if (index === -1) throw new ScholiaFailure('not-found', 'That passage no longer exists.');
      const current = stored[index]!;
      const removed = new Set(changes.removeTagIds ?? []);
      const tagIds = [...(changes.tagIds ?? current.tagIds), ...(changes.addTagIds ?? [])].filter((tag) => !removed.has(tag));
      const next: Passage = {
        ...current,
        tagIds: this.checkTags(tagIds),
        note: note ?? current.note,
        updatedAt: this.deps.now().toISOString(),
      };
      stored[index] = next;
      return { before: current, after: next };
    });
    this.deps.feed.publish(passageChanges('updated', [after]), {
      label: changes.note !== undefined ? 'edit note' : 'change passage tags',
      documentId,
      revert: () => this.restore([before]),
      redo: () => this.restore([after]),
    });
    return place(after, await this.deps.textOf(documentId));
  }

  async delete(id: string): Promise<null> {
    const removed = await this.take(id);
    this.deps.feed.publish(passageChanges('removed', [removed]), {
      label: 'delete passage',
      documentId: removed.documentId,
      revert: () => this.restore([removed]),
      redo: () => this.remove(removed.id),
    });
    return null;
  }

  /** Removes one passage and publishes it, with no undo of its own (an undo or a redo does this). */
  private async remove(id: string): Promise<void> {
    const removed = await this.take(id);
    this.deps.feed.publish(passageChanges('removed', [removed]));
  }

  /** Removes passages of one document in one write and publishes them, with no undo of their own. */
  private async removeAll(documentId: string, ids: ReadonlySet<string>): Promise<void> {
    await this.ready();
    const removed = await this.deps.store.update(documentId, (stored) => {
      const gone = stored.filter((p) => ids.has(p.id));
      stored.splice(0, stored.length, ...stored.filter((p) => !ids.has(p.id)));
      return gone;
    });
    if (removed.length > 0) this.deps.feed.publish(passageChanges('removed', removed));
  }

  /** Removes one passage from its file; the caller publishes. */
  private async take(id: string): Promise<Passage> {
    await this.ready();
    const { documentId } = this.get(id);
    return this.deps.store.update(documentId, (stored) => {
      const index = stored.findIndex((p) => p.id === id);
      // Two deletes of one passage: the second must not remove another passage.
      if (index === -1) throw new ScholiaFailure('not-found', 'That passage no longer exists.');
      return stored.splice(index, 1)[0]!;
    });
  }

  /**
   * Writes passages back as given, adding those that are missing (an undone
   * delete), and publishes them. Tags that no longer exist are dropped from
   * them, so a restored passage never points at a deleted tag.
   */
  async restore(passages: readonly Passage[], undo?: UndoEntry): Promise<void> {
    await this.ready();
    const restored = passages.map((p) => ({ ...p, tagIds: p.tagIds.filter(this.deps.tagExists) }));
    const added = await this.replace(restored);
    this.deps.feed.publish(
      [...passageChanges('added', restored.filter((p) => added.has(p.id))), ...passageChanges('updated', restored.filter((p) => !added.has(p.id)))],
      undo,
    );
  }

  /**
   * Swaps one tag for another on every passage that has it (a merge), or
   * strips it (target null, a deleted tag). Returns the passages as they were
   * and as they are; the caller publishes.
   */
  async retag(sourceId: string, targetId: string | null): Promise<Retagged> {
    // The index must hold every passage before it can say which documents use the tag.
    await this.ready();
    return this.mapTags(this.index.documentsWithTag(sourceId), (tagIds) => swapTag(tagIds, sourceId, targetId));
  }

  /** Takes tags that no longer exist off every passage; returns the passages as they were and are. The caller publishes. */
  async stripTags(keep: (tagId: string) => boolean): Promise<Retagged> {
    await this.ready();
    const documents = new Set(this.index.all().filter((p) => p.tagIds.some((id) => !keep(id))).map((p) => p.documentId));
    return this.mapTags(documents, (tagIds) => tagIds.filter(keep));
  }

  /** Rewrites the tags of passages in the given documents, inside each document's write queue. */
  private async mapTags(documentIds: Iterable<string>, map: (tagIds: string[]) => string[]): Promise<Retagged> {
    await this.ready();
    const at = this.deps.now().toISOString();
    const before: Passage[] = [];
    const after: Passage[] = [];
    for (const documentId of documentIds) {
      const changed = await this.deps.store.update(documentId, (stored) => {
        const pairs: [Passage, Passage][] = [];
        stored.forEach((passage, index) => {
          const tagIds = [...new Set(map(passage.tagIds))];
          if (tagIds.length === passage.tagIds.length && tagIds.every((id, i) => id === passage.tagIds[i])) return;
          const next = { ...passage, tagIds, updatedAt: at };
          stored[index] = next;
          pairs.push([passage, next]);
        });
        return pairs;
      });
      for (const [old, next] of changed) {
        before.push(old);
        after.push(next);
      }
    }
    return { before, after };
  }

  /** Passages carrying any of the tags, across all documents. */
  async withAnyTag(tagIds: Iterable<string>): Promise<Passage[]> {
    await this.ready();
    return this.index.withAnyTag(tagIds);
  }

  /** One document's passages, from the index. */
  async ofDocument(documentId: string): Promise<Passage[]> {
    await this.ready();
    return this.index.ofDocument(documentId);
  }

  /** How many passages each document has (documents with none are absent). */
  async countsByDocument(): Promise<Map<string, number>> {
    await this.ready();
    return this.index.countsByDocument();
  }

  /** How many passages a document has, as far as the index knows yet (see `ready`). */
  countIn(documentId: string): number {
    return this.index.countIn(documentId);
  }

  /** Moves a deleted document's passage file into `folder`; the caller publishes the passages removed. */
  detachDocument(documentId: string, folder: string): Promise<void> {
    return this.deps.store.detach(documentId, folder);
  }

  /** Puts back a passage file `detachDocument` moved; the caller publishes the passages added. */
  attachDocument(documentId: string, folder: string): Promise<void> {
    return this.deps.store.attach(documentId, folder);
  }

  /** Every passage of the notebook. */
  async all(): Promise<Passage[]> {
    await this.ready();
    return this.index.all();
  }

  async countFor(tagId: string): Promise<number> {
    await this.ready();
    return this.index.countFor(tagId);
  }

  /**
   * Puts a passage on other words of its document's current text: an
   * orphan re-attached by the user after a new version. Undoable.
   */
  async reattach(id: string, start: number, end: number): Promise<PlacedPassage> {
    await this.ready();
    const before = this.get(id);
    const text = await this.deps.textOf(before.documentId);
    const selectors = describeRange(text, start, end);
    if (!selectors.ok) throw new ScholiaFailure('invalid-input', selectors.error.message);
    const after: Passage = { ...before, position: selectors.value.position, quote: selectors.value.quote, updatedAt: this.deps.now().toISOString() };
    await this.restore([after], {
      label: 're-attach passage',
      documentId: before.documentId,
      revert: () => this.restore([before]),
      redo: () => this.restore([after]),
    });
    return place(after, text);
  }

  /** Moves a document's passage file aside (its document is gone) and forgets its passages; returns where it went. */
  async setAside(documentId: string): Promise<string> {
    const keptAs = await this.deps.store.setAside(documentId);
    this.index.replaceDocument(documentId, []);
    return keptAs;
  }

  get(id: string): Passage {
    const passage = this.index.get(id);
    if (!passage) throw new ScholiaFailure('not-found', 'That passage no longer exists.');
    return passage;
  }

  private checkTags(ids: readonly string[]): string[] {
    if (new Set(ids).size > MAX_TAGS_PER_PASSAGE) {
      throw new ScholiaFailure('invalid-input', `A passage can carry at most ${MAX_TAGS_PER_PASSAGE} tags.`);
    }
    return this.deps.resolveTags(ids);
  }

  /** Resolves once every passage write already accepted is on disk and announced. */
  async settle(): Promise<void> {
    await this.deps.store.settle();
    // The writes' callers announce them in the turns after; let those run.
    await nextTurn();
  }

  /** Replaces passages by id, one write per document, adding any that are missing; answers the ids added. */
  private async replace(passages: readonly Passage[]): Promise<Set<string>> {
    const added = new Set<string>();
    const byDocument = new Map<string, Passage[]>();
    for (const passage of passages) byDocument.set(passage.documentId, [...(byDocument.get(passage.documentId) ?? []), passage]);
    for (const [documentId, replacements] of byDocument) {
      await this.deps.store.update(documentId, (stored) => {
        for (const replacement of replacements) {
          const index = stored.findIndex((p) => p.id === replacement.id);
          if (index === -1) {
            stored.push(replacement);
            added.add(replacement.id);
          } else stored[index] = replacement;
        }
      });
    }
    return added;
  }
}

function checkNote(note: string): string {
  if (note.length > MAX_NOTE_LENGTH) {
    throw new ScholiaFailure('invalid-input', `A note can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters; this one has ${note.length.toLocaleString('en')}.`);
  }
  return note;
}

function place(passage: Passage, text: string): PlacedPassage {
  const found = anchor(text, { position: passage.position, quote: passage.quote });
  return { ...passage, anchor: found ? { start: found.start, end: found.end } : null };
}

function readingOrder(a: PlacedPassage, b: PlacedPassage): number {
  // Orphans last; then by start, longer (outer) passages first.
  if (!a.anchor || !b.anchor) return a.anchor ? -1 : b.anchor ? 1 : a.createdAt.localeCompare(b.createdAt);
  return a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end;
}
