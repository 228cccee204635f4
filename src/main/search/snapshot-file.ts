/**
 * The saved index on disk, read and written by the worker itself so that an
 * 80 MB file never passes through main's thread. Writes are atomic (temp file,
 * fsync, rename): a crash mid-save leaves the previous index, never half a file.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** The file's text, or null when there is no saved index yet. */
export function readSnapshotFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Returns the number of bytes written. */
export function writeSnapshotFile(path: string, json: string): number {
  const temporary = `${path}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    // writeFileSync on a descriptor writes everything; a bare writeSync may stop short.
    writeFileSync(descriptor, json);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  renameSync(temporary, path);
  return Buffer.byteLength(json);
}
