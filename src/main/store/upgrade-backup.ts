import { join } from 'node:path';
import type { Backups } from './backups';
import { declaredVersion } from './json-file';
import { readIfExists } from './recoverable-file';
import { SCHEMA_VERSION } from './schema';

/**
 * Backs up a notebook written in an older format, byte for byte, before any
 * of its files is written in the current one; returns the older format, or
 * null when there is nothing to upgrade. Without that backup the notebook is
 * not opened. A damaged library is recognised by its last good copy.
 */
export async function backUpBeforeUpgrade(dir: string, backups: Backups): Promise<number | null> {
  let version: number | null = null;
  for (const file of ['library.json', 'library.backup.json']) {
    const raw = await readIfExists(join(dir, file));
    version = raw === null ? null : declaredVersion(raw);
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
