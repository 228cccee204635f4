/**
 * An immutable slice of the index: the postings of a set of items in flat
 * typed arrays. Flat arrays, rather than lunr's nested objects, are what make
 * a 10k-document library load in well under a second and let queries score
 * thousands of postings without allocating. Deletions are tombstones: a
 * segment is never rewritten to forget an item.
 */
import { FIELD_COUNT, isHeadlineField } from './fields';
import { neighbourAfter, neighbourBefore, packNeighbours, POSITION_STRIDE, type AnalyzedItem } from './item-analysis';
import { countAt, CountsWriter } from './entry-counts';
import { findItem } from './entry-items';
import { latePositionsOf, type EntryBytes } from './late-positions';
import { decodeOccurrences, decodeWordNumbers, encodeOccurrences } from './occurrence-bytes';
import { TermLookup } from './term-lookup';
import { UNNUMBERED, type Vocabulary } from './vocabulary';

/** The arrays a segment is made of (snapshot-binary lays them out in a file). */
export interface SegmentData {
  /** Item key for each local item number. */
  keys: string[];
  /** Indexed token count per item and field: [item * FIELD_COUNT + field]. */
  fieldLengths: Uint32Array;
  /** The vocabulary numbers of the segment's terms, ascending; a term's place here is its local number. */
  termIds: Uint32Array;
  /** Entries of term t are [termStart[t], termStart[t + 1]), ordered by field then item. */
  termStart: Uint32Array;
  /** The entry's item, by its local number (see MAX_SEGMENT_ITEMS). */
  entryItem: Uint16Array;
  entryField: Uint8Array;
  /** How many times the entry's term occurs in the item's field, read through `countAt` (see entry-counts). */
  entryOccurrences: Uint8Array;
  /** The counts of 255 and more: pairs (entry, count), ascending by entry. */
  largeOccurrences: Uint32Array;
  /** Where each entry's occurrences start in `occurrenceBytes`. */
  entryOffset: Uint32Array;
  /**
   * Occurrences, per entry: four bytes per occurrence, the numbers of the
   * unindexed words right before and after it, then of those two before and
   * two after when the word between is unindexed (see Vocabulary.neighbourNumber);
   * then every word number gap as a varint; then every (offset gap, length)
   * pair as varints. Read only for the few items shown or phrase-checked, kept
   * encoded they load without decoding and take half the memory; what a
   * phrase check reads comes first, the fixed-size part first of all so that
   * it is found without reading the rest.
   */
  occurrenceBytes: Uint8Array;
}

/**
 * The most items a segment holds, so that an entry names its item in two
 * bytes: entries are most of what start-up reads. About 4,000 articles and
 * their passages fill a segment's words (SEGMENT_TOKENS) well before this.
 */
export const MAX_SEGMENT_ITEMS = 65_536;

export class Segment {
  readonly data: SegmentData;
  readonly tokenCount: number;
  /** Per field: how many items have it, and their total length, for BM25's average. */
  readonly fieldItems = new Float64Array(FIELD_COUNT);
  readonly fieldTokens = new Float64Array(FIELD_COUNT);
  private readonly itemCount: number;
  private readonly deleted: Uint8Array;
  /** Made at the first lookup: a restored segment may never be asked. */
  private termLookup: TermLookup | null = null;
  private transposedLengths: Uint32Array | null = null;
  private deletedCount = 0;

