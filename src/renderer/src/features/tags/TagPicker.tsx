import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagView } from '../../../../shared/model';
import { useFloating } from '../../components/floating';
import { filterTags } from '../../data/tags';
import { showToast } from '../toasts/toasts';
import { cssVar } from './TagChip';
import { MAX_PINS, orderForEmptyBox, pinNumber, recordTagUse, togglePin, useTagShortcuts } from './tag-shortcuts';

interface Props {
  tags: readonly TagView[];
  /** Tags already applied: not offered again. */
  appliedIds: readonly string[];
  onApply: (tagId: string) => void;
  /** Called with the typed name when no tag matches it exactly; none means the picker only chooses. */
  onCreate?: (name: string) => void;
  onEscape?: () => void;
  autoFocus?: boolean;
  label?: string;
  /**
   * The list floats over what follows, kept inside the window (the default),
   * or takes its place in the flow, inside a popover that is itself kept there.
   */
  inlineList?: boolean;
  /** Whether an applied tag counts as recently used (not for choosing where a tag goes). */
  recordUse?: boolean;
}

const MAX_OPTIONS = 8;
type Option = { kind: 'tag'; tag: TagView } | { kind: 'create'; name: string };

/**
 * Type to filter the codebook, arrows to choose, Enter to apply; typing a
 * name no tag has offers to create it ("actors/Kerry" creates the hierarchy).
 * An empty box offers pinned tags first, then recent ones; Enter there
 * applies nothing unless an option was chosen with the arrows, so a second
 * Enter after applying a tag never adds another. Alt+1–9 apply pinned tags,
 * Alt+P pins or unpins the highlighted one.
 */
export function TagPicker({ tags, appliedIds, onApply, onCreate, onEscape, autoFocus, label = 'Add a tag', inlineList = false, recordUse = true }: Props) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  // Whether the user moved through the options: only then does Enter in an empty box apply one.
  const [chose, setChose] = useState(false);
  const shortcuts = useTagShortcuts();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [anchor, setAnchor] = useState<HTMLInputElement | null>(null);
  useFloating(listRef, inlineList ? null : anchor, { gap: 4, matchWidth: true });

  const open = tags.filter((tag) => !appliedIds.includes(tag.id));
  const name = typed.trim();
  const matches = (name === '' ? orderForEmptyBox(open, shortcuts) : filterTags(open, typed)).slice(0, MAX_OPTIONS);
  const exists = tags.some((tag) => tag.path.toLocaleLowerCase() === name.toLocaleLowerCase());
  const options: Option[] = [...matches.map((tag) => ({ kind: 'tag' as const, tag })), ...(onCreate && name !== '' && !exists ? [{ kind: 'create' as const, name }] : [])];
  const current = Math.min(active, Math.max(0, options.length - 1));
  // The highlighted option is what Enter applies: with nothing typed, only once chosen with the arrows.
  const armed = options.length > 0 && (chose || name !== '');

  const reset = () => {
    setTyped('');
    setActive(0);
    setChose(false);
  };
  const applyTag = (tagId: string) => {
    if (recordUse) recordTagUse(tagId);
    onApply(tagId);
    reset();
  };
  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'tag') applyTag(option.tag.id);
    else {
      onCreate?.(option.name);
      reset();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (event.altKey && digit) {
      event.preventDefault();
      const pinned = shortcuts.pinned[Number(digit[1]) - 1];
      if (pinned && !appliedIds.includes(pinned) && tags.some((tag) => tag.id === pinned)) applyTag(pinned);
    } else if (event.altKey && event.code === 'KeyP') {
      event.preventDefault();
      const option = options[current];
      if (option?.kind === 'tag' && !togglePin(option.tag.id)) showToast(`${MAX_PINS} tags are pinned already: unpin one first.`);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(1, options.length));
      setChose(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (armed) choose(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape?.();
    }
  };

  const hasPins = shortcuts.pinned.length > 0;
  return (
    <div className="tag-picker">
      <input
        ref={setAnchor}
        className="tag-picker-input"
        value={typed}
        autoFocus={autoFocus}
        placeholder={hasPins ? 'Type a tag, Enter to apply; Alt+1–9 pinned' : 'Type a tag, Enter to apply'}
        aria-label={label}
        aria-keyshortcuts={hasPins ? 'Alt+1 Alt+2 Alt+3 Alt+4 Alt+5 Alt+6 Alt+7 Alt+8 Alt+9' : undefined}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={armed ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setChose(false);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul ref={listRef} className={`tag-picker-options${inlineList ? '' : ' floating'}`} role="listbox" id={listId} aria-label={`${label}: tags`}>
          {options.map((option, index) => {
            const pin = option.kind === 'tag' ? pinNumber(shortcuts.pinned, option.tag.id) : null;
            return (
              <li
                key={option.kind === 'tag' ? option.tag.id : 'create'}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={armed && index === current}
                className={armed && index === current ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(index);
                }}
              >
                {option.kind === 'tag' ? (
                  <>
                    <span className="tag-swatch" style={cssVar('--tag-color', option.tag.color)} aria-hidden="true" />
                    <span className="tag-option-path">{option.tag.path}</span>
                    {pin !== null && (
                      <kbd className="tag-pin" title={`Alt+${pin} applies it`}>
                        <span className="visually-hidden">pinned, Alt+</span>
                        {pin}
                      </kbd>
                    )}
                  </>
                ) : (
                  <>Create tag “{option.name}”</>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
