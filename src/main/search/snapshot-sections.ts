/**
 * Named, 8-aligned byte sections of the saved index, written one after
 * another and read back as views. Every read is checked against the section's
 * recorded length and the file's bounds, so a damaged table of sections is
 * refused rather than read out of bounds.
 *
 * Text is kept as columns: one UTF-8 run per column plus where each value
 * ends, in UTF-16 code units of the decoded run. Decoding a column is one
 * decode and a slice per value, where a JSON array of objects cost a parse
 * and a collection per value (most of the old start-up).
 */
import { damaged, inRange } from './snapshot-validation';

/** Where a section starts in the file, and its length in bytes. */
export type SectionPlace = [at: number, length: number];

export type SectionTable = Record<string, SectionPlace>;

const align = (value: number) => Math.ceil(value / 8) * 8;
const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/**
 * Collects sections in order, those read late after the others; `place(start)`
 * fixes their offsets once the header's length is known.
 */
export class SectionWriter {
  private readonly parts: { name: string; bytes: Uint8Array }[] = [];
  private readonly lateParts: { name: string; bytes: Uint8Array }[] = [];

  add(name: string, array: ArrayBufferView): void {
    this.parts.push({ name, bytes: bytesOf(array) });
  }

  /** A section start-up does not read: it follows every section added with `add`. */
  addLate(name: string, array: ArrayBufferView): void {
    this.lateParts.push({ name, bytes: bytesOf(array) });
  }

  /** A column of text: its values' end offsets and their UTF-8 run. */
  addStrings(name: string, values: readonly string[]): void {
    const ends = new Uint32Array(values.length);
    let length = 0;
    values.forEach((value, index) => {
      length += value.length;
      ends[index] = length;
    });
    this.add(`${name}.ends`, ends);
    this.add(`${name}.text`, Buffer.from(values.join(''), 'utf8'));
  }

  /** A column that may hold null: the text column and one byte per value saying which are null. */
  addNullableStrings(name: string, values: readonly (string | null)[]): void {
    this.addStrings(name, values.map((value) => value ?? ''));
    this.add(`${name}.null`, Uint8Array.from(values, (value) => (value === null ? 1 : 0)));
  }

  /** The table of sections laid out from `start`, where the late ones start, and the offset just past the last. */
  place(start: number): { table: SectionTable; lateAt: number; end: number } {
    const table: SectionTable = {};
    let at = start;
    let lateAt = start;
    for (const { name, bytes } of [...this.parts, ...this.lateParts]) {
      if (name === this.lateParts[0]?.name) lateAt = at;
      table[name] = [at, bytes.byteLength];
      at += align(bytes.byteLength);
    }
    return { table, lateAt: this.lateParts.length === 0 ? at : lateAt, end: at };
  }

  /** The sections' bytes with their padding, in file order. */
  chunks(): Uint8Array[] {
    const chunks: Uint8Array[] = [];
    for (const { bytes } of [...this.parts, ...this.lateParts]) {
      chunks.push(bytes);
      if (align(bytes.byteLength) > bytes.byteLength) chunks.push(new Uint8Array(align(bytes.byteLength) - bytes.byteLength));
    }
    return chunks;
  }
}

/**
 * Reads sections by name from `file`, the bytes start-up read; late sections
 * are only placed, within the whole file of `fileLength` bytes. Every accessor
 * throws DamagedSnapshot when a section is missing or misplaced.
 */
export class SectionReader {
  constructor(
    private readonly file: Buffer,
    private readonly table: SectionTable,
    private readonly fileLength: number,
  ) {}

  /** Where a late section is, checked to lie past the bytes read and within the file. */
  latePlace(name: string, elementBytes: number, count: number): SectionPlace {
    return this.placeOf(name, elementBytes, count, this.file.length, this.fileLength);
  }