  constructor(
    data: SegmentData,
    readonly vocabulary: Vocabulary,
    deletedItems: readonly number[] = [],
  ) {
    this.data = data;
    // Counted from the field lengths: a restored segment's keys are cut from their column only when first read.
    this.itemCount = data.fieldLengths.length / FIELD_COUNT;
    this.deleted = new Uint8Array(this.itemCount);
    let tokens = 0;
    for (let item = 0; item < this.itemCount; item += 1) {
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        const length = data.fieldLengths[item * FIELD_COUNT + field]!;
        if (length > 0) {
          this.fieldItems[field]! += 1;
          this.fieldTokens[field]! += length;
          tokens += length;
        }
      }
    }
    this.tokenCount = tokens;
    for (const item of deletedItems) this.tombstone(item);
  }

  get size(): number {
    return this.itemCount;
  }

  get liveCount(): number {
    return this.itemCount - this.deletedCount;
  }

  isDeleted(item: number): boolean {
    return this.deleted[item] === 1;
  }

  tombstone(item: number): void {
    if (this.deleted[item] === 1) return;
    this.deleted[item] = 1;
    this.deletedCount += 1;
  }

  deletedItems(): number[] {
    const items: number[] = [];
    this.deleted.forEach((flag, item) => {
      if (flag === 1) items.push(item);
    });
    return items;
  }

  fieldLength(item: number, field: number): number {
    return this.data.fieldLengths[item * FIELD_COUNT + field]!;
  }

  /**
   * The items' field lengths field by field: item `item`'s length in field
   * `field` is at `field * size + item`. Scoring a term reads the lengths of
   * its items in one field, in item order: item by item each read was a cache
   * line of its own, field by field a line holds sixteen (a one-word query
   * at 100,000 articles went from 12 to 9 ms). Made at the first query.
   */
  lengthsByField(): Uint32Array {
    if (!this.transposedLengths) {
      const { fieldLengths } = this.data;
      const items = this.itemCount;
      const transposed = new Uint32Array(fieldLengths.length);
      for (let item = 0; item < items; item += 1) {
        for (let field = 0; field < FIELD_COUNT; field += 1) transposed[field * items + item] = fieldLengths[item * FIELD_COUNT + field]!;
      }
      this.transposedLengths = transposed;
    }
    return this.transposedLengths;
  }

  /** The term's local number, or -1 when the segment does not contain it. */
  termId(term: string): number {
    const id = this.vocabulary.idOf(term);
    return id === -1 ? -1 : this.localTerm(id);
  }

  /** The local number of vocabulary term `id`, or -1 when the segment does not contain it. */
  localTerm(id: number): number {
    return (this.termLookup ??= new TermLookup(this.data.termIds)).localOf(id);
  }

  /** Entries [from, to) of a term within one field. */
  fieldEntries(termId: number, field: number): [number, number] {
    const { termStart } = this.data;
    const start = termStart[termId]!;
    const end = termStart[termId + 1]!;
    return [this.firstEntryFrom(start, end, field), this.firstEntryFrom(start, end, field + 1)];
  }

  /**
   * Where each field's entries of a term start, written into `into`
   * (FIELD_COUNT + 1 numbers: field f's entries are [into[f], into[f + 1])):
   * one bisection per field boundary, each within what is left, and no
   * allocation, as a type-ahead prefix asks this of every segment for each of
   * its completions.
   */
  fieldBounds(termId: number, into: Uint32Array): void {
    const { termStart, entryField } = this.data;
    const end = termStart[termId + 1]!;
    let from = termStart[termId]!;
    // Most terms of a segment occur in one field only (the body): its first and last entries say so.
    const only = end > from && entryField[from] === entryField[end - 1] ? entryField[from]! : -1;
    if (only !== -1) {
      for (let field = 0; field <= FIELD_COUNT; field += 1) into[field] = field <= only ? from : end;
      return;
    }
    into[0] = from;
    for (let field = 1; field < FIELD_COUNT; field += 1) into[field] = from = this.firstEntryFrom(from, end, field);
    into[FIELD_COUNT] = end;
  }

  /**
   * The first entry in [start, end) whose field is at least `field`. Entries are
   * ordered by field; short ranges are scanned, long ones bisected, as a common
   * word has thousands of body entries that a scan for the fields after body
   * (quote, note, tags) would walk on every lookup.
   */
  private firstEntryFrom(start: number, end: number, field: number): number {
    const { entryField } = this.data;
    let low = start;
    let high = end;
    while (high - low > 16) {
      const middle = (low + high) >>> 1;
      if (entryField[middle]! < field) low = middle + 1;
      else high = middle;
    }
    while (low < high && entryField[low]! < field) low += 1;
    return low;
  }

  /** How many items the term occurs in, counting each field once. */
  entryCount(termId: number): number {
    return this.data.termStart[termId + 1]! - this.data.termStart[termId]!;
  }

  /** How many times the entry's term occurs in its item's field. */
  occurrenceCount(entry: number): number {
    return countAt(this.data.entryOccurrences, this.data.largeOccurrences, entry);
  }

  /** The entry's occurrences as pairs (offset in the field's text, packed word number and length), in text order. */
  occurrences(entry: number, scratch?: Uint32Array): Uint32Array {
    const count = this.occurrenceCount(entry);
    const into = scratch && scratch.length >= count * 2 ? scratch : new Uint32Array(count * 2);
    const { bytes, at } = this.entryBytes(entry);
    decodeOccurrences(bytes, at, count, into);
    return into.subarray(0, count * 2);
  }

  /**
   * Writes just the word numbers of the entry's occurrences, in text order, into
   * `into` (which must hold occurrenceCount(entry) numbers): what a phrase check
   * compares. Returns how many; no view is allocated, as this runs per candidate.
   */
  wordNumbers(entry: number, into: Uint32Array): number {
    const count = this.occurrenceCount(entry);
    const { bytes, at } = this.entryBytes(entry);
    decodeWordNumbers(bytes, at, count, into);
    return count;
  }

  /**
   * Where the entry's neighbour bytes are, read in place: from `at`,
   * NEIGHBOUR_BYTES per occurrence in text order, the numbers of the unindexed
   * words right before and after it, then two before and two after (0: none;
   * see Vocabulary.neighbourNumber).
   */
  neighbours(entry: number): EntryBytes {
    return this.entryBytes(entry);
  }

  /** Where the entry's occurrences are encoded, read from the saved file first if they were left there. */
  private entryBytes(entry: number): EntryBytes {
    const late = latePositionsOf(this.data);
    return late ? late.entry(entry) : { bytes: this.data.occurrenceBytes, at: this.data.entryOffset[entry]! };
  }

  /** The entry of `item` among entries [from, to), which are sorted by item, or -1. */
  findEntry(from: number, to: number, item: number): number {
    return findItem(this.data.entryItem, from, to, item);
  }

  /** Whether the term occurs in a title, byline or tag field, where a prefix completion is most likely meant. */
  isHeadlineTerm(termId: number): boolean {
    const { termStart, entryField } = this.data;
    const from = termStart[termId]!;
    const to = termStart[termId + 1]!;
    // Entries are ordered by field, so the first and last show every headline field.
    return to > from && (isHeadlineField(entryField[from]!) || isHeadlineField(entryField[to - 1]!));
  }
}

