/** Field numbering shared by analysis, segments and queries; numbers keep postings compact. */
import { SEARCH_FIELDS, type SearchField } from './types';

export const FIELD_COUNT = SEARCH_FIELDS.length;

export function fieldNumber(field: SearchField): number {
  return SEARCH_FIELDS.indexOf(field);
}

export function fieldName(field: number): SearchField {
  return SEARCH_FIELDS[field]!;
}

/** Title and tag words outrank body words: they say what the whole item is about. */
export const FIELD_BOOSTS: readonly number[] = SEARCH_FIELDS.map((field) =>
  field === 'title' || field === 'tags' ? 2 : 1,
);

/** Fields whose words are few and telling; prefix expansion always keeps their terms. */
export function isHeadlineField(field: number): boolean {
  const name = fieldName(field);
  return name === 'title' || name === 'byline' || name === 'tags';
}
