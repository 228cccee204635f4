/** What the entities worker can be asked over the worker channel: read documents for their people, places and organisations. */
import type { Block } from '../../shared/model';
import { extractEntities, type FoundMention } from './extract-entities';

export interface DocumentText {
  id: string;
  text: string;
  blocks: Block[];
}

export interface EntitiesApi {
  extract(documents: DocumentText[]): { id: string; mentions: FoundMention[] }[];
}

export const ENTITIES_METHODS: readonly (keyof EntitiesApi)[] = ['extract'];

export const ENTITIES_WORKER = 'entities worker';

export function createEntitiesApi(): EntitiesApi {
  return {
    extract: (documents) => documents.map((document) => ({ id: document.id, mentions: extractEntities(document.text, document.blocks) })),
  };
}
