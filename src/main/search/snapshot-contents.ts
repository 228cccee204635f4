/**
 * What a saved search index holds and what loading one tells: the shapes the
 * binary snapshot (snapshot-binary.ts) is read into.
 */
import { itemKey } from './item-keys';
import type { Segment } from './segment';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';
import type { Vocabulary } from './vocabulary';

export type LoadOutcome =
  | { loaded: true; fingerprint: string }
  | { loaded: false; reason: 'missing' | 'unreadable' | 'version' | 'stale'; message: string };

/** What an engine is restored from. */
export interface SnapshotContents {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  hashes: Map<string, string>;
  /** The vocabulary every segment numbers its terms by. */
  vocabulary: Vocabulary;
  segments: Segment[];
}

/**
 * Pairs the saved newline-separated item hashes with the items' keys, in the
 * order they were saved; null when the counts differ. A count check, not a
 * re-hash: the fingerprint is trusted as saved (re-hashing cost a tenth of the load).
 */
export function pairHashes(
  documents: readonly { id: string }[],
  passages: readonly { id: string }[],
  notes: readonly { id: string }[],
  hashes: string,
): Map<string, string> | null {
  const keys = [
    ...documents.map((item) => itemKey('document', item.id)),
    ...passages.map((item) => itemKey('passage', item.id)),
    ...notes.map((item) => itemKey('note', item.id)),
  ];
  const hashList = hashes === '' ? [] : hashes.split('\n');
  if (hashList.length !== keys.length) return null;
  return new Map(keys.map((key, index) => [key, hashList[index]!]));
}
