import { useEffect, useRef } from 'react';
import { TAG_PALETTE } from '../../../../shared/tag-palette';
import { cssVar } from '../tags/TagChip';

interface Props {
  value: string;
  /** The tag's path, naming what the colours are for. */
  name: string;
  onCommit: (color: string) => void;
}

/** A tag's colour: one of the palette's swatches in a click or a key, or any colour from the system picker. */
export function ColorPicker({ value, name, onCommit }: Props) {
  return (
    <div className="color-picker" role="group" aria-label={`Colour of ${name}`}>
      {TAG_PALETTE.map((color) => (
        <button
          key={color}
          type="button"
          className="color-swatch"
          style={cssVar('--swatch', color)}
          aria-label={color}
          aria-pressed={color.toLowerCase() === value.toLowerCase()}
          onClick={() => color !== value && onCommit(color)}
        />
      ))}
      <ColorInput value={value} label={`Any colour for ${name}`} onCommit={onCommit} />
    </div>
  );
}

/**
 * A colour input that saves once, when the picker closes: React's onChange
 * fires on every step of a drag, which would write the codebook and fill the
 * undo history with dozens of colour changes.
 */
function ColorInput({ value, label, onCommit }: { value: string; label: string; onCommit: (color: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      if (input.value !== value) commit.current(input.value);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [value]);
  return <input ref={ref} type="color" key={value} defaultValue={value} aria-label={label} title={label} />;
}
