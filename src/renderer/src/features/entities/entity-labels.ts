import type { EntityKind, EntityMention, EntitySort } from '../../../../shared/entities';

export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  organisation: { one: 'Organisation', many: 'Organisations' },
};

export const COLUMNS: { sort: EntitySort; label: string; numeric?: boolean }[] = [
  { sort: 'name', label: 'Name' },
  { sort: 'kind', label: 'Kind' },
  { sort: 'mentions', label: 'Mentions', numeric: true },
  { sort: 'documents', label: 'Documents', numeric: true },
  { sort: 'outlets', label: 'Outlets' },
  { sort: 'first', label: 'First' },
  { sort: 'last', label: 'Last' },
];

/** Counts read best largest first, names and first dates from the start. */
export const descendingFirst = (sort: EntitySort) => sort === 'mentions' || sort === 'documents' || sort === 'outlets' || sort === 'last';

/** What the reader needs to show one mention as a found match: the document, its range and its block. */
export function mentionInReader(mention: EntityMention) {
  return {
    documentId: mention.documentId,
    query: mention.text,
    matches: [{ ranges: [{ start: mention.start, end: mention.end }], blockIndex: mention.blockIndex, passageId: null }],
    current: 0,
  };
}
