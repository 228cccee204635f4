import type { DragEvent } from 'react';
import { cssVar } from '../tags/TagChip';
import { renameTag, usageOf } from './tag-edits';
import type { TreeRow } from './tag-tree';

interface Props {
  row: TreeRow;
  selected: boolean;
  renaming: boolean;
  /** The number it is pinned to in the tag box (Alt+1–9), or null. */
  pin: number | null;
  /** Whether a tag being dragged may be dropped here; null when nothing is being dragged. */
  dropAllowed: boolean | null;
  onSelect: () => void;
  onOpen: () => void;
  onRenameEnd: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
}

/** One tag of the codebook tree: its colour, name, pin and usage; renamed in place by its full path. */
export function TagRow({ row, selected, renaming, pin, dropAllowed, onSelect, onOpen, onRenameEnd, onDragStart, onDragEnd, onDrop }: Props) {
  const { tag } = row;
  const allowDrop = (event: DragEvent) => {
    if (!dropAllowed) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  return (
    <li
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`tag-row${selected ? ' selected' : ''}${dropAllowed ? ' drop-ok' : ''}`}
      style={cssVar('--depth', String(row.level - 1))}
      data-tag-id={tag.id}
      data-tag-path={tag.path}
      draggable={!renaming}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', tag.path);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDrop={(event) => {
        event.preventDefault();
        if (dropAllowed) onDrop();
      }}
    >
      <span className="tag-twisty" aria-hidden="true">
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className="tag-swatch" style={cssVar('--tag-color', tag.color)} aria-hidden="true" />
      {renaming ? (
        <input
          className="tag-rename"
          defaultValue={tag.path}
          autoFocus
          aria-label={`New name for ${tag.path}, as a full path`}
          onFocus={(event) => event.currentTarget.setSelectionRange(tag.path.length - tag.name.length, tag.path.length)}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => {
            // The tree's keys stay out of the field.
            event.stopPropagation();
            if (event.key === 'Escape') onRenameEnd();
            if (event.key === 'Enter') void renameTag(tag, event.currentTarget.value).then((done) => done && onRenameEnd());
          }}
          onBlur={onRenameEnd}
        />
      ) : (
        <span className="tag-name">{tag.name}</span>
      )}
      {pin !== null && (
        <kbd className="tag-pin" title={`Pinned: Alt+${pin} applies it in the tag box`}>
          <span className="visually-hidden">, pinned to Alt+</span>
          {pin}
        </kbd>
      )}
      <span className="visually-hidden">, </span>
      <span className="tag-usage">{usageOf(tag, row.hasChildren)}</span>
    </li>
  );
}
