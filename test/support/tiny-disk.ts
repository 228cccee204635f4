/**
 * A small real file system of its own (tmpfs), for the tests of a full and a
 * read-only disk: the errors come from the kernel, not from a stand-in.
 * Mounting needs root; where it is refused the tests say so and are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyDisk {
  dir: string;
  /** Makes the disk read-only, or writable again. */
  setReadOnly(readOnly: boolean): void;
  unmount(): void;
}

/** Mounts a tmpfs of `sizeKb`, or answers why it cannot be. */
export function mountTinyDisk(sizeKb: number): TinyDisk | { unavailable: string } {
  const dir = mkdtempSync(join(tmpdir(), 'scholia-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `a tmpfs cannot be mounted here (${String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'mount refused'})` };
  }
  return {
    dir,
    setReadOnly: (readOnly) => execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir], { stdio: 'pipe' }),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether tmpfs disks can be mounted here, probed once. */
export const tinyDiskSupport: { ok: true } | { ok: false; reason: string } = (() => {
  const disk = mountTinyDisk(64);
  if ('unavailable' in disk) return { ok: false, reason: disk.unavailable };
  disk.unmount();
  return { ok: true };
})();