  private placeOf(name: string, elementBytes: number, count: number | null, from = 0, to = this.file.length): SectionPlace {
    const place = Object.hasOwn(this.table, name) ? this.table[name] : undefined;
    if (!Array.isArray(place) || !inRange(place[0], place[1], to) || place[0] < from || place[0] % 8 !== 0) damaged(`section ${name} is out of range`);
    if (place[1] % elementBytes !== 0 || (count !== null && place[1] !== count * elementBytes)) damaged(`section ${name} has the wrong length`);
    return place;
  }

  /** `count` numbers, or as many as the section holds when null: a view when the file is aligned, else a copy. */
  uint32s(name: string, count: number | null): Uint32Array {
    const [at, length] = this.placeOf(name, 4, count);
    const offset = this.file.byteOffset + at;
    if (offset % 4 === 0) return new Uint32Array(this.file.buffer, offset, length / 4);
    return new Uint32Array(Uint8Array.from(this.file.subarray(at, at + length)).buffer);
  }

  uint16s(name: string, count: number): Uint16Array {
    const [at, length] = this.placeOf(name, 2, count);
    const offset = this.file.byteOffset + at;
    if (offset % 2 === 0) return new Uint16Array(this.file.buffer, offset, count);
    return new Uint16Array(Uint8Array.from(this.file.subarray(at, at + length)).buffer);
  }

  float64s(name: string, count: number): Float64Array {
    const [at, length] = this.placeOf(name, 8, count);
    const offset = this.file.byteOffset + at;
    if (offset % 8 === 0) return new Float64Array(this.file.buffer, offset, count);
    return new Float64Array(Uint8Array.from(this.file.subarray(at, at + length)).buffer);
  }

  bytes(name: string, count: number | null): Uint8Array {
    const [at, length] = this.placeOf(name, 1, count);
    return new Uint8Array(this.file.buffer, this.file.byteOffset + at, length);
  }

  strings(name: string, count: number): string[] {
    const column = this.column(name, count);
    const values = new Array<string>(count);
    for (let index = 0; index < count; index += 1) values[index] = column.at(index);
    return values;
  }

  /** Checks that a column's sections are where they should be, without decoding it. */
  checkColumn(name: string, count: number): void {
    this.uint32s(`${name}.ends`, count);
    this.placeOf(`${name}.text`, 1, null);
  }

  /** A column of text whose values are cut out only when asked for. */
  column(name: string, count: number): TextColumn {
    const ends = this.uint32s(`${name}.ends`, count);
    const [at, length] = this.placeOf(`${name}.text`, 1, null);
    const text = this.file.toString('utf8', at, at + length);
    if ((count === 0 ? 0 : ends[count - 1]) !== text.length) damaged(`column ${name} does not match its text`);
    for (let index = 1; index < count; index += 1) if (ends[index]! < ends[index - 1]!) damaged(`column ${name} goes backwards`);
    return new TextColumn(text, ends);
  }

  nullableColumn(name: string, count: number): NullableTextColumn {
    return new NullableTextColumn(this.column(name, count), this.bytes(`${name}.null`, count));
  }
}

/** Values of a text column, cut out of its decoded run on demand. */
export class TextColumn {
  constructor(
    private readonly text: string,
    private readonly ends: Uint32Array,
  ) {}

  get count(): number {
    return this.ends.length;
  }

  at(index: number): string {
    return this.text.slice(index === 0 ? 0 : this.ends[index - 1]!, this.ends[index]!);
  }

  /** The value at `index` against `other` in code-unit order (negative, zero, positive), without cutting it out. */
  compare(index: number, other: string): number {
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    const length = this.ends[index]! - start;
    const shared = Math.min(length, other.length);
    for (let at = 0; at < shared; at += 1) {
      const difference = this.text.charCodeAt(start + at) - other.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - other.length;
  }
}

export class NullableTextColumn {
  constructor(
    private readonly values: TextColumn,
    private readonly nulls: Uint8Array,
  ) {}

  at(index: number): string | null {
    return this.nulls[index] === 0 ? this.values.at(index) : null;
  }
}
