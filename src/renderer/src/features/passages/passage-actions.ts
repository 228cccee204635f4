import { recordTagUse } from '../tags/tag-shortcuts';
import type { PlacedPassage, TagView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change, undoLastChange, type Covers } from '../../data/actions';
import { notebookData } from '../../data/notebook-data';
import { passagesKey } from '../../data/queries';
import { showToast } from '../toasts/toasts';

/** Creates the tag at `path` if it is new, returning its id. */
export async function ensureTag(path: string): Promise<string | null> {
  const tag = await change(scholia().tags.create({ name: path }));
  if (tag) recordTagUse(tag.id);
  return tag?.id ?? null;
}

/** Puts a passage main answered into its document's list, in reading order, replacing its old self. */
const putPassage = (documentId: string): Covers<PlacedPassage> => ({
  keys: [passagesKey(documentId)],
  apply: (passage, revision) =>
    notebookData().apply<PlacedPassage[]>(passagesKey(documentId), revision, (list) => [...list.filter((p) => p.id !== passage.id), passage].sort(readingOrder)),
});

/** Turns a selection into a passage; the reader paints it from the answer, without asking again. */
export function createPassage(input: { documentId: string; start: number; end: number; tagIds: string[] }): Promise<PlacedPassage | undefined> {
  return change(scholia().passages.create({ ...input, note: '' }), putPassage(input.documentId));
}

// Adds and removes name the tag only, so two quick edits never overwrite each other.
export async function addTag(passage: Pick<PlacedPassage, 'id' | 'documentId'>, tagId: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, addTagIds: [tagId] }), putPassage(passage.documentId));
}

export async function removeTag(passage: Pick<PlacedPassage, 'id' | 'documentId'>, tagId: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, removeTagIds: [tagId] }), putPassage(passage.documentId));
}

export async function saveNote(passage: PlacedPassage, note: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, note }), putPassage(passage.documentId));
}

export async function deletePassage(passage: PlacedPassage): Promise<void> {
  const key = passagesKey(passage.documentId);
  const done = await change(scholia().passages.delete({ id: passage.id }), {
    keys: [key],
    apply: (_value, revision) => notebookData().apply<PlacedPassage[]>(key, revision, (list) => list.filter((p) => p.id !== passage.id)),
  });
  if (done !== undefined) showToast('Passage deleted.', { action: { label: 'Undo', run: () => void undoLastChange() } });
}

/** The colour a passage is drawn in: its first tag's, or a neutral one when untagged. */
export function passageColor(passage: { tagIds: readonly string[] }, tagsById: ReadonlyMap<string, TagView>): string {
  for (const id of passage.tagIds) {
    const tag = tagsById.get(id);
    if (tag) return tag.color;
  }
  return UNTAGGED_COLOR;
}

export const UNTAGGED_COLOR = '#e6dfc6';

/** The order main lists passages in: by start, outer (longer) first; orphans last, oldest first. */
export function readingOrder(a: PlacedPassage, b: PlacedPassage): number {
  if (!a.anchor || !b.anchor) return a.anchor ? -1 : b.anchor ? 1 : a.createdAt.localeCompare(b.createdAt);
  return a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end;
}
