import type { Attribute } from '../../../../shared/model';

/** Chooses one of the notebook's attributes; `anyLabel` adds a first choice meaning none in particular. */
export function AttributeSelect({ attributes, value, onChange, anyLabel }: { attributes: readonly Attribute[]; value: string; onChange: (id: string) => void; anyLabel?: string }) {
  return (
    <label>
      Attribute
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {attributes.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
