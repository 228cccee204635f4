/**
 * The saved index file in a binary layout, so that start-up does not parse
 * 100 MB of JSON. A small JSON header carries what is made of strings (item
 * metadata, keys, the one vocabulary); every typed array of every segment is stored
 * raw and aligned, so loading wraps views over the file's bytes instead of
 * decoding them; document bodies are stored as UTF-8 and decoded one document
 * at a time, only when a query shows or phrase-checks that document.
 *
 * Layout (little-endian):
 *   0  magic "SCHOLIA-IDX-BIN\n" (16 bytes)
 *   16 u32 format version (INDEX_FORMAT_VERSION)
 *   20 u32 byte-order mark 0x01020304 as written by this machine
 *   24 u32 header length in bytes
 *   28 u32 reserved (0)
 *   32 f64 total file length
 *   40 header (UTF-8 JSON), then 8-aligned sections: the vocabulary's sorted
 *      order, per segment its arrays, then the bodies.
 * A file that does not hold together (wrong length, sections out of range,
 * counts that disagree) is refused as unreadable: the caller rebuilds.
 */
import { BLOCK_KINDS, type Block } from '../../shared/model';
import { FIELD_COUNT } from './fields';
import { INDEX_FORMAT_VERSION } from './fingerprint';
import { itemKey } from './item-keys';
import { Segment, type SegmentData } from './segment';
import { pairHashes, type LoadOutcome, type SnapshotContents } from './snapshot-contents';
import { damaged, DamagedSnapshot, inRange, validateSegment } from './snapshot-validation';
import { Vocabulary } from './vocabulary';
import type { IndexableDocument, IndexableNote, IndexablePassage } from './types';

const MAGIC = Buffer.from('SCHOLIA-IDX-BIN\n', 'latin1');
const BYTE_ORDER_MARK = 0x01020304;
const PREAMBLE_BYTES = 40;

interface HeaderSegment {
  keys: string[];
  termCount: number;
  entryCount: number;
  occurrenceBytes: number;
  deleted: number[];
  /** Where the segment's arrays start in the file. */
  at: number;
}

interface HeaderDocument {
  id: string;
  title: string;
  byline: string | null;
  contentHash: string;
  /** [kind number, start, end] per block, flattened. */
  blocks: number[];
  /** The body's UTF-8 bytes, relative to the bodies section. */
  bodyStart: number;
  bodyEnd: number;
}

interface Header {
  fingerprint: string;
  documents: HeaderDocument[];
  passages: IndexablePassage[];
  notes: IndexableNote[];
  /** Item hashes, newline-joined, in the order documents, passages, notes. */
  hashes: string;
  /** Every term in vocabulary number order, newline-joined (index terms never contain whitespace). */
  terms: string;
  /** Where the vocabulary's numbers in term order start in the file. */
  sortedAt: number;
  segments: HeaderSegment[];
  bodiesAt: number;
  bodiesLength: number;
}

