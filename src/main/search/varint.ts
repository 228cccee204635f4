/**
 * Writes unsigned LEB128 varints: small numbers (the gaps between sorted item
 * numbers and word positions) take one byte instead of four. Reading is
 * inlined where it is hot (segment, snapshot-binary): a call per number made
 * decoding several times slower.
 */

export class ByteWriter {
  private bytes: Uint8Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  writeVarint(value: number): void {
    this.reserve(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.size++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.size++] = rest;
  }

  /** One raw byte (the low eight bits of `value`). */
  writeByte(value: number): void {
    this.reserve(1);
    this.bytes[this.size++] = value;
  }

  private reserve(count: number): void {
    if (this.size + count <= this.bytes.length) return;
    const grown = new Uint8Array(this.bytes.length * 2);
    grown.set(this.bytes);
    this.bytes = grown;
  }

  get length(): number {
    return this.size;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.size);
  }
}
