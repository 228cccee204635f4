/**
 * The notebook's shared-text index: per paragraph only its shingle hashes,
 * never its text. Paragraphs with the very same shingles share one entry (so
 * ten thousand copies of one paragraph cost one comparison, not fifty
 * million); entries that pass the exact check are linked. New entries find
 * their candidates through the MinHash bands, and each looks at a bounded
 * number of them, so adding a document costs the same in any notebook.
 */
import { bandKeys, minhashSignature } from './minhash';
import { mix32 } from './paragraph-shingles';
import { copySimilarity } from './similarity';

/** Candidates one new entry is checked against, at most: bounds the work a flood of near-copies can make. */
export const MAX_CANDIDATES = 400;
/** Documents the index names as affected by one change, at most; past it, every document is. */
const MAX_AFFECTED = 2_000;

export interface IndexedParagraph {
  block: number;
  /** The block's range in the document's text, for coding the copy. */
  start: number;
  end: number;
  shingles: Uint32Array;
}

export interface IndexedDocument {
  id: string;
  contentHash: string;
  paragraphs: IndexedParagraph[];
}

/** Another document's paragraph that copies one of the asked document's. */
export interface CopyLink {
  documentId: string;
  block: number;
  start: number;
  end: number;
  similarity: number;
}

interface Placed {
  block: number;
  start: number;
  end: number;
  entry: number;
}

/** What changed documents' results: their ids, or every document when too many to name. */
export type Affected = string[] | 'all';

interface Entry {
  id: number;
  shingles: Uint32Array;
  keys: string[];
  /** Blocks of each document that hold exactly these shingles. */
  members: Map<string, number[]>;
  links: Map<number, number>;
}

export class SharedIndex {
  private nextId = 1;
  private readonly entries = new Map<number, Entry>();
  private readonly byFingerprint = new Map<string, number>();
  private readonly buckets = new Map<string, Set<number>>();
  private readonly documents = new Map<string, { contentHash: string; paragraphs: Placed[] }>();

  get size(): { documents: number; paragraphs: number; entries: number } {
    let paragraphs = 0;
    for (const document of this.documents.values()) paragraphs += document.paragraphs.length;
    return { documents: this.documents.size, paragraphs, entries: this.entries.size };
  }

  /** The content hash each indexed document had. */
  known(): Map<string, string> {
    return new Map([...this.documents].map(([id, document]) => [id, document.contentHash]));
  }

  /** Every document as indexed, for the cache. */
  *export(): Generator<IndexedDocument> {
    for (const [id, document] of this.documents) {
      yield { id, contentHash: document.contentHash, paragraphs: document.paragraphs.map((p) => ({ block: p.block, start: p.start, end: p.end, shingles: this.entries.get(p.entry)!.shingles })) };
    }
  }

  /** Puts a document in, replacing what was indexed of it. */
  put(document: IndexedDocument): Affected {
    const affected = new Set<string>([document.id]);
    if (this.documents.has(document.id)) {
      this.collect(this.entriesOf(document.id), affected);
      this.detach(document.id);
    }
    const placed: Placed[] = [];
    const touched = new Set<number>();
    for (const paragraph of document.paragraphs) {
      if (paragraph.shingles.length === 0) continue;
      const entry = this.entryFor(paragraph.shingles);
      const blocks = entry.members.get(document.id);
      if (blocks) blocks.push(paragraph.block);
      else entry.members.set(document.id, [paragraph.block]);
      placed.push({ block: paragraph.block, start: paragraph.start, end: paragraph.end, entry: entry.id });
      touched.add(entry.id);
    }
    this.documents.set(document.id, { contentHash: document.contentHash, paragraphs: placed });
    this.collect(touched, affected);
    return bounded(affected);
  }

  remove(id: string): Affected {
    if (!this.documents.has(id)) return [];
    const affected = new Set<string>();
    this.collect(this.entriesOf(id), affected);
    this.detach(id);
    affected.delete(id);
    return bounded(affected);
  }

  /** Per block of the document that has copies elsewhere: the copies, best first, at most `limit`, and how many documents in all. */
  forDocument(id: string, limit: number): { block: number; documents: number; links: CopyLink[] }[] {
    const document = this.documents.get(id);
    if (!document) return [];
    return document.paragraphs.flatMap(({ block, entry }) => {
      const best = this.copiesOf(id, entry);
      if (best.length === 0) return [];
      return [{ block, documents: best.length, links: best.slice(0, limit).map((copy) => this.placed(copy)) }];
    });
  }

  /** The copies of one block in other documents, best first, at most `limit`. */
  copies(id: string, block: number, limit: number): CopyLink[] {
    const paragraph = this.documents.get(id)?.paragraphs.find((p) => p.block === block);
    return paragraph ? this.copiesOf(id, paragraph.entry).slice(0, limit).map((copy) => this.placed(copy)) : [];
  }

  /** One block per other document holding the entry or one linked to it, the most alike first. */
  private copiesOf(id: string, entryId: number): { documentId: string; block: number; similarity: number }[] {
    const best = new Map<string, { documentId: string; block: number; similarity: number }>();
    const consider = (other: Entry, similarity: number) => {
      for (const [documentId, blocks] of other.members) {
        if (documentId === id) continue;
        const known = best.get(documentId);
        if (!known || known.similarity < similarity) best.set(documentId, { documentId, block: blocks[0]!, similarity });
      }
    };
    const own = this.entries.get(entryId)!;
    consider(own, 1);
    for (const [other, similarity] of own.links) consider(this.entries.get(other)!, similarity);
    return [...best.values()].sort((a, b) => b.similarity - a.similarity || a.documentId.localeCompare(b.documentId));
  }