/** A header-only check, cheap enough to make before anything else: a file starting with the magic is ours. */
export function isBinarySnapshot(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

const align = (value: number, to: number) => Math.ceil(value / to) * to;

/** The bytes of each segment array, in file order, with their element sizes. */
function segmentArrays(data: SegmentData): Uint8Array[] {
  const bytesOf = (array: Uint32Array | Uint8Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  return [
    bytesOf(data.fieldLengths),
    bytesOf(data.termIds),
    bytesOf(data.termStart),
    bytesOf(data.entryItem),
    bytesOf(data.entryOccurrences),
    bytesOf(data.entryOffset),
    bytesOf(data.entryField),
    bytesOf(data.occurrenceBytes),
  ];
}

/** Byte length of a segment's arrays in the file, each padded to 8 bytes. */
function segmentSpan(keyCount: number, termCount: number, entryCount: number, occurrenceBytes: number): number[] {
  return [keyCount * FIELD_COUNT * 4, termCount * 4, (termCount + 1) * 4, entryCount * 4, entryCount * 4, (entryCount + 1) * 4, entryCount, occurrenceBytes];
}

/** The file as chunks to write one after another (no 100 MB concatenation). */
export function encodeBinarySnapshot(contents: SnapshotContents, fingerprint: string): Uint8Array[] {
  const hashOf = (key: string) => contents.hashes.get(key) ?? '';
  const bodies: Buffer[] = [];
  let bodyBytes = 0;
  const documents: HeaderDocument[] = contents.documents.map((document) => {
    // A body still undecoded since the load is copied as saved: saving must not decode every document.
    const body = document instanceof SavedDocument ? document.bodyBytes() : Buffer.from(document.text, 'utf8');
    bodies.push(body);
    bodyBytes += body.length;
    return {
      id: document.id,
      title: document.title,
      byline: document.byline,
      contentHash: document.contentHash,
      blocks: document.blocks.flatMap((block) => [BLOCK_KINDS.indexOf(block.kind), block.start, block.end]),
      bodyStart: bodyBytes - body.length,
      bodyEnd: bodyBytes,
    };
  });
  const segments: HeaderSegment[] = contents.segments.map((segment) => ({
    keys: segment.data.keys,
    termCount: segment.data.termIds.length,
    entryCount: segment.data.entryItem.length,
    occurrenceBytes: segment.data.occurrenceBytes.length,
    deleted: segment.deletedItems(),
    at: 0,
  }));
  const header: Header = {
    fingerprint,
    documents,
    passages: contents.passages.map(({ id, documentId, start, end, note, tags }) => ({ id, documentId, start, end, note, tags })),
    notes: contents.notes.map(({ id, documentId, passageId, text }) => ({ id, documentId, passageId, text })),
    hashes: [
      ...contents.documents.map((item) => hashOf(itemKey('document', item.id))),
      ...contents.passages.map((item) => hashOf(itemKey('passage', item.id))),
      ...contents.notes.map((item) => hashOf(itemKey('note', item.id))),
    ].join('\n'),
    terms: contents.vocabulary.allTerms().join('\n'),
    sortedAt: 0,
    segments,
    bodiesAt: 0,
    bodiesLength: bodyBytes,
  };
  // Section offsets depend on the header's length, which depends on the offsets' digits:
  // place the sections after a header measured with generous offsets, then pad the real one.
  const sectionLengths = contents.segments.map((segment, index) =>
    segmentSpan(segment.data.keys.length, segment.data.termIds.length, segments[index]!.entryCount, segments[index]!.occurrenceBytes).reduce(
      (sum, length) => sum + align(length, 8),
      0,
    ),
  );
  const sorted = contents.vocabulary.sortedOrder();
  const placeSections = (start: number) => {
    header.sortedAt = start;
    let at = start + align(sorted.byteLength, 8);
    segments.forEach((segment, index) => {
      segment.at = at;
      at += sectionLengths[index]!;
    });
    header.bodiesAt = at;
    return at + bodyBytes;
  };
  placeSections(Number.MAX_SAFE_INTEGER);
  const sectionsStart = align(PREAMBLE_BYTES + Buffer.byteLength(JSON.stringify(header)), 8);
  const total = placeSections(sectionsStart);
  const headerBytes = Buffer.alloc(sectionsStart - PREAMBLE_BYTES, 0x20);
  headerBytes.write(JSON.stringify(header), 'utf8');

  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt32LE(INDEX_FORMAT_VERSION, 16);
  new Uint32Array(preamble.buffer, preamble.byteOffset + 20, 1)[0] = BYTE_ORDER_MARK;
  preamble.writeUInt32LE(headerBytes.length, 24);
  preamble.writeDoubleLE(total, 32);

  const chunks: Uint8Array[] = [preamble, headerBytes];
  const padding = (length: number) => (align(length, 8) > length ? [new Uint8Array(align(length, 8) - length)] : []);
  chunks.push(new Uint8Array(sorted.buffer, sorted.byteOffset, sorted.byteLength), ...padding(sorted.byteLength));
  for (const segment of contents.segments) {
    for (const array of segmentArrays(segment.data)) chunks.push(array, ...padding(array.length));
  }
  chunks.push(...bodies);
  return chunks;
}

/** A document restored from the file: its body is decoded from the file's bytes on first use. */
class SavedDocument implements IndexableDocument {
  private decodedText: string | null = null;
  private decodedBlocks: Block[] | null = null;

  constructor(
    readonly id: string,
    readonly title: string,
    readonly byline: string | null,
    readonly contentHash: string,
    private readonly flatBlocks: number[],
    private readonly file: Buffer,
    private readonly bodyStart: number,
    private readonly bodyEnd: number,
  ) {}

  get text(): string {
    return (this.decodedText ??= this.file.toString('utf8', this.bodyStart, this.bodyEnd));
  }

  /** The body as saved (UTF-8), without decoding it. */
  bodyBytes(): Buffer {
    return this.file.subarray(this.bodyStart, this.bodyEnd);
  }

  get blocks(): Block[] {
    return (this.decodedBlocks ??= decodeBlocks(this.flatBlocks));
  }
}

function decodeBlocks(flat: number[]): Block[] {
  const blocks: Block[] = [];
  for (let at = 0; at + 2 < flat.length; at += 3) {
    blocks.push({ kind: BLOCK_KINDS[flat[at]!] ?? 'paragraph', start: flat[at + 1]!, end: flat[at + 2]! });
  }
  return blocks;
}

type Refusal = { ok: false; outcome: LoadOutcome & { loaded: false } };

/**
 * Checks and decodes a file written by encodeBinarySnapshot. Refuses one from
 * another format version or byte order, one that is damaged, and (when
 * `expectedFingerprint` is given) one that does not cover what the caller has.
 * The segments and bodies stay views over `file`, which must not be changed afterwards.
 */
export function decodeBinarySnapshot(
  file: Buffer,
  expectedFingerprint: string | undefined,
): { ok: true; contents: SnapshotContents; fingerprint: string } | Refusal {
  const refuse = (reason: 'unreadable' | 'version' | 'stale', message: string): Refusal => ({ ok: false, outcome: { loaded: false, reason, message } });
  if (!isBinarySnapshot(file) || file.length < PREAMBLE_BYTES) return refuse('unreadable', 'The saved index is not a Scholia search index.');
  const version = file.readUInt32LE(16);
  if (version !== INDEX_FORMAT_VERSION) {
    return refuse('version', `The saved index is version ${version}; this app builds version ${INDEX_FORMAT_VERSION}.`);
  }
  if (readNativeUint32(file, 20) !== BYTE_ORDER_MARK) return refuse('version', 'The saved index was written on a machine of another byte order.');
  try {
    const headerLength = file.readUInt32LE(24);
    if (file.readDoubleLE(32) !== file.length) damaged('its length is not the length it was written with');
    if (PREAMBLE_BYTES + headerLength > file.length) damaged('the header runs past the end');
    const header = JSON.parse(file.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)) as Partial<Header>;
    const { fingerprint, documents, passages, notes, hashes, segments, bodiesAt, bodiesLength, terms, sortedAt } = header;
    if (
      typeof fingerprint !== 'string' ||
      typeof hashes !== 'string' ||
      typeof terms !== 'string' ||
      typeof sortedAt !== 'number' ||
      ![documents, passages, notes, segments].every(Array.isArray) ||
      typeof bodiesAt !== 'number' ||
      typeof bodiesLength !== 'number'
    ) {
      damaged('the header is incomplete');
    }
    if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint) {
      return refuse('stale', 'The saved index does not cover the current library.');
    }
    if (!inRange(bodiesAt, bodiesLength, file.length)) damaged('the bodies run past the end');
    checkItems(documents!, passages!, notes!);
    const hashMap = pairHashes(documents!, passages!, notes!, hashes);
    if (!hashMap) return refuse('stale', 'The saved index does not match the items saved with it.');
    const vocabulary = decodeVocabulary(file, terms!, sortedAt!);
    return {
      ok: true,
      fingerprint,
      contents: {
        documents: documents!.map((saved) => {
          if (!Number.isInteger(saved.bodyStart) || !Number.isInteger(saved.bodyEnd) || saved.bodyStart > saved.bodyEnd || saved.bodyEnd > bodiesLength) {
            damaged('a body is out of range');
          }
          return new SavedDocument(saved.id, saved.title, saved.byline, saved.contentHash, saved.blocks, file, bodiesAt + saved.bodyStart, bodiesAt + saved.bodyEnd);
        }),
        passages: passages!,
        notes: notes!,
        hashes: hashMap,
        vocabulary,
        segments: segments!.map((segment) => decodeSegment(file, segment, vocabulary)),
      },
    };
  } catch (error) {
    // Whatever a damaged file makes go wrong (bad JSON, a view out of range) means the same: rebuild.
    if (error instanceof DamagedSnapshot) return refuse('unreadable', error.message);
    return refuse('unreadable', `The saved index is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The items' shapes, checked by hand (a schema library cost more than the rest of the load). */
function checkItems(documents: HeaderDocument[], passages: IndexablePassage[], notes: IndexableNote[]): void {
  for (const document of documents) {
    const { id, title, byline, contentHash, blocks } = (document ?? {}) as Partial<HeaderDocument>;
    if (!isText(id) || !isText(title) || !isTextOrNull(byline) || !isText(contentHash) || !Array.isArray(blocks) || !blocks.every(isCount)) {
      damaged('a document is malformed');
    }
  }
  for (const passage of passages) {
    const { id, documentId, start, end, note, tags } = (passage ?? {}) as Partial<IndexablePassage>;
    if (!isText(id) || !isText(documentId) || !isCount(start) || !isCount(end) || !isText(note) || !Array.isArray(tags) || !tags.every(isText)) {
      damaged('a passage is malformed');
    }
  }
  for (const note of notes) {
    const { id, documentId, passageId, text } = (note ?? {}) as Partial<IndexableNote>;
    if (!isText(id) || !isTextOrNull(documentId) || !isTextOrNull(passageId) || !isText(text)) damaged('a note is malformed');
  }
}

function readNativeUint32(file: Buffer, at: number): number {
  const copy = new Uint8Array(4);
  copy.set(file.subarray(at, at + 4));
  return new Uint32Array(copy.buffer)[0]!;
}

/** A Uint32Array over `count` numbers at `at`: a view when aligned, else a copy. */
function uint32s(file: Buffer, at: number, count: number): Uint32Array {
  const offset = file.byteOffset + at;
  if (offset % 4 === 0) return new Uint32Array(file.buffer, offset, count);
  const copy = new Uint8Array(count * 4);
  copy.set(file.subarray(at, at + count * 4));
  return new Uint32Array(copy.buffer);
}

/** The vocabulary from its newline-joined terms and its saved sorted order, checked to be a permutation in term order. */
function decodeVocabulary(file: Buffer, joined: string, sortedAt: number): Vocabulary {
  const terms = joined === '' ? [] : joined.split('\n');
  if (!inRange(sortedAt, terms.length * 4, file.length) || sortedAt % 8 !== 0) damaged('the vocabulary runs past the end');
  const sorted = uint32s(file, sortedAt, terms.length);
  const seen = new Uint8Array(terms.length);
  for (let at = 0; at < sorted.length; at += 1) {
    const id = sorted[at]!;
    if (id >= terms.length || seen[id] === 1) damaged('the vocabulary order is not a permutation');
    seen[id] = 1;
    // Prefix and edit-distance lookups bisect this order.
    if (at > 0 && !(terms[sorted[at - 1]!]! < terms[id]!)) damaged('the vocabulary is out of order');
  }
  return new Vocabulary(terms, sorted);
}

function decodeSegment(file: Buffer, saved: HeaderSegment, vocabulary: Vocabulary): Segment {
  const { keys, termCount, entryCount, occurrenceBytes: occurrenceLength, deleted, at } = saved;
  if (!Array.isArray(keys) || !Array.isArray(deleted)) damaged('a segment is incomplete');
  if (![termCount, entryCount, occurrenceLength].every(isCount)) damaged('a segment has bad counts');
  const lengths = segmentSpan(keys.length, termCount, entryCount, occurrenceLength);
  const total = lengths.reduce((sum, length) => sum + align(length, 8), 0);
  if (!inRange(at, total, file.length) || at % 8 !== 0) damaged('a segment runs past the end');
  let cursor = at;
  const next = (index: number) => {
    const start = cursor;
    cursor += align(lengths[index]!, 8);
    return start;
  };
  const fieldLengths = uint32s(file, next(0), keys.length * FIELD_COUNT);
  const termIds = uint32s(file, next(1), termCount);
  const termStart = uint32s(file, next(2), termCount + 1);
  const entryItem = uint32s(file, next(3), entryCount);
  const entryOccurrences = uint32s(file, next(4), entryCount);
  const entryOffset = uint32s(file, next(5), entryCount + 1);
  const fieldAt = next(6);
  const entryField = new Uint8Array(file.buffer, file.byteOffset + fieldAt, entryCount);
  const occurrencesAt = next(7);
  const occurrenceBytes = new Uint8Array(file.buffer, file.byteOffset + occurrencesAt, occurrenceLength);
  const data: SegmentData = { keys, fieldLengths, termIds, termStart, entryItem, entryField, entryOccurrences, entryOffset, occurrenceBytes };
  validateSegment(data, vocabulary.size);
  for (const item of deleted) if (!Number.isInteger(item) || item < 0 || item >= keys.length) damaged('a deleted item is out of range');
  return new Segment(data, vocabulary, deleted);
}
