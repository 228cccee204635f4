/** The codebook's changes as the tree and the details make them, each saying what it did with a way back. */
import type { TagView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change, undoLastChange } from '../../data/actions';
import { countOf } from '../../data/count-words';
import { showToast } from '../toasts/toasts';

export type TagChanges = { name?: string; color?: string; description?: string; parentId?: string | null };

export const updateTag = (tag: TagView, changes: TagChanges) => change(scholia().tags.update({ id: tag.id, ...changes }));

const undo = { label: 'Undo', run: () => void undoLastChange() };

/** Moves a tag under another (null: to the top level), and says where it went. */
export async function moveTag(tag: TagView, parent: TagView | null): Promise<boolean> {
  const moved = await updateTag(tag, { parentId: parent?.id ?? null });
  if (moved) showToast(parent ? `Moved “${tag.name}” under “${parent.path}”.` : `Moved “${tag.name}” to the top level.`, { action: undo });
  return moved !== undefined;
}

/**
 * Renames a tag from the full path typed in its place: "themes/humanitarian"
 * moves it under "themes" (created when missing), a name without a slash
 * puts it at the top level.
 */
export async function renameTag(tag: TagView, path: string): Promise<boolean> {
  const typed = path.trim();
  if (typed === '' || typed === tag.path) return true;
  return (await updateTag(tag, typed.includes('/') ? { name: typed } : { name: typed, parentId: null })) !== undefined;
}

export async function deleteTag(tag: TagView): Promise<void> {
  const report = await change(scholia().tags.delete({ id: tag.id }));
  if (report) showToast(`Deleted “${tag.path}”: ${countOf(report.passagesChanged, 'passage')} and ${countOf(report.documentsChanged, 'document')} updated.`, { action: undo });
}

export async function mergeTag(tag: TagView, target: TagView): Promise<void> {
  const report = await change(scholia().tags.merge({ sourceId: tag.id, targetId: target.id }));
  if (report) showToast(`Merged “${tag.path}” into “${target.path}”: ${countOf(report.passagesChanged, 'passage')} and ${countOf(report.documentsChanged, 'document')} updated.`, { action: undo });
}

/** Its own use, and for a tag with tags inside it, theirs rolled in (distinct passages and documents). */
export function usageOf(tag: TagView, hasChildren: boolean): string {
  const own = `${countOf(tag.passageCount, 'passage')}, ${countOf(tag.documentCount, 'document')}`;
  const total = `${countOf(tag.passageTotal, 'passage')}, ${countOf(tag.documentTotal, 'document')} with the tags inside`;
  if (!hasChildren) return own;
  return tag.passageCount === 0 && tag.documentCount === 0 ? total : `${own}; ${total}`;
}
