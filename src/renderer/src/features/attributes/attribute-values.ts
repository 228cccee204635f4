/** Attribute values as form fields hold them (text), and back; main checks them again. */
import type { Attribute, AttributeType, AttributeValue } from '../../../../shared/model';

export const TYPE_NAMES: Record<AttributeType, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  boolean: 'Yes / no',
  choice: 'One of a list',
};

export function toField(value: AttributeValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The value a field holds for the attribute: null when empty, or why it is not one. */
export function fromField(attribute: Attribute, field: string): { value: AttributeValue | null } | { error: string } {
  const text = field.trim();
  if (text === '') return { value: null };
  switch (attribute.type) {
    case 'number': {
      const number = Number(text.replace(/[\s,](?=\d{3}\b)/g, ''));
      return Number.isFinite(number) ? { value: number } : { error: `“${attribute.name}” takes a number.` };
    }
    case 'boolean':
      return { value: text === 'yes' };
    default:
      return { value: text };
  }
}

/** How a value reads in a list: "yes", "1,200", "4 May 2016". */
export function describeValue(attribute: Attribute, value: AttributeValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString();
  if (attribute.type === 'date') return new Date(`${value}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return value;
}
