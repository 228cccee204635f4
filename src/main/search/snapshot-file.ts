/**
 * The saved index on disk, read and written by the worker itself so that a
 * gigabyte file never passes through main's thread. Writes are atomic (temp
 * file, fsync, rename): a crash mid-save leaves the previous index, never half
 * a file. Reading stops where the late sections (word positions, document
 * bodies) start: they stay on disk, read when needed through the descriptor
 * left open (late-bytes).
 */
import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { FileBytes } from './late-bytes';
import { lateOffset, PREAMBLE_BYTES } from './snapshot-binary';

/** The file's bytes, or null when there is no saved index yet. */
export function readSnapshotFile(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Which file is at `path` now: a rename, a rewrite or a truncation changes it; null when there is none. */
export function fileIdentity(path: string): string | null {
  try {
    const { ino, size, mtimeMs } = statSync(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return null;
  }
}

/** A saved index opened for start-up: its bytes up to the late sections, and the file to read those from. */
export interface OpenedSnapshot {
  index: Buffer;
  fileLength: number;
  /** Owns the file's descriptor: close it when the file is refused. */
  late: FileBytes;
}

/** Opens the saved index at `path`, reading everything but the late sections; null when there is none. */
export function openSnapshotFile(path: string): OpenedSnapshot | null {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let owned = false;
  try {
    const fileLength = fstatSync(descriptor).size;
    const lateAt = lateOffset(readAt(descriptor, 0, Math.min(PREAMBLE_BYTES, fileLength)));
    // A damaged preamble may say anything: read the whole file then, and let the decoder refuse it.
    const index = readAt(descriptor, 0, Number.isInteger(lateAt) && lateAt >= PREAMBLE_BYTES && lateAt <= fileLength ? lateAt : fileLength);
    owned = true;
    return { index, fileLength, late: new FileBytes(path, index.length, fileLength, descriptor) };
  } finally {
    if (!owned) closeSync(descriptor);
  }
}

function readAt(descriptor: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  let read = 0;
  while (read < length) {
    const count = readSync(descriptor, buffer, read, length - read, position + read);
    if (count === 0) return buffer.subarray(0, read);
    read += count;
  }
  return buffer;
}

/**
 * Writes `contents` (text, or chunks written one after another, produced as
 * they are written) and returns the number of bytes written. `beforeReplace`
 * runs just before the new file takes the old one's name: the moment to let go
 * of the old file, which Windows cannot rename over while it is open.
 */
export function writeSnapshotFile(path: string, contents: string | Iterable<Uint8Array>, beforeReplace: () => void = () => {}): number {
  const temporary = `${path}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  let bytes = 0;
  try {
    // writeFileSync on a descriptor writes everything, at the current position; a bare writeSync may stop short.
    for (const chunk of typeof contents === 'string' ? [contents] : contents) {
      writeFileSync(descriptor, chunk);
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    }
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  beforeReplace();
  renameSync(temporary, path);
  return bytes;
}
