/**
 * Document bodies as saved in the index file, read one document at a time
 * when a query shows or checks it. A hundred thousand articles are about
 * 400 MB of text that start-up would otherwise read and hold; here it stays
 * on disk until asked for. After a save, each document is moved to where the
 * new file holds its body.
 */
import { BLOCK_KINDS, type Block } from '../../shared/model';
import type { LateBytes } from './late-bytes';
import { TextGenerations } from './text-generations';
import type { IndexableDocument } from './types';

/** What a saved document carries besides its body. */
export interface SavedDocumentFields {
  id: string;
  title: string;
  byline: string | null;
  contentHash: string;
  /** [kind number, start, end] per block. */
  blocks: Uint32Array;
}

/**
 * Bodies decoded, kept for reuse while they are read: a phrase check reads the
 * same texts query after query, and each passage's quote is cut from one.
 * Bounded for the whole process, since every engine's documents share memory.
 */
const decodedBodies = new TextGenerations<SavedDocument>(64 * 1024 * 1024);

/** A document restored from the saved index: its body is read from its source when asked for. */
export class SavedDocument implements IndexableDocument {
  private decodedBlocks: Block[] | null = null;

  constructor(
    private readonly fields: SavedDocumentFields,
    private source: LateBytes,
    private bodyStart: number,
    private bodyEnd: number,
  ) {}

  /** A document held in memory, now reading its body from `source` at `start`, where a save wrote it. */
  static of(document: IndexableDocument, source: LateBytes, start: number): SavedDocument {
    const { id, title, byline, contentHash } = document;
    return new SavedDocument({ id, title, byline, contentHash, blocks: flatBlocks(document) }, source, start, start + Buffer.byteLength(document.text, 'utf8'));
  }

  get id(): string {
    return this.fields.id;
  }

  get title(): string {
    return this.fields.title;
  }

  get byline(): string | null {
    return this.fields.byline;
  }

  get contentHash(): string {
    return this.fields.contentHash;
  }

  get text(): string {
    let text = decodedBodies.get(this, 0);
    if (text === undefined) {
      text = this.source.read(this.bodyStart, this.bodyEnd).toString('utf8');
      decodedBodies.put(this, 0, text);
    }
    return text;
  }

  get blocks(): Block[] {
    return (this.decodedBlocks ??= decodeBlocks(this.fields.blocks));
  }

  /** The body's length in UTF-8 bytes, known without reading it. */
  get bodyLength(): number {
    return this.bodyEnd - this.bodyStart;
  }

  /** The body as saved (UTF-8), without decoding it. */
  bodyBytes(): Buffer {
    return this.source.read(this.bodyStart, this.bodyEnd);
  }

  /** After a save: the same body, now at `start` of `source`'s file. */
  moveTo(source: LateBytes, start: number): void {
    const length = this.bodyLength;
    this.source = source;
    this.bodyStart = start;
    this.bodyEnd = start + length;
  }

  /** The fields as saved, so a save writes them without decoding. */
  savedFields(): SavedDocumentFields {
    return this.fields;
  }
}

function decodeBlocks(flat: Uint32Array): Block[] {
  const blocks: Block[] = [];
  for (let at = 0; at + 2 < flat.length; at += 3) {
    blocks.push({ kind: BLOCK_KINDS[flat[at]!] ?? 'paragraph', start: flat[at + 1]!, end: flat[at + 2]! });
  }
  return blocks;
}

/** A document's blocks flattened as saved: [kind number, start, end] per block. */
export function flatBlocks(document: IndexableDocument): Uint32Array {
  if (document instanceof SavedDocument) return document.savedFields().blocks;
  const flat = new Uint32Array(document.blocks.length * 3);
  document.blocks.forEach((block, index) => {
    const kind = BLOCK_KINDS.indexOf(block.kind);
    flat[index * 3] = kind === -1 ? BLOCK_KINDS.indexOf('paragraph') : kind;
    flat[index * 3 + 1] = block.start;
    flat[index * 3 + 2] = block.end;
  });
  return flat;
}
