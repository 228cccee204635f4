/**
 * The saved index on disk, read and written by the worker itself so that an
 * 80 MB file never passes through main's thread. Writes are atomic (temp file,
 * fsync, rename): a crash mid-save leaves the previous index, never half a file.
 * The file is read as bytes: the binary layout (see snapshot-binary) is used
 * in place, without decoding the whole file to a string.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** The file's bytes, or null when there is no saved index yet. */
export function readSnapshotFile(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes `contents` (text, or chunks written one after another); returns the number of bytes written. */
export function writeSnapshotFile(path: string, contents: string | readonly Uint8Array[]): number {
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
  renameSync(temporary, path);
  return bytes;
}