/**
 * Groups analyzed items' postings into a new segment; items keep their order
 * as local numbers. Two counting passes fill the flat arrays in place: no
 * per-posting objects, which kept the garbage collector busy on large builds.
 */
export function buildSegment(items: readonly AnalyzedItem[], vocabulary: Vocabulary): Segment {
  if (items.length > MAX_SEGMENT_ITEMS) throw new RangeError(`A segment holds at most ${MAX_SEGMENT_ITEMS} items, not ${items.length}.`);
  const ids = new Map<string, number>();
  /** Vocabulary number per term, by order of first sight in this segment. */
  const globalIds: number[] = [];
  const entryCounts: number[] = [];
  const positionCounts: number[] = [];
  const fieldLengths = new Uint32Array(items.length * FIELD_COUNT);
  // Each item numbers its unindexed words its own way; the segment stores the index's numbers.
  const neighbourNumbers = items.map(({ unindexed }) => Uint8Array.from([0, ...unindexed.map((word) => vocabulary.neighbourNumber(word))]));
  items.forEach((analyzed, item) => {
    for (const field of analyzed.fields) {
      fieldLengths[item * FIELD_COUNT + field.field] = field.length;
      for (const [term, positions] of field.terms) {
        let id = ids.get(term);
        if (id === undefined) {
          globalIds.push(vocabulary.intern(term));
          id = entryCounts.length;
          ids.set(term, id);
          entryCounts.push(0);
          positionCounts.push(0);
        }
        entryCounts[id]! += 1;
        positionCounts[id]! += positions.length;
      }
    }
  });
  // Local numbers follow the vocabulary's, so a segment maps a vocabulary number by bisection.
  const byGlobal = Uint32Array.from(globalIds.keys()).sort((a, b) => globalIds[a]! - globalIds[b]!);
  const termCount = byGlobal.length;
  const termStart = new Uint32Array(termCount + 1);
  const entryCursor = new Uint32Array(termCount);
  const positionCursor = new Uint32Array(termCount);
  let entryTotal = 0;
  let positionTotal = 0;
  byGlobal.forEach((id, rank) => {
    termStart[rank] = entryTotal;
    entryCursor[id] = entryTotal;
    positionCursor[id] = positionTotal;
    entryTotal += entryCounts[id]!;
    positionTotal += positionCounts[id]!;
  });
  termStart[termCount] = entryTotal;
  const entryItem = new Uint16Array(entryTotal);
  const entryField = new Uint8Array(entryTotal);
  const entryPosition = new Uint32Array(entryTotal + 1);
  const positions = new Uint32Array(positionTotal);
  const counts = new CountsWriter(entryTotal);
  // Field by field, then item by item: each term's entries come out ordered by field, then item.
  for (let fieldNumber = 0; fieldNumber < FIELD_COUNT; fieldNumber += 1) {
    items.forEach((analyzed, item) => {
      const field = analyzed.fields.find((candidate) => candidate.field === fieldNumber);
      if (!field) return;
      for (const [term, termPositions] of field.terms) {
        const id = ids.get(term)!;
        const entry = entryCursor[id]!;
        entryCursor[id] = entry + 1;
        entryItem[entry] = item;
        entryField[entry] = fieldNumber;
        entryPosition[entry] = positionCursor[id]!;
        counts.set(entry, termPositions.length / POSITION_STRIDE);
        const numbers = neighbourNumbers[item]!;
        let at = positionCursor[id]!;
        for (let from = 0; from < termPositions.length; from += POSITION_STRIDE) {
          positions[at++] = termPositions[from]!;
          positions[at++] = termPositions[from + 1]!;
          positions[at++] = indexNumbers(numbers, termPositions[from + 2]!);
          positions[at++] = indexNumbers(numbers, termPositions[from + 3]!);
        }
        positionCursor[id] = at;
      }
    });
  }
  entryPosition[entryTotal] = positionTotal;
  const { entryOffset, occurrenceBytes } = encodeOccurrences(entryPosition, positions);
  return new Segment({
    keys: items.map((item) => item.key),
    fieldLengths,
    termIds: Uint32Array.from(byGlobal, (id) => globalIds[id]!),
    termStart,
    entryItem,
    entryField,
    entryOccurrences: counts.small,
    largeOccurrences: counts.large(),
    entryOffset,
    occurrenceBytes,
  }, vocabulary);
}

/** An item's own numbers for the unindexed words beside an occurrence, as the index numbers them. */
function indexNumbers(numbers: Uint8Array, neighbours: number): number {
  return packNeighbours(numbers[neighbourBefore(neighbours)] ?? UNNUMBERED, numbers[neighbourAfter(neighbours)] ?? UNNUMBERED);
}
