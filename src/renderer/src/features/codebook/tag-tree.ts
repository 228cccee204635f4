/**
 * The codebook as a tree on screen: which rows show (a collapsed tag hides
 * what is inside it), their level and position among siblings, and where a
 * tag may move. Pure, over the codebook's TagViews, which come sorted by path.
 */
import type { TagView } from '../../../../shared/model';

export interface TreeRow {
  tag: TagView;
  /** 1 for a top-level tag. */
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Position among its siblings, from 1, and how many siblings there are. */
  position: number;
  siblings: number;
}

/** The rows the tree shows, in order, with the tags inside a collapsed one left out. */
export function visibleRows(tags: readonly TagView[], collapsed: ReadonlySet<string>): TreeRow[] {
  const children = new Map<string | null, TagView[]>();
  for (const tag of tags) {
    const key = tag.parentId !== null && tags.some((t) => t.id === tag.parentId) ? tag.parentId : null;
    children.set(key, [...(children.get(key) ?? []), tag]);
  }
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, level: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    siblings.forEach((tag, index) => {
      const hasChildren = (children.get(tag.id)?.length ?? 0) > 0;
      const expanded = hasChildren && !collapsed.has(tag.id);
      rows.push({ tag, level, hasChildren, expanded, position: index + 1, siblings: siblings.length });
      if (expanded) walk(tag.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}

/** Whether `tag` may go under `target` (null: the top level): never under itself or a tag inside it, nor where it is already. */
export function canMoveUnder(tag: TagView, target: TagView | null): boolean {
  if (target === null) return tag.parentId !== null;
  return target.id !== tag.id && !target.path.startsWith(`${tag.path}/`) && tag.parentId !== target.id;
}

/** Alt+→: under the sibling just above it, as outliners indent; null when it is the first of its siblings. */
export function indentTarget(rows: readonly TreeRow[], tagId: string): TagView | null {
  const index = rows.findIndex((row) => row.tag.id === tagId);
  const row = rows[index];
  if (!row) return null;
  for (let i = index - 1; i >= 0; i -= 1) {
    const above = rows[i]!;
    if (above.level < row.level) return null;
    if (above.level === row.level) return above.tag;
  }
  return null;
}

/** Alt+←: out to its parent's level (under the grandparent, or the top); undefined when it is at the top already. */
export function outdentTarget(tags: readonly TagView[], tag: TagView): string | null | undefined {
  if (tag.parentId === null) return undefined;
  return tags.find((t) => t.id === tag.parentId)?.parentId ?? null;
}
