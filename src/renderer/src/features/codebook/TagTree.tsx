import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TagView } from '../../../../shared/model';
import { pinNumber, useTagShortcuts } from '../tags/tag-shortcuts';
import { moveTag } from './tag-edits';
import { canMoveUnder, indentTarget, outdentTarget, type TreeRow } from './tag-tree';
import { TagRow } from './TagRow';

interface Props {
  tags: readonly TagView[];
  rows: readonly TreeRow[];
  selectedId: string | null;
  onSelect: (tagId: string) => void;
  onToggle: (tagId: string, expanded: boolean) => void;
  onOpen: (tagId: string) => void;
  renamingId: string | null;
  onRename: (tagId: string | null) => void;
  onDelete: (tagId: string) => void;
}

/**
 * The codebook's tags as a tree (WAI-ARIA tree pattern): ↑ ↓ Home End move,
 * → opens a tag or goes into it, ← closes it or goes to its parent, Enter
 * shows its passages, F2 renames it, Delete deletes it; Alt+→ moves it under
 * the tag above it and Alt+← out one level. Tags are also dragged onto
 * another tag, or onto the top level.
 */
export function TagTree({ tags, rows, selectedId, onSelect, onToggle, onOpen, renamingId, onRename, onDelete }: Props) {
  const tree = useRef<HTMLUListElement>(null);
  const [dragged, setDragged] = useState<TagView | null>(null);
  const { pinned } = useTagShortcuts();
  const index = rows.findIndex((row) => row.tag.id === selectedId);
  const current = rows[index] ?? rows[0];

  // The chosen row keeps focus when the tree has it, also after a move re-orders the rows.
  useEffect(() => {
    if (!tree.current?.contains(document.activeElement) || renamingId) return;
    tree.current.querySelector<HTMLElement>(`[data-tag-id="${current?.tag.id}"]`)?.focus();
  }, [current?.tag.id, rows, renamingId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!current || (event.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    const at = Math.max(0, index);
    const go = (i: number) => rows[i] && onSelect(rows[i].tag.id);
    const { tag } = current;
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(rows.length - 1),
      ArrowRight: () => (current.hasChildren && !current.expanded ? onToggle(tag.id, true) : current.expanded ? go(at + 1) : undefined),
      ArrowLeft: () => (current.expanded ? onToggle(tag.id, false) : tag.parentId ? onSelect(tag.parentId) : undefined),
      'Alt+ArrowRight': () => {
        const under = indentTarget(rows, tag.id);
        if (under) {
          onToggle(under.id, true);
          void moveTag(tag, under);
        }
      },
      'Alt+ArrowLeft': () => {
        const to = outdentTarget(tags, tag);
        if (to !== undefined) void moveTag(tag, tags.find((t) => t.id === to) ?? null);
      },
      Enter: () => onOpen(tag.id),
      F2: () => onRename(tag.id),
      Delete: () => onDelete(tag.id),
    };
    const run = keys[`${event.altKey ? 'Alt+' : ''}${event.key}`];
    if (!run || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    run();
  };

  const dropOnTop = dragged !== null && canMoveUnder(dragged, null);
  return (
    <>
      <ul ref={tree} className="tag-tree" role="tree" aria-label="Tags" onKeyDown={onKeyDown}>
        {rows.map((row) => (
          <TagRow
            key={row.tag.id}
            row={row}
            selected={row === current}
            renaming={renamingId === row.tag.id}
            pin={pinNumber(pinned, row.tag.id)}
            dropAllowed={dragged ? canMoveUnder(dragged, row.tag) : null}
            onSelect={() => onSelect(row.tag.id)}
            onOpen={() => onOpen(row.tag.id)}
            onRenameEnd={() => {
              onRename(null);
              // Back on its row once the field has gone, so the keys go on working in the tree.
              window.setTimeout(() => tree.current?.querySelector<HTMLElement>(`[data-tag-id="${row.tag.id}"]`)?.focus());
            }}
            onDragStart={() => setDragged(row.tag)}
            onDragEnd={() => setDragged(null)}
            onDrop={() => {
              if (!dragged) return;
              onToggle(row.tag.id, true);
              void moveTag(dragged, row.tag);
              setDragged(null);
            }}
          />
        ))}
      </ul>
      {dragged && (
        <div
          className={`tag-drop-top${dropOnTop ? ' drop-ok' : ''}`}
          onDragOver={(event) => dropOnTop && event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            if (dropOnTop) void moveTag(dragged, null);
            setDragged(null);
          }}
        >
          Drop here to move “{dragged.name}” to the top level
        </div>
      )}
    </>
  );
}
