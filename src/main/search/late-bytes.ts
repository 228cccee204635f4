/**
 * The parts of the saved index that start-up does not read (document bodies,
 * word positions), read when first needed from the file's bytes or from the
 * file on disk. Offsets are the file's own.
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
}

/** A file already read whole (tests, the benchmark, a file handed over as bytes). */
export class BufferBytes implements LateBytes {
  constructor(private readonly file: Buffer) {}

  read(start: number, end: number): Buffer {
    return this.file.subarray(start, end);
  }

  close(): void {}
}

/** The saved file on disk. */
export class FileBytes implements LateBytes {
  private descriptor: number | null;

  constructor(
    private readonly path: string,
    descriptor: number | null = null,
  ) {
    this.descriptor = descriptor;
  }

  /** The descriptor, opened if it is not. */
  open(): number {
    return (this.descriptor ??= openSync(this.path, 'r'));
  }

  read(start: number, end: number): Buffer {
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
}
