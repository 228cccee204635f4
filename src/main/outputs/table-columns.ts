/**
 * Columns of the tables the exports write (passages, documents), defined once
 * with their kind so a CSV writes each value as text while a workbook writes
 * dates as dates and numbers as numbers.
 */
import type { Attribute, AttributeValue, DocumentSummary } from '../../shared/model';

/** How a column's values are written where a format tells types apart. */
export type CellKind = 'text' | 'number' | 'date' | 'datetime';

/** Text, a number, a date as "YYYY-MM-DD", a time as ISO 8601, or nothing. */
export type CellValue = string | number | null;

export interface Column<R> {
  header: string;
  kind: CellKind;
  /** Characters wide, for formats that size their columns. */
  width: number;
  value: (row: R) => CellValue;
}

/** The day an article came out, "YYYY-MM-DD" (as stored, in UTC), or null when unknown. */
export function publishedDate(document: Pick<DocumentSummary, 'publishedAt'>): string | null {
  return document.publishedAt === null ? null : document.publishedAt.slice(0, 10);
}

/** The columns that say which article a row is about, the way a citation does. */
export function documentDetailColumns<R>(documentOf: (row: R) => DocumentSummary): Column<R>[] {
  return [
    { header: 'Document title', kind: 'text', width: 40, value: (row) => documentOf(row).title },
    { header: 'Outlet', kind: 'text', width: 18, value: (row) => documentOf(row).source },
    { header: 'Byline', kind: 'text', width: 20, value: (row) => documentOf(row).byline },
    { header: 'Published', kind: 'date', width: 12, value: (row) => publishedDate(documentOf(row)) },
    { header: 'Web address', kind: 'text', width: 30, value: (row) => documentOf(row).url },
  ];
}

/** One column per attribute, headed by its name, in the notebook's order. */
export function attributeColumns<R>(attributes: readonly Attribute[], documentOf: (row: R) => DocumentSummary): Column<R>[] {
  return attributes.map((attribute) => ({
    header: attribute.name,
    kind: attribute.type === 'number' ? 'number' : attribute.type === 'date' ? 'date' : 'text',
    width: Math.max(10, Math.min(24, attribute.name.length + 2)),
    value: (row: R) => attributeCell(attribute, documentOf(row).attributes[attribute.id]),
  }));
}

/** An attribute's value as the user entered it; yes/no for a boolean; null when it is not set. */
export function attributeCell(attribute: Attribute, value: AttributeValue | undefined): CellValue {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (attribute.type === 'number' && typeof value === 'number') return value;
  return String(value);
}
