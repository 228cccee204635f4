/**
 * A saved segment's word positions, read from the file when first needed.
 * Ranking needs only which items a term is in and how often; positions are
 * read for the hits shown and for phrase checks. They are two fifths of the
 * index, so start-up leaves them on disk. A page of hits needs a few entries
 * in each of many segments: those are read entry by entry; a segment asked
 * for many (a phrase check) is read whole. What is read is checked first:
 * damaged positions read as zeros (no highlight), never out of bounds.
 */
import { countAt } from './entry-counts';
import type { LateBytes } from './late-bytes';
import { MAX_OCCURRENCE_BYTES, MIN_OCCURRENCE_BYTES } from './occurrence-bytes';
import type { SegmentData } from './segment';

interface Positions {
  entryOffset: Uint32Array;
  occurrenceBytes: Uint8Array;
}

/** Where a segment's positions are in the saved file. */
export interface PositionsPlace {
  offsetsAt: number;
  bytesAt: number;
  byteCount: number;
}

/** Entries read one by one before the segment's positions are read whole. */
const ENTRIES_READ_ALONE = 64;

/** A segment's occurrence counts (see entry-counts), which say how many bytes each entry's occurrences take at least. */
type Counts = Pick<SegmentData, 'entryOccurrences' | 'largeOccurrences'>;

/** One entry's occurrence bytes: `bytes` from `at`. */
export interface EntryBytes {
  bytes: Uint8Array;
  at: number;
}

export class LatePositions {
  private loaded: Positions | null = null;
  private entriesRead = 0;

  constructor(
    private source: LateBytes,
    private place: PositionsPlace,
    private readonly counts: Counts,
  ) {}

  get(): Positions {
    return (this.loaded ??= this.load());
  }

  get isRead(): boolean {
    return this.loaded !== null;
  }

  /** Where the entry's occurrences are: in the segment's positions once read whole, else read for it alone. */
  entry(entry: number): EntryBytes {
    if (this.loaded === null && this.entriesRead < ENTRIES_READ_ALONE) {
      this.entriesRead += 1;
      return this.readEntry(entry);
    }
    const { entryOffset, occurrenceBytes } = this.get();
    return { bytes: occurrenceBytes, at: entryOffset[entry]! };
  }

  /** After a save: the same positions, now at `place` in `source`'s file; read again from there when needed. */
  moveTo(source: LateBytes, place: PositionsPlace): void {
    this.source = source;
    this.place = place;
    this.loaded = null;
    this.entriesRead = 0;
  }

  private readEntry(entry: number): EntryBytes {
    const occurrences = entry < this.counts.entryOccurrences.length ? countAt(this.counts.entryOccurrences, this.counts.largeOccurrences, entry) : 0;
    const { offsetsAt, bytesAt, byteCount } = this.place;
    const range = this.source.read(offsetsAt + entry * 4, offsetsAt + entry * 4 + 8);
    const start = range.length === 8 ? range.readUInt32LE(0) : 0;
    const end = range.length === 8 ? range.readUInt32LE(4) : 0;
    const length = end - start;
    if (occurrences > 0 && length >= occurrences * MIN_OCCURRENCE_BYTES && length <= occurrences * MAX_OCCURRENCE_BYTES && end <= byteCount) {
      const bytes = this.source.read(bytesAt + start, bytesAt + end);
      if (bytes.length === length) return { bytes, at: 0 };
    }
    return { bytes: new Uint8Array(occurrences * MIN_OCCURRENCE_BYTES), at: 0 };
  }

  private load(): Positions {
    const entries = this.counts.entryOccurrences.length;
    const { offsetsAt, bytesAt, byteCount } = this.place;
    const offsets = this.source.read(offsetsAt, offsetsAt + (entries + 1) * 4);
    const bytes = this.source.read(bytesAt, bytesAt + byteCount);
    const entryOffset =
      offsets.byteOffset % 4 === 0 ? new Uint32Array(offsets.buffer, offsets.byteOffset, offsets.length >>> 2) : new Uint32Array(Uint8Array.from(offsets).buffer);
    const occurrenceBytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    if (entryOffset.length === entries + 1 && positionsHold(entryOffset, this.counts, occurrenceBytes.length)) return { entryOffset, occurrenceBytes };
    return zeroPositions(this.counts);
  }
}

/** Every entry's occurrences within their bytes (see MIN_OCCURRENCE_BYTES). */
export function positionsHold(entryOffset: Uint32Array, { entryOccurrences, largeOccurrences }: Counts, byteCount: number): boolean {
  const entries = entryOccurrences.length;
  if (entryOffset[0] !== 0 || entryOffset[entries] !== byteCount) return false;
  let wrong = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    const occurrences = countAt(entryOccurrences, largeOccurrences, entry);
    const bytes = entryOffset[entry + 1]! - entryOffset[entry]!;
    wrong |= occurrences === 0 || bytes < occurrences * MIN_OCCURRENCE_BYTES || bytes > occurrences * MAX_OCCURRENCE_BYTES ? 1 : 0;
  }
  return wrong === 0;
}

/** Positions that decode as zeros: what damaged positions are read as. */
function zeroPositions({ entryOccurrences, largeOccurrences }: Counts): Positions {
  const entryOffset = new Uint32Array(entryOccurrences.length + 1);
  for (let entry = 0; entry < entryOccurrences.length; entry += 1) {
    entryOffset[entry + 1] = entryOffset[entry]! + countAt(entryOccurrences, largeOccurrences, entry) * MIN_OCCURRENCE_BYTES;
  }
  return { entryOffset, occurrenceBytes: new Uint8Array(entryOffset[entryOccurrences.length]!) };
}

const lateOf = new WeakMap<SegmentData, LatePositions>();

/** The late positions `data` reads through, if it does. */
export function latePositionsOf(data: SegmentData): LatePositions | undefined {
  return lateOf.get(data);
}

/** Makes `data`'s entryOffset and occurrenceBytes read through `late` (replacing any it holds). */
export function readPositionsLate(data: Omit<SegmentData, 'entryOffset' | 'occurrenceBytes'>, late: LatePositions): SegmentData {
  Object.defineProperties(data, {
    entryOffset: { get: () => late.get().entryOffset, enumerable: true, configurable: true },
    occurrenceBytes: { get: () => late.get().occurrenceBytes, enumerable: true, configurable: true },
  });
  lateOf.set(data as SegmentData, late);
  return data as SegmentData;
}

/**
 * Reads and checks `data`'s positions now if it reads them late and has not
 * yet (the worker does this while idle, so the first phrase checks after a
 * start need not); returns whether it did.
 */
export function readPositionsAhead(data: SegmentData): boolean {
  const late = lateOf.get(data);
  if (!late || late.isRead) return false;
  late.get();
  return true;
}

/** After a save: `data`'s positions are read from `place` in `source`, whether it held them in memory or read them late. */
export function movePositions(data: SegmentData, source: LateBytes, place: PositionsPlace): void {
  const late = lateOf.get(data);
  if (late) late.moveTo(source, place);
  else readPositionsLate(data, new LatePositions(source, place, data));
}
