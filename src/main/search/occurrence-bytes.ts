/**
 * The encoding of a segment's occurrences (see SegmentData.occurrenceBytes):
 * per entry, NEIGHBOUR_BYTES per occurrence for the unindexed words beside it, then
 * the word number gaps as varints, then the (offset gap, length) pairs as
 * varints. Varints are read inline with a one-byte fast path: a call per
 * number was several times slower.
 */
import { neighbourAfter, neighbourBefore, packPosition, POSITION_STRIDE, unpackIndex, unpackLength } from './item-analysis';
import { ByteWriter } from './varint';

/** Per occurrence: the numbers of the unindexed words right before and after it, then two before and two after. */
export const NEIGHBOUR_BYTES = 4;
/** An occurrence's bounds in bytes: its neighbour bytes, and three varints of one to five bytes. */
export const MIN_OCCURRENCE_BYTES = NEIGHBOUR_BYTES + 3;
export const MAX_OCCURRENCE_BYTES = NEIGHBOUR_BYTES + 15;

/** Turns flat occurrences (see POSITION_STRIDE) into the encoded bytes a segment keeps (see SegmentData.occurrenceBytes). */
export function encodeOccurrences(entryPosition: Uint32Array, positions: Uint32Array): { entryOffset: Uint32Array; occurrenceBytes: Uint8Array } {
  const entries = entryPosition.length - 1;
  const writer = new ByteWriter(positions.length * 2 + 16);
  const entryOffset = new Uint32Array(entries + 1);
  for (let entry = 0; entry < entries; entry += 1) {
    entryOffset[entry] = writer.length;
    const from = entryPosition[entry]!;
    const to = entryPosition[entry + 1]!;
    for (let at = from; at < to; at += POSITION_STRIDE) {
      writer.writeByte(neighbourBefore(positions[at + 2]!));
      writer.writeByte(neighbourAfter(positions[at + 2]!));
      writer.writeByte(neighbourBefore(positions[at + 3]!));
      writer.writeByte(neighbourAfter(positions[at + 3]!));
    }
    let previousIndex = 0;
    for (let at = from; at < to; at += POSITION_STRIDE) {
      const index = unpackIndex(positions[at + 1]!);
      writer.writeVarint(index - previousIndex);
      previousIndex = index;
    }
    let previousStart = 0;
    for (let at = from; at < to; at += POSITION_STRIDE) {
      writer.writeVarint(positions[at]! - previousStart);
      writer.writeVarint(unpackLength(positions[at + 1]!));
      previousStart = positions[at]!;
    }
  }
  entryOffset[entries] = writer.length;
  return { entryOffset, occurrenceBytes: writer.result().slice() };
}

/** Reads `count` occurrences starting at byte `offset` into `into` as (offset, packed word number and length) pairs. */
export function decodeOccurrences(bytes: Uint8Array, offset: number, count: number, into: Uint32Array): void {
  readNumbers(bytes, offset + count * NEIGHBOUR_BYTES, count, count * 3, into, 2);
}

/** Writes just the word numbers of `count` occurrences from byte `offset` into `into`: what a phrase check compares. */
export function decodeWordNumbers(bytes: Uint8Array, offset: number, count: number, into: Uint32Array): void {
  readNumbers(bytes, offset + count * NEIGHBOUR_BYTES, count, count, into, 1);
}

/**
 * Reads `total` varints from byte `at`: first `count` word number gaps, as
 * running totals into every `stride`-th number of `into` (its last of each
 * stride), then (offset gap, length) pairs, into pairs of `into` with the
 * length packed beside the word number.
 */
function readNumbers(bytes: Uint8Array, at: number, count: number, total: number, into: Uint32Array, stride: number): void {
  let wordIndex = 0;
  let start = 0;
  for (let number = 0; number < total; number += 1) {
    let byte = bytes[at++]!;
    let value = byte;
    if (byte >= 0x80) {
      value &= 0x7f;
      let shift = 7;
      do {
        byte = bytes[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte >= 0x80);
      value >>>= 0;
    }
    if (number < count) {
      wordIndex += value;
      into[number * stride + stride - 1] = wordIndex;
      continue;
    }
    const pair = number - count;
    const occurrence = pair >>> 1;
    if ((pair & 1) === 0) into[occurrence * 2] = start += value;
    else into[occurrence * 2 + 1] = packPosition(into[occurrence * 2 + 1]!, value);
  }
}
