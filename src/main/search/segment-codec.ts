/**
 * A segment's JSON-safe form. Entries are delta-encoded varints (item
 * numbers are sorted, so their gaps are small) and occurrences are the
 * segment's own encoded bytes, both carried as base64; the vocabulary is one
 * newline-joined string. JSON.parse reads a few long strings far faster than
 * millions of numbers or objects, and occurrences are not decoded at all on
 * load: that is what keeps loading a 10k-document library under a second.
 */
import { FIELD_COUNT } from './fields';
import { Segment } from './segment';
import { ByteWriter } from './varint';

export interface EncodedSegment {
  keys: string[];
  /** Index terms never contain whitespace (the tokenizer splits on it). */
  terms: string;
  entryCount: number;
  /**
   * Varints: the field lengths of every item, then per term its entry count
   * and entries (field, item gap, occurrence count, occurrence byte length).
   */
  entries: string;
  /** The segment's occurrence bytes (see SegmentData.occurrenceBytes). */
  occurrences: string;
  deleted: number[];
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function encodeSegment(segment: Segment): EncodedSegment {
  const { keys, terms, fieldLengths, termStart, entryItem, entryField, entryOccurrences, entryOffset, occurrenceBytes } = segment.data;
  const writer = new ByteWriter(entryItem.length * 4 + fieldLengths.length + terms.length + 16);
  for (const length of fieldLengths) writer.writeVarint(length);
  for (let term = 0; term < terms.length; term += 1) {
    const from = termStart[term]!;
    const to = termStart[term + 1]!;
    writer.writeVarint(to - from);
    let previousField = -1;
    let previousItem = 0;
    for (let entry = from; entry < to; entry += 1) {
      const field = entryField[entry]!;
      if (field !== previousField) previousItem = 0;
      writer.writeVarint(field);
      writer.writeVarint(entryItem[entry]! - previousItem);
      writer.writeVarint(entryOccurrences[entry]!);
      writer.writeVarint(entryOffset[entry + 1]! - entryOffset[entry]!);
      previousField = field;
      previousItem = entryItem[entry]!;
    }
  }
  return {
    keys,
    terms: terms.join('\n'),
    entryCount: entryItem.length,
    entries: toBase64(writer.result()),
    occurrences: toBase64(occurrenceBytes.subarray(entryOffset[0] ?? 0, entryOffset[entryItem.length] ?? 0)),
    deleted: segment.deletedItems(),
  };
}

function damaged(): never {
  throw new Error('The saved index segment is damaged.');
}

export function decodeSegment(encoded: EncodedSegment): Segment {
  const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
  const bytes = Buffer.from(encoded.entries, 'base64');
  // Read in place, one varint at a time: an intermediate array doubled the garbage of a load.
  let offset = 0;
  const next = (): number => {
    let byte = bytes[offset++]!;
    let value = byte & 0x7f;
    let shift = 7;
    while (byte >= 0x80) {
      byte = bytes[offset++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    }
    return value >>> 0;
  };
  const entryCount = encoded.entryCount;
  const fieldLengths = new Uint32Array(encoded.keys.length * FIELD_COUNT);
  for (let index = 0; index < fieldLengths.length; index += 1) fieldLengths[index] = next();
  const termStart = new Uint32Array(terms.length + 1);
  const entryItem = new Uint32Array(entryCount);
  const entryField = new Uint8Array(entryCount);
  const entryOccurrences = new Uint32Array(entryCount);
  const entryOffset = new Uint32Array(entryCount + 1);
  let entry = 0;
  let byteOffset = 0;
  for (let term = 0; term < terms.length; term += 1) {
    termStart[term] = entry;
    const count = next();
    if (entry + count > entryCount) damaged();
    let previousField = -1;
    let previousItem = 0;
    for (let index = 0; index < count; index += 1, entry += 1) {
      const field = next();
      if (field !== previousField) previousItem = 0;
      const item = previousItem + next();
      entryField[entry] = field;
      entryItem[entry] = item;
      entryOccurrences[entry] = next();
      entryOffset[entry] = byteOffset;
      byteOffset += next();
      previousField = field;
      previousItem = item;
    }
  }
  termStart[terms.length] = entry;
  entryOffset[entryCount] = byteOffset;
  const occurrenceBytes = new Uint8Array(Buffer.from(encoded.occurrences, 'base64'));
  if (entry !== entryCount || offset !== bytes.length || byteOffset !== occurrenceBytes.length) damaged();
  return new Segment(
    { keys: encoded.keys, terms, fieldLengths, termStart, entryItem, entryField, entryOccurrences, entryOffset, occurrenceBytes },
    encoded.deleted,
  );
}
