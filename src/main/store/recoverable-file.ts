import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { writeDurably } from './durable-write';
import { CorruptFileError, parseStoreFile, ValidatedJsonFile } from './json-file';
import { fileStamp } from './file-names';

export interface Recovery {
  file: string;
  reason: string;
  /** Where the damaged file was moved; it is never overwritten or deleted. */
  keptAs: string;
  /** The copy taken at the previous start, a verified backup, or nothing usable. */
  restoredFrom: 'last-good-copy' | 'verified-backup' | 'nothing';
  /** When the restored backup was made, for a verified backup. */
  backupCreatedAt?: string;
}

export interface OpenedFile<T extends object> {
  adapter: ValidatedJsonFile<T>;
  /** null when the file does not exist yet (or could not be restored). */
  data: T | null;
  recovery: Recovery | null;
}

/** A copy of a file from a verified backup: its text and when the backup was made. */
export interface BackupCopy {
  raw: string;
  createdAt: string;
}

export const backupPathOf = (file: string) => file.replace(/\.json$/, '') + '.backup.json';

/**
 * Opens a store file that must survive damage: a file that does not parse,
 * match its checksum or validate is moved aside, and the last copy that did
 * is restored in its place: the one taken at the previous successful start,
 * else the newest verified backup that holds the file.
 */
export async function openRecoverableFile<T extends object>(
  file: string,
  schema: z.ZodType<T>,
  now: () => Date,
  fromBackups: () => Promise<BackupCopy | null> = async () => null,
  /** Decides about a failed write of the last good copy: a disk that cannot be written to still opens, read-only. */
  copyFailed: (error: unknown) => void = (error) => {
    throw error;
  },
): Promise<OpenedFile<T>> {
  const adapter = new ValidatedJsonFile(file, schema);
  const lastGood = backupPathOf(file);
  const raw = await readIfExists(file);
  if (raw === null) return { adapter, data: null, recovery: null };
  try {
    const data = parseStoreFile(raw, file, schema);
    await writeDurably(lastGood, raw).catch(copyFailed);
    return { adapter, data, recovery: null };
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    const keptAs = join(dirname(file), `${basename(file, '.json')}.damaged-${fileStamp(now())}.json`);
    await rename(file, keptAs);
    const recovery: Recovery = { file, reason: error.reason, keptAs, restoredFrom: 'nothing' };
    let restored = parseOrNull(await readIfExists(lastGood), lastGood, schema);
    if (restored !== null) recovery.restoredFrom = 'last-good-copy';
    else {
      const copy = await fromBackups();
      restored = copy && parseOrNull(copy.raw, file, schema);
      if (restored !== null) Object.assign(recovery, { restoredFrom: 'verified-backup', backupCreatedAt: copy!.createdAt });
    }
    if (restored !== null) await adapter.write(restored);
    return { adapter, data: restored, recovery };
  }
}

function parseOrNull<T>(raw: string | null, file: string, schema: z.ZodType<T>): T | null {
  if (raw === null) return null;
  try {
    return parseStoreFile(raw, file, schema);
  } catch {
    return null;
  }
}

export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
