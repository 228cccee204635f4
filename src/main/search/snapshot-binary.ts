/**
 * The saved index file in a binary layout, so that start-up neither parses
 * 100 MB of JSON nor reads the article text. A small JSON header gives the
 * counts and the table of sections; everything else is raw, aligned sections
 * (snapshot-sections): the items as columns, the vocabulary, each segment's
 * typed arrays, used as views over the bytes read. What start-up does not
 * need comes last: each segment's word positions (late-positions), then the
 * document bodies as UTF-8 (saved-bodies). Start-up reads the file only up to
 * them; a segment's positions are read when a query first needs them, a body
 * when a query shows or checks its document.
 *
 * Layout (little-endian):
 *   0  magic "SCHOLIA-IDX-BIN\n" (16 bytes)
 *   16 u32 format version (INDEX_FORMAT_VERSION)
 *   20 u32 byte-order mark 0x01020304 as written by this machine
 *   24 u32 header length in bytes
 *   28 u32 reserved (0)
 *   32 f64 total file length
 *   40 f64 where the late sections start: what start-up reads is [0, this)
 *   48 header (UTF-8 JSON), then the 8-aligned sections, the late ones, the bodies.
 * A file that does not hold together (wrong length, sections out of range,
 * counts that disagree) is refused as unreadable: the caller rebuilds.
 */
import { FIELD_COUNT } from './fields';
import { INDEX_FORMAT_VERSION } from './fingerprint';
import type { LateBytes } from './late-bytes';
import { LatePositions, readPositionsLate, type PositionsPlace } from './late-positions';
import { SavedDocument } from './saved-bodies';
import { MAX_SEGMENT_ITEMS, Segment } from './segment';
import type { LoadOutcome, SnapshotContents } from './snapshot-contents';
import { bodyLengths, readItems, writeItems, type ItemCounts, type RestoredItems } from './snapshot-items';
import { SectionReader, SectionWriter, type SectionTable } from './snapshot-sections';
import { damaged, DamagedSnapshot, validateSegment } from './snapshot-validation';
import { UNNUMBERED, Vocabulary } from './vocabulary';

const MAGIC = Buffer.from('SCHOLIA-IDX-BIN\n', 'latin1');
const BYTE_ORDER_MARK = 0x01020304;
export const PREAMBLE_BYTES = 48;

interface HeaderSegment {
  keyCount: number;
  termCount: number;
  entryCount: number;
  occurrenceBytes: number;
  /** How many counts of 255 and more (see entry-counts). */
  largeCounts: number;
  deleted: number[];
}

interface Header {
  fingerprint: string;
  items: ItemCounts;
  terms: number;
  /** How many unindexed words the vocabulary numbers. */
  unindexed: number;
  segments: HeaderSegment[];
  sections: SectionTable;
  bodiesAt: number;
  bodiesLength: number;
}

