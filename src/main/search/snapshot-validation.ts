/**
 * The checks that make a damaged saved index refused at load, as unreadable
 * (then rebuilt), instead of read out of bounds by a later query.
 */
import { totalOfCounts } from './entry-counts';
import { FIELD_COUNT } from './fields';
import { MIN_OCCURRENCE_BYTES } from './occurrence-bytes';
import type { SegmentData } from './segment';

/** Thrown while decoding a file that does not hold together; the decoder turns it into a refusal. */
export class DamagedSnapshot extends Error {}

export function damaged(what: string): never {
  throw new DamagedSnapshot(`The saved index is damaged (${what}).`);
}

export function inRange(at: unknown, length: number, fileLength: number): boolean {
  return typeof at === 'number' && Number.isInteger(at) && Number.isInteger(length) && at >= 0 && length >= 0 && at + length <= fileLength;
}

/**
 * The invariants ranking relies on, so a damaged file is refused here rather
 * than read out of bounds later: term ranges ascend and cover the entries,
 * items and fields exist, the segment's terms ascend within the vocabulary.
 * Each check is its own loop over one array: a hundred thousand articles have
 * tens of millions of entries, and one loop testing everything per entry took
 * half a second of the start-up. Positions are checked when read (late-positions).
 */
export function validateSegment(data: Omit<SegmentData, 'keys' | 'entryOffset' | 'occurrenceBytes'>, itemCount: number, vocabularySize: number, occurrenceByteCount: number): void {
  const { fieldLengths, termStart, termIds, entryItem, entryField } = data;
  const entries = entryItem.length;
  if (termStart[0] !== 0 || termStart[termStart.length - 1] !== entries) damaged('term ranges do not cover the entries');
  if (!ascending(termStart, false)) damaged('term ranges go backwards');
  if (fieldLengths.length !== itemCount * FIELD_COUNT) damaged('the field lengths do not match the items');
  if (entries > 0 && (!itemsBelow(entryItem, itemCount) || !bytesBelow(entryField, FIELD_COUNT))) damaged('an entry is out of range');
  if (data.entryOccurrences.length !== entries) damaged('an entry is out of range');
  const occurrences = totalOfCounts(data.entryOccurrences, data.largeOccurrences);
  if (occurrences === -1) damaged('the large occurrence counts do not match the entries');
  // Counts past what the positions' bytes can hold would size buffers and highlights by a damaged number.
  if (occurrences > occurrenceByteCount / MIN_OCCURRENCE_BYTES) damaged('an entry counts more occurrences than are saved');
  // Term lookups bisect the segment's vocabulary numbers.
  if (!ascending(termIds, true) || (termIds.length > 0 && termIds[termIds.length - 1]! >= vocabularySize)) damaged("the segment's terms are out of order");
}

/**
 * Whether every item number is below `limit` (at most 65,536), two at a time
 * where the array is aligned: `limit - 1 - item` is negative for an item too
 * large, and the sign survives the ORs. A comparison per item took 100 ms of
 * the start-up at 100,000 articles.
 */
function itemsBelow(items: Uint16Array, limit: number): boolean {
  const last = limit - 1;
  let wrong = 0;
  let at = 0;
  if (items.byteOffset % 4 === 0) {
    const words = new Uint32Array(items.buffer, items.byteOffset, items.length >>> 1);
    for (let word = 0; word < words.length; word += 1) {
      const value = words[word]!;
      wrong |= (last - (value & 0xffff)) | (last - (value >>> 16));
    }
    at = words.length * 2;
  }
  for (; at < items.length; at += 1) wrong |= last - items[at]!;
  return wrong >= 0;
}

/**
 * Whether every byte is below `limit` (at most 8). Four bytes are tested at
 * once where the array is aligned: a byte is 8 or more when it has a bit of
 * 0xf8, and, below 8, reaches `limit` when adding 8 - limit sets its bit 3
 * (no carry can leave a byte below 8).
 */
function bytesBelow(values: Uint8Array, limit: number): boolean {
  let at = 0;
  let wrong = 0;
  if (values.byteOffset % 4 === 0 && limit <= 8) {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length >>> 2);
    const lift = (8 - limit) * 0x01010101;
    for (let word = 0; word < words.length; word += 1) {
      const value = words[word]!;
      wrong |= (value & 0xf8f8f8f8) | ((value + lift) & 0x08080808);
    }
    at = words.length * 4;
  }
  for (; at < values.length; at += 1) wrong |= values[at]! >= limit ? 1 : 0;
  return wrong === 0;
}

function ascending(values: Uint32Array, strictly: boolean): boolean {
  for (let at = 1; at < values.length; at += 1) {
    if (values[at]! < values[at - 1]! || (strictly && values[at] === values[at - 1])) return false;
  }
  return true;
}
