/**
 * The shared-text index as a file beside the notebook, so a restart does not
 * shingle every document again: per document its id, content hash and the
 * place and shingle hashes of each paragraph (no text). Versioned and checksummed; a
 * file that is damaged, cut short or of another version reads as null and
 * the index is rebuilt from the documents.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeDurably } from '../store/durable-write';
import type { IndexedDocument } from './shared-index';

const MAGIC = 0x53485458; // "SHTX"
/** Bump when shingling or the layout changes: an older file is then rebuilt, never misread. */
export const CACHE_VERSION = 1;
const DIGEST = 32;

export function encodeIndex(documents: Iterable<IndexedDocument>): Buffer {
  const parts: Buffer[] = [];
  const u32 = (value: number) => {
    const part = Buffer.allocUnsafe(4);
    part.writeUInt32LE(value);
    parts.push(part);
  };
  const text = (value: string) => {
    const bytes = Buffer.from(value, 'utf8');
    u32(bytes.length);
    parts.push(bytes);
  };
  const list = [...documents];
  u32(MAGIC);
  u32(CACHE_VERSION);
  u32(list.length);
  for (const document of list) {
    text(document.id);
    text(document.contentHash);
    u32(document.paragraphs.length);
    for (const paragraph of document.paragraphs) {
      u32(paragraph.block);
      u32(paragraph.start);
      u32(paragraph.end);
      u32(paragraph.shingles.length);
      parts.push(Buffer.from(paragraph.shingles.buffer, paragraph.shingles.byteOffset, paragraph.shingles.byteLength));
    }
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** The documents a cache file holds, or null when it cannot be trusted. */
export function decodeIndex(file: Buffer): IndexedDocument[] | null {
  if (file.length < 12 + DIGEST) return null;
  const body = file.subarray(0, file.length - DIGEST);
  if (!createHash('sha256').update(body).digest().equals(file.subarray(file.length - DIGEST))) return null;
  let at = 0;
  const u32 = () => {
    if (at + 4 > body.length) throw new RangeError('cut short');
    const value = body.readUInt32LE(at);
    at += 4;
    return value;
  };
  const text = () => {
    const length = u32();
    if (at + length > body.length) throw new RangeError('cut short');
    const value = body.toString('utf8', at, at + length);
    at += length;
    return value;
  };
  try {
    if (u32() !== MAGIC || u32() !== CACHE_VERSION) return null;
    const documents: IndexedDocument[] = [];
    for (let count = u32(); count > 0; count--) {
      const id = text();
      const contentHash = text();
      const paragraphs = [];
      for (let n = u32(); n > 0; n--) {
        const block = u32();
        const start = u32();
        const end = u32();
        const length = u32();
        if (at + length * 4 > body.length) return null;
        // Copied out, so that the file's buffer is not kept alive by one paragraph.
        const shingles = new Uint32Array(length);
        for (let i = 0; i < length; i++) shingles[i] = body.readUInt32LE(at + i * 4);
        at += length * 4;
        paragraphs.push({ block, start, end, shingles });
      }
      documents.push({ id, contentHash, paragraphs });
    }
    return at === body.length ? documents : null;
  } catch {
    return null;
  }
}

/** Reads the cache; a missing or untrustworthy file is null. */
export async function readIndexCache(path: string): Promise<IndexedDocument[] | null> {
  const file = await readFile(path).catch(() => null);
  return file ? decodeIndex(file) : null;
}

export async function writeIndexCache(path: string, documents: Iterable<IndexedDocument>): Promise<void> {
  await writeDurably(path, encodeIndex(documents));
}