/** A header-only check, cheap enough to make before anything else: a file starting with the magic is ours. */
export function isBinarySnapshot(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

/** Where the late sections start, as the preamble says: what start-up reads of the file. NaN when the bytes are too short to say. */
export function lateOffset(preamble: Buffer): number {
  return preamble.length >= PREAMBLE_BYTES ? preamble.readDoubleLE(40) : Number.NaN;
}

const align = (value: number) => Math.ceil(value / 8) * 8;
const SEGMENT_ARRAYS = ['fieldLengths', 'termIds', 'termStart', 'entryItem', 'entryOccurrences', 'largeOccurrences', 'entryField'] as const;

/** The file to write: every section, then the bodies, produced one document at a time so a save never holds them all. */
export interface EncodedSnapshot {
  chunks: Uint8Array[];
  bodies: () => Iterable<Uint8Array>;
  /** Where the late sections start, and the file's length. */
  lateAt: number;
  length: number;
  /** Where each document's body starts in the file, in `contents.documents` order. */
  bodyStarts: number[];
  /** Where each segment's positions are in the file, in `contents.segments` order. */
  positions: PositionsPlace[];
}

export function encodeBinarySnapshot(contents: SnapshotContents, fingerprint: string): EncodedSnapshot {
  const writer = new SectionWriter();
  const lengths = bodyLengths(contents.documents);
  const items = writeItems(writer, contents, lengths);
  writer.addStrings('vocabulary.terms', contents.vocabulary.allTerms());
  writer.add('vocabulary.sorted', contents.vocabulary.sortedOrder());
  writer.add('vocabulary.entries', contents.vocabulary.counts().entries);
  writer.add('vocabulary.headlines', contents.vocabulary.counts().headlines);
  writer.addStrings('vocabulary.unindexed', contents.vocabulary.unindexedWords());
  contents.segments.forEach((segment, index) => {
    writer.addStrings(`segment${index}.keys`, segment.data.keys);
    for (const name of SEGMENT_ARRAYS) writer.add(`segment${index}.${name}`, segment.data[name]);
    writer.addLate(`segment${index}.entryOffset`, segment.data.entryOffset);
    writer.addLate(`segment${index}.occurrenceBytes`, segment.data.occurrenceBytes);
  });
  const bodyStarts: number[] = [];
  const bodiesLength = lengths.reduce((sum, length) => {
    bodyStarts.push(sum);
    return sum + length;
  }, 0);
  const header: Header = {
    fingerprint,
    items,
    terms: contents.vocabulary.size,
    unindexed: contents.vocabulary.unindexedWords().length,
    segments: contents.segments.map((segment) => ({
      keyCount: segment.data.keys.length,
      termCount: segment.data.termIds.length,
      entryCount: segment.data.entryItem.length,
      occurrenceBytes: segment.data.occurrenceBytes.length,
      largeCounts: segment.data.largeOccurrences.length / 2,
      deleted: segment.deletedItems(),
    })),
    sections: {},
    bodiesAt: Number.MAX_SAFE_INTEGER,
    bodiesLength,
  };
  // Section offsets depend on the header's length, which depends on the offsets' digits:
  // measure the header with offsets as long as they can be, then pad the real one to that length.
  header.sections = writer.place(Number.MAX_SAFE_INTEGER).table;
  const sectionsStart = align(PREAMBLE_BYTES + Buffer.byteLength(JSON.stringify(header)));
  const placed = writer.place(sectionsStart);
  header.sections = placed.table;
  header.bodiesAt = placed.end;
  const headerBytes = Buffer.alloc(sectionsStart - PREAMBLE_BYTES, 0x20);
  headerBytes.write(JSON.stringify(header), 'utf8');

  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt32LE(INDEX_FORMAT_VERSION, 16);
  new Uint32Array(preamble.buffer, preamble.byteOffset + 20, 1)[0] = BYTE_ORDER_MARK;
  preamble.writeUInt32LE(headerBytes.length, 24);
  preamble.writeDoubleLE(placed.end + bodiesLength, 32);
  preamble.writeDoubleLE(placed.lateAt, 40);
  const documents = contents.documents;
  const at = (name: string) => placed.table[name]![0];
  return {
    chunks: [preamble, headerBytes, ...writer.chunks()],
    *bodies() {
      for (const document of documents) yield document instanceof SavedDocument ? document.bodyBytes() : Buffer.from(document.text, 'utf8');
    },
    lateAt: placed.lateAt,
    length: placed.end + bodiesLength,
    bodyStarts: bodyStarts.map((start) => placed.end + start),
    positions: contents.segments.map((segment, index) => ({
      offsetsAt: at(`segment${index}.entryOffset`),
      bytesAt: at(`segment${index}.occurrenceBytes`),
      byteCount: segment.data.occurrenceBytes.length,
    })),
  };
}

/** What an engine is restored from. */
export interface LoadedContents extends RestoredItems {
  vocabulary: Vocabulary;
  segments: Segment[];
}

type Refusal = { ok: false; outcome: LoadOutcome & { loaded: false } };

/**
 * Checks and decodes a file written by encodeBinarySnapshot from `index`, its
 * bytes up to the late sections at least; `fileLength` is the whole file's
 * length and `late` reads the rest when it is needed. Refuses one from
 * another format version or byte order, one that is damaged, and (when
 * `expectedFingerprint` is given) one that does not cover what the caller has.
 * The segments stay views over `index`, which must not be changed afterwards.
 */
export function decodeBinarySnapshot(
  index: Buffer,
  fileLength: number,
  late: LateBytes,
  expectedFingerprint: string | undefined,
): { ok: true; contents: LoadedContents; fingerprint: string } | Refusal {
  const refuse = (reason: 'unreadable' | 'version' | 'stale', message: string): Refusal => ({ ok: false, outcome: { loaded: false, reason, message } });
  if (!isBinarySnapshot(index) || index.length < PREAMBLE_BYTES) return refuse('unreadable', 'The saved index is not a Scholia search index.');
  const version = index.readUInt32LE(16);
  if (version !== INDEX_FORMAT_VERSION) {
    return refuse('version', `The saved index is version ${version}; this app builds version ${INDEX_FORMAT_VERSION}.`);
  }
  if (readNativeUint32(index, 20) !== BYTE_ORDER_MARK) return refuse('version', 'The saved index was written on a machine of another byte order.');
  try {
    const headerLength = index.readUInt32LE(24);
    const lateAt = lateOffset(index);
    if (index.readDoubleLE(32) !== fileLength) damaged('its length is not the length it was written with');
    if (!Number.isInteger(lateAt) || lateAt > index.length || lateAt > fileLength) damaged('the late sections start past the end');
    if (PREAMBLE_BYTES + headerLength > lateAt) damaged('the header runs past the end');
    const header = JSON.parse(index.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)) as Partial<Header>;
    const { fingerprint, items, terms, unindexed, segments, sections, bodiesAt, bodiesLength } = header;
    if (typeof fingerprint !== 'string' || !isCounts(items) || !isCount(terms) || !isCount(unindexed) || unindexed >= UNNUMBERED || !Array.isArray(segments) || typeof sections !== 'object' || sections === null) {
      damaged('the header is incomplete');
    }
    if (!isCount(bodiesAt) || bodiesAt < lateAt || bodiesLength !== fileLength - bodiesAt) damaged('the bodies do not end the file');
    if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint) {
      return refuse('stale', 'The saved index does not cover the current library.');
    }
    const reader = new SectionReader(index.subarray(0, lateAt), sections, fileLength);
    const saved = readItems(reader, items, late, bodiesAt!, fileLength);
    const vocabulary = decodeVocabulary(reader, terms, unindexed!);
    return {
      ok: true,
      fingerprint,
      contents: { ...saved, vocabulary, segments: segments.map((segment, at) => decodeSegment(reader, late, at, segment, vocabulary)) },
    };
  } catch (error) {
    // Whatever a damaged file makes go wrong (bad JSON, a view out of range) means the same: rebuild.
    if (error instanceof DamagedSnapshot) return refuse('unreadable', error.message);
    return refuse('unreadable', `The saved index is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isCounts(value: unknown): value is ItemCounts {
  if (typeof value !== 'object' || value === null) return false;
  const counts = value as Record<string, unknown>;
  return ['documents', 'passages', 'notes', 'tags', 'blockNumbers'].every((name) => isCount(counts[name]));
}

function readNativeUint32(file: Buffer, at: number): number {
  const copy = new Uint8Array(4);
  copy.set(file.subarray(at, at + 4));
  return new Uint32Array(copy.buffer)[0]!;
}

/** The vocabulary from its terms and its saved sorted order, checked to be a permutation in term order. */
function decodeVocabulary(reader: SectionReader, count: number, unindexed: number): Vocabulary {
  const terms = reader.strings('vocabulary.terms', count);
  const sorted = reader.uint32s('vocabulary.sorted', count);
  const seen = new Uint8Array(count);
  for (let at = 0; at < count; at += 1) {
    const id = sorted[at]!;
    if (id >= count || seen[id] === 1) damaged('the vocabulary order is not a permutation');
    seen[id] = 1;
    // Prefix and edit-distance lookups bisect this order.
    if (at > 0 && !(terms[sorted[at - 1]!]! < terms[id]!)) damaged('the vocabulary is out of order');
  }
  // Saved with the segments they count, so that start-up need not count them over every segment again.
  const counts = { entries: reader.uint32s('vocabulary.entries', count), headlines: reader.uint32s('vocabulary.headlines', count) };
  const words = reader.strings('vocabulary.unindexed', unindexed);
  if (new Set(words).size !== words.length) damaged('an unindexed word is numbered twice');
  return new Vocabulary(terms, sorted, counts, words);
}

function decodeSegment(reader: SectionReader, late: LateBytes, at: number, saved: HeaderSegment, vocabulary: Vocabulary): Segment {
  const { keyCount, termCount, entryCount, occurrenceBytes, largeCounts, deleted } = saved ?? ({} as Partial<HeaderSegment>);
  if (![keyCount, termCount, entryCount, occurrenceBytes, largeCounts].every(isCount) || !Array.isArray(deleted)) damaged('a segment is incomplete');
  if (keyCount! > MAX_SEGMENT_ITEMS) damaged('a segment holds more items than it can number');
  const name = (array: string) => `segment${at}.${array}`;
  const keys = reader.column(name('keys'), keyCount!);
  const early = {
    fieldLengths: reader.uint32s(name('fieldLengths'), keyCount! * FIELD_COUNT),
    termIds: reader.uint32s(name('termIds'), termCount!),
    termStart: reader.uint32s(name('termStart'), termCount! + 1),
    entryItem: reader.uint16s(name('entryItem'), entryCount!),
    entryOccurrences: reader.bytes(name('entryOccurrences'), entryCount!),
    largeOccurrences: reader.uint32s(name('largeOccurrences'), largeCounts! * 2),
    entryField: reader.bytes(name('entryField'), entryCount!),
  };
  validateSegment(early, keyCount!, vocabulary.size, occurrenceBytes!);
  let cut: string[] | null = null;
  // Most segments of a large index never show a hit of a query: their keys are cut from the column when first read.
  Object.defineProperty(early, 'keys', { get: () => (cut ??= Array.from({ length: keyCount! }, (_, item) => keys.at(item))), enumerable: true, configurable: true });
  const place = {
    offsetsAt: reader.latePlace(name('entryOffset'), 4, entryCount! + 1)[0],
    bytesAt: reader.latePlace(name('occurrenceBytes'), 1, occurrenceBytes!)[0],
    byteCount: occurrenceBytes!,
  };
  const data = readPositionsLate(early as typeof early & { keys: string[] }, new LatePositions(late, place, early));
  for (const item of deleted!) if (!Number.isInteger(item) || item < 0 || item >= keyCount!) damaged('a deleted item is out of range');
  return new Segment(data, vocabulary, deleted);
}
