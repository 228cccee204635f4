/**
 * What a saved index covers, as one hash: if the library's items (by id and
 * content) differ from those the index was built from, the saved index is
 * stale. Documents are hashed by their stored content hash, not their text,
 * so main can compute the fingerprint at start-up without reading bodies.
 */
import { createHash } from 'node:crypto';
import { itemKey } from './item-keys';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';

/** Bump when analysis or the segment layout changes: old saved indexes then count as stale. */
export const INDEX_FORMAT_VERSION = 8;

/**
 * What the analysis depends on besides Scholia's code: the words of Chinese,
 * Japanese or Thai come from ICU's dictionaries (see unspaced-words), which
 * change with the ICU that Electron ships; an index built by another is stale.
 */
export const ANALYSIS_VERSION = `v${INDEX_FORMAT_VERSION} icu ${process.versions.icu ?? 'none'}`;

/** Just what the fingerprint needs of each item. */
export type FingerprintItem =
  | { kind: 'document'; item: Pick<IndexableDocument, 'id' | 'contentHash' | 'title' | 'byline'> }
  | { kind: 'passage'; item: IndexablePassage }
  | { kind: 'note'; item: IndexableNote };

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function itemHash(entry: FingerprintItem): string {
  switch (entry.kind) {
    case 'document': {
      const { contentHash, title, byline } = entry.item;
      return sha1(JSON.stringify([contentHash, title, byline]));
    }
    case 'passage': {
      const { documentId, start, end, note, tags } = entry.item;
      return sha1(JSON.stringify([documentId, start, end, note, tags]));
    }
    case 'note': {
      const { documentId, passageId, text } = entry.item;
      return sha1(JSON.stringify([documentId, passageId, text]));
    }
  }
}

/** Combines per-item hashes (key → hash) into the fingerprint of the whole set. */
export function combineHashes(hashes: ReadonlyMap<string, string>): string {
  const lines = [...hashes].map(([key, hash]) => `${key}\t${hash}`).sort();
  return sha1(`scholia-search ${ANALYSIS_VERSION}\n${lines.join('\n')}`);
}

/** The fingerprint an index over exactly these items would have. */
export function fingerprintOf(items: Iterable<FingerprintItem>): string {
  const hashes = new Map<string, string>();
  for (const entry of items) hashes.set(itemKey(entry.kind, entry.item.id), itemHash(entry));
  return combineHashes(hashes);
}
