/**
 * What a saved search index holds and what loading one tells: the shapes the
 * binary snapshot (snapshot-binary.ts) is written from and read into.
 */
import type { Segment } from './segment';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';
import type { Vocabulary } from './vocabulary';

export type LoadOutcome =
  | { loaded: true; fingerprint: string }
  | { loaded: false; reason: 'missing' | 'unreadable' | 'version' | 'stale'; message: string };

/** What an engine is saved from. */
export interface SnapshotContents {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  /** Each item's hash by item key. */
  hashes: ReadonlyMap<string, string>;
  /** The vocabulary every segment numbers its terms by. */
  vocabulary: Vocabulary;
  segments: Segment[];
}
