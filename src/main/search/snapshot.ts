/**
 * The saved form of an engine: the items it covers (bodies included, since
 * snippets are cut from them), their hashes, and the encoded segments, under
 * one fingerprint. Laid out for a fast JSON.parse: blocks as flat numbers,
 * hashes as one string, postings as base64 (see segment-codec).
 */
import { BLOCK_KINDS, type Block } from '../../shared/model';
import { INDEX_FORMAT_VERSION } from './fingerprint';
import { itemKey } from './item-keys';
import { decodeSegment, encodeSegment, type EncodedSegment } from './segment-codec';
import type { Segment } from './segment';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';

export const SNAPSHOT_FORMAT = 'scholia-search-index';

export interface SnapshotDocument extends Omit<IndexableDocument, 'blocks'> {
  /** [kind number, start, end] per block, flattened. */
  blocks: number[];
}

export interface SearchSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  fingerprint: string;
  documents: SnapshotDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  /** Item hashes, newline-joined, in the order documents, passages, notes. */
  hashes: string;
  /** The last segment is the recent one. */
  segments: EncodedSegment[];
}

export type LoadOutcome =
  | { loaded: true; fingerprint: string }
  | { loaded: false; reason: 'missing' | 'unreadable' | 'version' | 'stale'; message: string };

/** What an engine is restored from. */
export interface SnapshotContents {
  documents: IndexableDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  hashes: Map<string, string>;
  segments: Segment[];
}

export function encodeSnapshot(contents: SnapshotContents, fingerprint: string): SearchSnapshot {
  const hashOf = (key: string) => contents.hashes.get(key) ?? '';
  return {
    format: SNAPSHOT_FORMAT,
    version: INDEX_FORMAT_VERSION,
    fingerprint,
    // Fields picked one by one: a document restored from a binary file is a class whose body is a getter.
    documents: contents.documents.map(({ id, title, byline, contentHash, text, blocks }) => ({
      id,
      title,
      byline,
      contentHash,
      text,
      blocks: blocks.flatMap((block) => [BLOCK_KINDS.indexOf(block.kind), block.start, block.end]),
    })),
    passages: contents.passages,
    notes: contents.notes,
    hashes: [
      ...contents.documents.map((item) => hashOf(itemKey('document', item.id))),
      ...contents.passages.map((item) => hashOf(itemKey('passage', item.id))),
      ...contents.notes.map((item) => hashOf(itemKey('note', item.id))),
    ].join('\n'),
    segments: contents.segments.map(encodeSegment),
  };
}

function decodeBlocks(flat: number[]): Block[] {
  const blocks: Block[] = [];
  for (let at = 0; at + 2 < flat.length; at += 3) {
    blocks.push({ kind: BLOCK_KINDS[flat[at]!] ?? 'paragraph', start: flat[at + 1]!, end: flat[at + 2]! });
  }
  return blocks;
}

/**
 * Checks and decodes a snapshot. Refuses one that is missing, not ours, from
 * another format version, inconsistent with its own fingerprint, or (when
 * `expectedFingerprint` is given) not covering what the caller has.
 */
export function decodeSnapshot(
  value: unknown,
  expectedFingerprint: string | undefined,
): { ok: true; contents: SnapshotContents; fingerprint: string } | { ok: false; outcome: LoadOutcome & { loaded: false } } {
  const refuse = (reason: 'missing' | 'unreadable' | 'version' | 'stale', message: string) =>
    ({ ok: false, outcome: { loaded: false, reason, message } }) as const;
  if (value === null || value === undefined || value === '') return refuse('missing', 'There is no saved index.');
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return refuse('unreadable', 'The saved index is not valid JSON.');
    }
    return decodeSnapshot(parsed, expectedFingerprint);
  }
  const snapshot = value as Partial<SearchSnapshot>;
  if (typeof value !== 'object' || snapshot.format !== SNAPSHOT_FORMAT) {
    return refuse('unreadable', 'The saved index is not a Scholia search index.');
  }
  if (snapshot.version !== INDEX_FORMAT_VERSION) {
    return refuse('version', `The saved index is version ${String(snapshot.version)}; this app builds version ${INDEX_FORMAT_VERSION}.`);
  }
  const { fingerprint, documents, passages, notes, hashes, segments } = snapshot;
  if (typeof fingerprint !== 'string' || typeof hashes !== 'string' || ![documents, passages, notes, segments].every(Array.isArray)) {
    return refuse('unreadable', 'The saved index is incomplete.');
  }
  if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint) {
    return refuse('stale', 'The saved index does not cover the current library.');
  }
  const hashMap = pairHashes(documents!, passages!, notes!, hashes);
  if (!hashMap) return refuse('stale', 'The saved index does not match the items saved with it.');
  try {
    return {
      ok: true,
      fingerprint,
      contents: {
        documents: documents!.map((saved) => ({
          id: saved.id,
          title: saved.title,
          byline: saved.byline,
          contentHash: saved.contentHash,
          text: saved.text,
          blocks: decodeBlocks(saved.blocks),
        })),
        passages: passages!,
        notes: notes!,
        hashes: hashMap,
        segments: segments!.map(decodeSegment),
      },
    };
  } catch (error) {
    return refuse('unreadable', error instanceof Error ? error.message : 'The saved index is damaged.');
  }
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
