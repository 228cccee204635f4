/** One string key per indexed item, so documents, passages and notes share one id space in segments. */
import type { ItemKind, ItemRef } from './types';

const PREFIX: Record<ItemKind, string> = { document: 'd:', passage: 'p:', note: 'n:' };

export function itemKey(kind: ItemKind, id: string): string {
  return PREFIX[kind] + id;
}

export function parseItemKey(key: string): ItemRef {
  const kind: ItemKind = key.startsWith('d:') ? 'document' : key.startsWith('p:') ? 'passage' : 'note';
  return { kind, id: key.slice(2) };
}