  private placed(copy: { documentId: string; block: number; similarity: number }): CopyLink {
    const paragraph = this.documents.get(copy.documentId)?.paragraphs.find((p) => p.block === copy.block);
    return { ...copy, start: paragraph?.start ?? 0, end: paragraph?.end ?? 0 };
  }

  /** Groups of linked paragraphs found in two documents or more, the most widely shared first. */
  clusters(limit: number, perCluster: number): { documents: number; paragraphs: number; members: { documentId: string; block: number }[] }[] {
    const parent = new Map<number, number>();
    const find = (id: number): number => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    for (const entry of this.entries.values()) {
      parent.set(entry.id, find(entry.id));
      for (const other of entry.links.keys()) {
        const a = find(entry.id);
        const b = find(other);
        if (a !== b) parent.set(a, b);
      }
    }
    const groups = new Map<number, Entry[]>();
    for (const entry of this.entries.values()) {
      const root = find(entry.id);
      const list = groups.get(root);
      if (list) list.push(entry);
      else groups.set(root, [entry]);
    }
    const clusters = [];
    for (const group of groups.values()) {
      const members = new Map<string, number>();
      let paragraphs = 0;
      for (const entry of group) {
        for (const [documentId, blocks] of entry.members) {
          paragraphs += blocks.length;
          if (!members.has(documentId)) members.set(documentId, blocks[0]!);
        }
      }
      if (members.size < 2) continue;
      clusters.push({ documents: members.size, paragraphs, members: [...members].slice(0, perCluster).map(([documentId, block]) => ({ documentId, block })) });
    }
    return clusters.sort((a, b) => b.documents - a.documents || b.paragraphs - a.paragraphs).slice(0, limit);
  }

  private entryFor(shingles: Uint32Array): Entry {
    const fingerprint = fingerprintOf(shingles);
    const existing = this.byFingerprint.get(fingerprint);
    if (existing !== undefined) return this.entries.get(existing)!;
    const entry: Entry = { id: this.nextId++, shingles, keys: bandKeys(minhashSignature(shingles)), members: new Map(), links: new Map() };
    for (const candidate of this.candidates(entry.keys)) {
      const similarity = copySimilarity(shingles, candidate.shingles);
      if (similarity === null) continue;
      entry.links.set(candidate.id, similarity);
      candidate.links.set(entry.id, similarity);
    }
    for (const key of entry.keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.add(entry.id);
      else this.buckets.set(key, new Set([entry.id]));
    }
    this.entries.set(entry.id, entry);
    this.byFingerprint.set(fingerprint, entry.id);
    return entry;
  }

  /** Entries sharing a band, those sharing the most bands first, at most MAX_CANDIDATES. */
  private candidates(keys: readonly string[]): Entry[] {
    const shared = new Map<number, number>();
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      let seen = 0;
      for (const id of bucket) {
        shared.set(id, (shared.get(id) ?? 0) + 1);
        if (++seen >= MAX_CANDIDATES) break;
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => this.entries.get(id)!);
  }

  private entriesOf(id: string): number[] {
    return (this.documents.get(id)?.paragraphs ?? []).map((paragraph) => paragraph.entry);
  }

  /** Takes a document out; an entry no other document holds goes with it. */
  private detach(id: string): void {
    for (const entryId of new Set(this.entriesOf(id))) {
      const entry = this.entries.get(entryId);
      if (!entry) continue;
      entry.members.delete(id);
      if (entry.members.size === 0) this.drop(entry);
    }
    this.documents.delete(id);
  }

  private drop(entry: Entry): void {
    for (const other of entry.links.keys()) this.entries.get(other)?.links.delete(entry.id);
    for (const key of entry.keys) {
      const bucket = this.buckets.get(key);
      bucket?.delete(entry.id);
      if (bucket?.size === 0) this.buckets.delete(key);
    }
    this.entries.delete(entry.id);
    this.byFingerprint.delete(fingerprintOf(entry.shingles));
  }

  private collect(entryIds: Iterable<number>, into: Set<string>): void {
    for (const id of entryIds) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      for (const group of [entry, ...[...entry.links.keys()].map((other) => this.entries.get(other)!)]) {
        for (const documentId of group.members.keys()) {
          into.add(documentId);
          if (into.size > MAX_AFFECTED) return;
        }
      }
    }
  }
}

function bounded(affected: Set<string>): Affected {
  return affected.size > MAX_AFFECTED ? 'all' : [...affected];
}

/** Two independent 32-bit hashes and the length: sets that differ practically never collide. */
function fingerprintOf(shingles: Uint32Array): string {
  let a = 0x811c9dc5;
  let b = shingles.length;
  for (const shingle of shingles) {
    a = Math.imul(a ^ shingle, 0x01000193);
    b = mix32(b + shingle);
  }
  return `${shingles.length}:${(a >>> 0).toString(36)}:${b.toString(36)}`;
}
