/**
 * Passages: the marked, tagged and annotated ranges of documents. Stored per
 * document (see PassageStore) and indexed in memory by tag (PassageIndex).
 */
import type { Passage, PlacedPassage } from '../../shared/model';
import { anchor, reanchorAll } from '../../shared/anchoring/re-anchor';
import { describeRange } from '../../shared/anchoring/selectors';
import { ScholiaFailure } from '../../shared/result';
import type { PassageStore } from '../store/passage-store';
import { PassageIndex } from './passage-index';

export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAGS_PER_PASSAGE = 50;

export interface PassageChanges {
  tagIds?: string[];
  note?: string;
}

interface Collaborators {
  store: PassageStore;
  /** The current text of a document; throws not-found for an unknown one. */
  textOf: (documentId: string) => Promise<string>;
  requireTags: (ids: readonly string[]) => void;
  now: () => Date;
  newId: () => string;
}

export class Passages {
  private readonly index = new PassageIndex();
  private indexing: Promise<void> | null = null;

  constructor(private readonly deps: Collaborators) {}

  /**
   * Reads every passage file once. Each document's passages are put in the
   * index in the same turn as they are read, so a change made meanwhile is
   * either already in what was read or applied to the index after it.
   */
  ready(): Promise<void> {
    this.indexing ??= (async () => {
      for (const documentId of await this.deps.store.documentIds()) {
        for (const passage of await this.deps.store.read(documentId)) this.index.put(passage);
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
    const text = await this.deps.textOf(input.documentId);
    const selectors = describeRange(text, input.start, input.end);
    if (!selectors.ok) throw new ScholiaFailure(selectors.error.code, selectors.error.message);
    const tagIds = this.checkTags(input.tagIds);
    const at = this.deps.now().toISOString();
    const passage: Passage = {
      id: this.deps.newId(),
      documentId: input.documentId,
      position: selectors.value.position,
      quote: selectors.value.quote,
      tagIds,
      note: checkNote(input.note),
      createdAt: at,
      updatedAt: at,
    };
    await this.deps.store.update(input.documentId, (passages) => void passages.push(passage));
    this.index.put(passage);
    return place(passage, text);
  }

  async change(id: string, changes: PassageChanges): Promise<{ before: Passage; after: PlacedPassage }> {
    await this.ready();
    const before = this.get(id);
    const tagIds = changes.tagIds === undefined ? undefined : this.checkTags(changes.tagIds);
    const note = changes.note === undefined ? undefined : checkNote(changes.note);
    const after: Passage = {
      ...before,
      tagIds: tagIds ?? before.tagIds,
      note: note ?? before.note,
      updatedAt: this.deps.now().toISOString(),
    };
    await this.replace([after]);
    return { before, after: place(after, await this.deps.textOf(after.documentId)) };
  }

  async remove(id: string): Promise<Passage> {
    await this.ready();
    const passage = this.get(id);
    await this.deps.store.update(passage.documentId, (passages) => {
      passages.splice(passages.findIndex((p) => p.id === id), 1);
    });
    this.index.remove(id);
    return passage;
  }

  /**
   * Writes passages back as given, adding those that are missing (an undone
   * delete). Tags that no longer exist are dropped from them, so a restored
   * passage never points at a deleted tag.
   */
  async restore(passages: readonly Passage[], tagExists: (id: string) => boolean): Promise<void> {
    await this.ready();
    await this.replace(passages.map((p) => ({ ...p, tagIds: p.tagIds.filter(tagExists) })));
  }

  /**
   * Swaps one tag for another on every passage that has it (a merge), or
   * strips it (target null, a deleted tag). Returns the passages as they were.
   */
  async retag(sourceId: string, targetId: string | null): Promise<Passage[]> {
    await this.ready();
    const affected = this.index.withAnyTag([sourceId]);
    const at = this.deps.now().toISOString();
    const updated = affected.map((passage) => {
      const tagIds = passage.tagIds.flatMap((id) => (id === sourceId ? (targetId ? [targetId] : []) : [id]));
      return { ...passage, tagIds: [...new Set(tagIds)], updatedAt: at };
    });
    await this.replace(updated);
    return affected;
  }

  /** Passages carrying any of the tags, across all documents. */
  async withAnyTag(tagIds: Iterable<string>): Promise<Passage[]> {
    await this.ready();
    return this.index.withAnyTag(tagIds);
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
   * Re-places a document's passages after its text changed: by position, then
   * by quote and context, then by a fuzzy quote. A passage that cannot be
   * placed keeps its old selectors and shows as orphaned; none is dropped.
   */
  async reanchor(documentId: string, oldText: string, newText: string): Promise<{ placed: number; orphaned: number }> {
    await this.ready();
    const passages = await this.deps.store.read(documentId);
    const at = this.deps.now().toISOString();
    const moved: Passage[] = [];
    for (const { passage, anchor: found } of reanchorAll(oldText, newText, passages).placed) {
      const selectors = describeRange(newText, found.start, found.end);
      // A placement that is no longer a valid passage (only whitespace) keeps its old selectors, orphaned.
      if (selectors.ok) moved.push({ ...passage, position: selectors.value.position, quote: selectors.value.quote, updatedAt: at });
    }
    await this.replace(moved);
    return { placed: moved.length, orphaned: passages.length - moved.length };
  }

  /** Drops a document's passages from the index (their file was set aside). */
  forgetDocument(documentId: string): void {
    this.index.replaceDocument(documentId, []);
  }

  get(id: string): Passage {
    const passage = this.index.get(id);
    if (!passage) throw new ScholiaFailure('not-found', 'That passage no longer exists.');
    return passage;
  }

  private checkTags(ids: readonly string[]): string[] {
    const unique = [...new Set(ids)];
    if (unique.length > MAX_TAGS_PER_PASSAGE) {
      throw new ScholiaFailure('invalid-input', `A passage can carry at most ${MAX_TAGS_PER_PASSAGE} tags.`);
    }
    this.deps.requireTags(unique);
    return unique;
  }

  /** Replaces passages by id, one write per document, adding any that are missing. */
  private async replace(passages: readonly Passage[]): Promise<void> {
    const byDocument = new Map<string, Passage[]>();
    for (const passage of passages) byDocument.set(passage.documentId, [...(byDocument.get(passage.documentId) ?? []), passage]);
    for (const [documentId, replacements] of byDocument) {
      await this.deps.store.update(documentId, (stored) => {
        for (const replacement of replacements) {
          const index = stored.findIndex((p) => p.id === replacement.id);
          if (index === -1) stored.push(replacement);
          else stored[index] = replacement;
        }
      });
      for (const replacement of replacements) this.index.put(replacement);
    }
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
