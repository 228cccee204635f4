import type { PlacedPassage, TagView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change, undoLastChange } from '../../data/actions';
import { showToast } from '../toasts/toasts';

/** Creates the tag at `path` if it is new, returning its id. */
export async function ensureTag(path: string): Promise<string | null> {
  const tag = await change(scholia().tags.create({ name: path }));
  return tag?.id ?? null;
}

// Adds and removes name the tag only, so two quick edits never overwrite each other.
export async function addTag(passage: Pick<PlacedPassage, 'id'>, tagId: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, addTagIds: [tagId] }));
}

export async function removeTag(passage: Pick<PlacedPassage, 'id'>, tagId: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, removeTagIds: [tagId] }));
}

export async function saveNote(passage: PlacedPassage, note: string): Promise<void> {
  await change(scholia().passages.update({ id: passage.id, note }));
}

export async function deletePassage(passage: PlacedPassage): Promise<void> {
  const done = await change(scholia().passages.delete({ id: passage.id }));
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
