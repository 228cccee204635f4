/** Bridge methods and events of the Entities view: people, places and organisations merged across the notebook. */
import { z } from 'zod';
import { ENTITY_KINDS, ENTITY_LIST_LIMIT, ENTITY_MENTION_LIMIT, ENTITY_NAME_MAX, ENTITY_SORTS, type EntitiesChanged, type EntityCodingProposal, type EntityList, type EntityMention } from './entities';
import { IdSchema, event, method } from './api-method';

const EntityName = z.string().max(ENTITY_NAME_MAX, { abort: true });

export const entitiesMethods = {
  /** The entities, filtered by kind and a few letters of a name, sorted, up to `limit`. */
  'entities:list': method<EntityList>()(
    z.strictObject({
      kind: z.enum(ENTITY_KINDS).optional(),
      query: z.string().max(200, { abort: true }).optional(),
      sort: z.enum(ENTITY_SORTS).optional(),
      descending: z.boolean().optional(),
      limit: z.number().int().min(1).max(ENTITY_LIST_LIMIT),
      includeHidden: z.boolean().optional(),
    }),
  ),
  /** Where one entity is mentioned, in document order, up to `limit`. */
  'entities:mentions': method<{ mentions: EntityMention[]; truncated: boolean }>()(z.strictObject({ entityId: IdSchema, limit: z.number().int().min(1).max(ENTITY_MENTION_LIMIT) })),
  /** The user's corrections: merge into another entity, rename, split a written form off, hide or show again. Each is one undoable change. */
  'entities:alias': method<null>()(
    z.discriminatedUnion('action', [
      z.strictObject({ action: z.literal('merge'), entityId: IdSchema, intoId: IdSchema }),
      z.strictObject({ action: z.literal('rename'), entityId: IdSchema, name: EntityName }),
      z.strictObject({ action: z.literal('split'), entityId: IdSchema, alias: EntityName }),
      z.strictObject({ action: z.literal('hide'), entityId: IdSchema, hidden: z.boolean() }),
    ]),
  ),
  /** Proposes coding an entity's mentions: the tag path and every mention, for review; nothing is written until `passages:codeMany`. */
  'entities:codeMentions': method<EntityCodingProposal>()(z.strictObject({ entityId: IdSchema })),
} as const;

export const entitiesEvents = {
  /** Entities changed: documents were read, or an edit was made or undone. */
  onEntitiesChanged: event<EntitiesChanged>()('entities:changed'),
} as const;
