/** What the entities worker can be asked over the worker channel: read documents for their people, places and organisations. */
import type { Block } from '../../shared/model';
import type { FoundMention } from './extract-entities';

export interface DocumentText {
  id: string;
  text: string;
  blocks: Block[];
}

export interface EntitiesApi {
  extract(documents: DocumentText[]): Promise<{ id: string; mentions: FoundMention[] }[]>;
}

export const ENTITIES_METHODS: readonly (keyof EntitiesApi)[] = ['extract'];

export const ENTITIES_WORKER = 'entities worker';

/** compromise takes a second or more to load; it is loaded when the first document is read, not when the notebook opens. */
export function createEntitiesApi(): EntitiesApi {
  return {
    extract: async (documents) => {
      const { extractEntities } = await import('./extract-entities');
      return documents.map((document) => ({ id: document.id, mentions: extractEntities(document.text, document.blocks) }));
    },
  };
}
