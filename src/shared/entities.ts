/** People, places and organisations mentioned in the notebook, as the Entities view shows them. */

export const ENTITY_KINDS = ['person', 'place', 'organisation'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_SORTS = ['name', 'kind', 'mentions', 'documents', 'outlets', 'first', 'last'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

/** The most rows one list answers; the view is windowed, so this only bounds a reply. */
export const ENTITY_LIST_LIMIT = 20_000;
/** The most mentions one entity's review lists at once. */
export const ENTITY_MENTION_LIMIT = 2_000;
/** The longest name the user may give an entity. */
export const ENTITY_NAME_MAX = 200;

/** One person, place or organisation, merged across the notebook. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every other form it is written in ("Kerry", "Secretary of State John Kerry" → "John Kerry"). */
  aliases: string[];
  mentions: number;
  documents: number;
  /** The outlets of the documents it is mentioned in, most frequent first. */
  outlets: string[];
  /** Published dates ("2016-05-04") of the first and last documents that mention it, when known. */
  first: string | null;
  last: string | null;
  /** Hidden by the user as a false find; listed only when asked for. */
  hidden: boolean;
}

export interface EntityList {
  entities: EntityRow[];
  /** How many entities matched before the limit. */
  total: number;
  /** Documents still waiting to be read for entities (0 once all are in). */
  pending: number;
}

/** Where an entity is mentioned: UTF-16 offsets into the document's text. */
export interface EntityMention {
  documentId: string;
  start: number;
  end: number;
  /** The words as written there. */
  text: string;
  headline: string;
  /** The block it stands in, for the reader to scroll to. */
  blockIndex: number;
  /** The sentence around the mention, for the review. */
  sentence: string;
}

/** A reviewable batch: the tag an entity would be coded with and every mention of it. */
export interface EntityCodingProposal {
  entityId: string;
  tagPath: string;
  label: string;
  mentions: EntityMention[];
  /** True when there were more mentions than one batch holds. */
  truncated: boolean;
}

/** The notebook's own corrections to the merging: kept with the notebook, undoable. */
export interface EntityEdits {
  /** Entity key → the key it was merged into. */
  merges: Record<string, string>;
  /** Entity key → the name the user gave it. */
  names: Record<string, string>;
  /** Written forms ("kind:form") split off the entity they joined, each standing on its own. */
  splits: string[];
  /** Entity keys the user hid as false finds. */
  hidden: string[];
}

export interface EntitiesChanged {
  pending: number;
}

/** One correction the user makes to the entities. */
export type EntityAliasEdit =
  | { action: 'merge'; entityId: string; intoId: string }
  | { action: 'rename'; entityId: string; name: string }
  | { action: 'split'; entityId: string; alias: string }
  | { action: 'hide'; entityId: string; hidden: boolean };
