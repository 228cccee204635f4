import { useId, useState, type KeyboardEvent } from 'react';
import type { TagView } from '../../../../shared/model';
import { filterTags } from '../../data/tags';
import { cssVar } from './TagChip';

interface Props {
  tags: readonly TagView[];
  /** Tags already applied: not offered again. */
  appliedIds: readonly string[];
  onApply: (tagId: string) => void;
  /** Called with the typed name when no tag matches it exactly. */
  onCreate: (name: string) => void;
  onEscape?: () => void;
  autoFocus?: boolean;
  label?: string;
}

const MAX_OPTIONS = 8;

/**
 * Type to filter the codebook, arrows to choose, Enter to apply; typing a
 * name no tag has offers to create it ("actors/Kerry" creates the hierarchy).
 */
export function TagPicker({ tags, appliedIds, onApply, onCreate, onEscape, autoFocus, label = 'Add a tag' }: Props) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = filterTags(
    tags.filter((tag) => !appliedIds.includes(tag.id)),
    typed,
  ).slice(0, MAX_OPTIONS);
  const name = typed.trim();
  const exists = tags.some((tag) => tag.path.toLocaleLowerCase() === name.toLocaleLowerCase());
  const options: ({ kind: 'tag'; tag: TagView } | { kind: 'create'; name: string })[] = [
    ...matches.map((tag) => ({ kind: 'tag' as const, tag })),
    ...(name !== '' && !exists ? [{ kind: 'create' as const, name }] : []),
  ];
  const current = Math.min(active, Math.max(0, options.length - 1));

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'tag') onApply(option.tag.id);
    else onCreate(option.name);
    setTyped('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape?.();
    }
  };

  return (
    <div className="tag-picker">
      <input
        className="tag-picker-input"
        value={typed}
        autoFocus={autoFocus}
        placeholder="Type a tag, Enter to apply"
        aria-label={label}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul className="tag-picker-options" role="listbox" id={listId}>
          {options.map((option, index) => (
            <li
              key={option.kind === 'tag' ? option.tag.id : 'create'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              {option.kind === 'tag' ? (
                <>
                  <span className="tag-swatch" style={cssVar('--tag-color', option.tag.color)} aria-hidden="true" />
                  {option.tag.path}
                </>
              ) : (
                <>Create tag “{option.name}”</>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
