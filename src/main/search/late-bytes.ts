/**
 * The parts of the saved index that start-up does not read (document bodies,
 * word positions), read when first needed from the file's bytes or from the
 * file on disk. Offsets are the file's own.
 *
 * While the worker is idle, the late part of the file is read into memory a
 * slice at a time (`warmStep`): start-up answers without it, and the queries
 * after need no system call per document or segment once it is in.
 *
 * The saved file is replaced on every save. Windows cannot rename over a file
 * that is open, so the old file's descriptor is given up just before the
 * save's rename (`close`), and readers move to the new file after it.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface LateBytes {
  /** The file's bytes [start, end); shorter when the file was cut short since it was opened. */
  read(start: number, end: number): Buffer;
  /** Gives up any open descriptor; reading again reopens it. */
  close(): void;
  /** Reads the next slice of the late part into memory; false once it is all there. */
  warmStep(): boolean;
  /** Whether warmStep has nothing left to read. */
  isWarm(): boolean;
}

/** Bytes read into memory per idle step: a few milliseconds, so a query arriving meanwhile hardly waits. */
const WARM_STEP_BYTES = 8 * 1024 * 1024;

/** A file already read whole (tests, the benchmark, a file handed over as bytes). */
export class BufferBytes implements LateBytes {
  constructor(private readonly file: Buffer) {}

  read(start: number, end: number): Buffer {
    return this.file.subarray(start, end);
  }

  close(): void {}

  warmStep(): boolean {
    return false;
  }

  isWarm(): boolean {
    return true;
  }
}

/** The saved file on disk, whose part [lateAt, fileLength) is read when needed or warmed into memory. */
export class FileBytes implements LateBytes {
  private descriptor: number | null;
  private warm: Buffer | null = null;
  /** How far from lateAt the warm copy reaches. */
  private warmed = 0;
  private gaveUp = false;

  constructor(
    private readonly path: string,
    private readonly lateAt: number,
    private readonly fileLength: number,
    descriptor: number | null = null,
  ) {
    this.descriptor = descriptor;
  }

  /** The descriptor, opened if it is not. */
  open(): number {
    return (this.descriptor ??= openSync(this.path, 'r'));
  }

  read(start: number, end: number): Buffer {
    if (start >= this.lateAt && end <= this.lateAt + this.warmed) return this.warm!.subarray(start - this.lateAt, end - this.lateAt);
    const descriptor = this.open();
    // Its own memory, 8-aligned, so typed arrays can be views over it.
    const buffer = Buffer.allocUnsafeSlow(end - start);
    let read = 0;
    while (read < buffer.length) {
      const count = readSync(descriptor, buffer, read, buffer.length - read, start + read);
      if (count === 0) return buffer.subarray(0, read);
      read += count;
    }
    return buffer;
  }

  close(): void {
    if (this.descriptor === null) return;
    closeSync(this.descriptor);
    this.descriptor = null;
  }

  isWarm(): boolean {
    return this.gaveUp || this.warmed >= this.fileLength - this.lateAt;
  }

  warmStep(): boolean {
    const total = this.fileLength - this.lateAt;
    if (this.gaveUp || this.warmed >= total) return false;
    this.warm ??= Buffer.allocUnsafeSlow(total);
    const count = readSync(this.open(), this.warm, this.warmed, Math.min(WARM_STEP_BYTES, total - this.warmed), this.lateAt + this.warmed);
    if (count === 0) {
      // Cut short since it was opened: what is there stays read from the file, as short as it is.
      this.gaveUp = true;
      this.warm = null;
      this.warmed = 0;
      return false;
    }
    this.warmed += count;
    return this.warmed < total;
  }
}
