import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backups } from './backups';
import { declaredVersion } from '../store/json-file';
import { readIfExists } from '../store/recoverable-file';
import { SCHEMA_VERSION } from '../store/schema';

/**
 * Backs up a notebook written in an older format, byte for byte, before any
 * of its files is written in the current one; returns the older format, or
 * null when there is nothing to upgrade. Without that backup the notebook is
 * not opened. A damaged library is recognised by its last good copy.
 */
export async function backUpBeforeUpgrade(dir: string, backups: Backups): Promise<number | null> {
  let version: number | null = null;
  for (const file of ['library.json', 'library.backup.json']) {
    version = await versionOfFile(join(dir, file));
    if (version !== null) break;
  }
  if (version === null || version >= SCHEMA_VERSION) return null;
  try {
    await backups.create(`before upgrading from format ${version} to format ${SCHEMA_VERSION}`, 'as-found');
  } catch (error) {
    throw new Error(`Scholia must back up this notebook before upgrading it, and could not (${(error as Error).message}). Nothing was changed.`, { cause: error });
  }
  return version;
}

/** Scholia writes `schemaVersion` first, so the start of the file tells it without reading megabytes at every start. */
const VERSION_AT_START = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)\s*[,}]/;
const HEAD_BYTES = 64;

/** The format a store file declares, or null (no file, or none it can be trusted on). */
async function versionOfFile(file: string): Promise<number | null> {
  let head: string;
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // A current notebook (every start but the first after an update) is told by its head alone. An older
  // version, or a head that says none, is confirmed by reading the whole file: a damaged file's head is not trusted.
  const match = VERSION_AT_START.exec(head);
  if (match && Number(match[1]) >= SCHEMA_VERSION) return Number(match[1]);
  const raw = await readIfExists(file);
  return raw === null ? null : declaredVersion(raw);
}
