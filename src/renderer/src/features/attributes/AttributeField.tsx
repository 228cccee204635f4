import type { Attribute } from '../../../../shared/model';

interface Props {
  attribute: Attribute;
  /** The value as a field holds it (see attribute-values.ts). */
  value: string;
  onChange: (value: string) => void;
  /** Shown for "not set" in a list: "—" when editing, "Any value" when filtering. */
  emptyLabel?: string;
  id?: string;
  autoFocus?: boolean;
}

/** One field for an attribute's value, of the kind its type needs: text, number, date, or a list to choose from. */
export function AttributeField({ attribute, value, onChange, emptyLabel = '—', id, autoFocus }: Props) {
  if (attribute.type === 'choice' || attribute.type === 'boolean') {
    const options = attribute.type === 'boolean' ? [['yes', 'Yes'], ['no', 'No']] : attribute.choices.map((choice) => [choice, choice]);
    // A value set before its choice was taken off the list is still shown.
    const stale = value !== '' && !options.some(([option]) => option === value);
    return (
      <select id={id} value={value} autoFocus={autoFocus} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {stale && <option value={value}>{value} (no longer listed)</option>}
        {options.map(([option, label]) => (
          <option key={option} value={option}>
            {label}
          </option>
        ))}
      </select>
    );
  }
  const type = attribute.type === 'number' ? 'number' : attribute.type === 'date' ? 'date' : 'text';
  return <input id={id} type={type} value={value} autoFocus={autoFocus} step={type === 'number' ? 'any' : undefined} onChange={(event) => onChange(event.target.value)} />;
}
