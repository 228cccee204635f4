/**
 * The checks that make a damaged saved index refused at load, as unreadable
 * (then rebuilt), instead of read out of bounds by a later query.
 */
import { FIELD_COUNT } from './fields';
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
 * The invariants queries rely on, so a damaged file is refused here rather
 * than read out of bounds later: term ranges and occurrence offsets ascend
 * within their arrays, items and fields exist, and each occurrence has the
 * three bytes it takes at least.
 */
export function validateSegment(data: SegmentData, vocabularySize: number): void {
  const { keys, termStart, entryItem, entryField, entryOccurrences, entryOffset, occurrenceBytes } = data;
  const entries = entryItem.length;
  if (termStart[0] !== 0 || termStart[termStart.length - 1] !== entries) damaged('term ranges do not cover the entries');
  for (let term = 1; term < termStart.length; term += 1) if (termStart[term]! < termStart[term - 1]!) damaged('term ranges go backwards');
  if (entryOffset[0] !== 0 || entryOffset[entries] !== occurrenceBytes.length) damaged('occurrences do not cover their bytes');
  const items = keys.length;
  for (let entry = 0; entry < entries; entry += 1) {
    const bytes = entryOffset[entry + 1]! - entryOffset[entry]!;
    const occurrences = entryOccurrences[entry]!;
    if (entryItem[entry]! >= items || entryField[entry]! >= FIELD_COUNT || occurrences === 0 || bytes < occurrences * 3 || bytes > occurrences * 15) {
      damaged('an entry is out of range');
    }
  }
  for (const key of keys) if (typeof key !== 'string') damaged('a key is not text');
  // Term lookups bisect the segment's vocabulary numbers.
  const { termIds } = data;
  for (let term = 0; term < termIds.length; term += 1) {
    if (termIds[term]! >= vocabularySize || (term > 0 && termIds[term]! <= termIds[term - 1]!)) damaged('the segment\'s terms are out of order');
  }
}
