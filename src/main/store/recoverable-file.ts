import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { writeDurably } from './durable-write';
import { CorruptFileError, parseStoreFile, ValidatedJsonFile } from './json-file';
import { SCHEMA_VERSION, VersionProbeSchema } from './schema';
import { fileStamp } from './file-names';

/** A notebook written by a newer Scholia: opening it could lose what this version does not know. */
export class NotebookTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(
      `This notebook was written by a newer version of Scholia (format ${version}; this version reads format ${SCHEMA_VERSION}). ` +
        'It has not been changed. Update Scholia to open it.',
    );
    this.name = 'NotebookTooNewError';
  }
}

export interface Recovery {
  file: string;
  reason: string;
  /** Where the damaged file was moved; it is never overwritten or deleted. */
  keptAs: string;
  restoredFrom: 'backup' | 'nothing';
}

export interface OpenedFile<T> {
  adapter: ValidatedJsonFile<T>;
  /** null when the file does not exist yet (or could not be restored). */
  data: T | null;
  recovery: Recovery | null;
}

export const backupPathOf = (file: string) => file.replace(/\.json$/, '') + '.backup.json';

/**
 * Opens a store file that must survive damage: a file that does not parse or
 * validate is moved aside, and the last copy that did (taken at the previous
 * successful start) is restored in its place.
 */
export async function openRecoverableFile<T>(
  file: string,
  schema: z.ZodType<T>,
  now: () => Date,
): Promise<OpenedFile<T>> {
  const adapter = new ValidatedJsonFile(file, schema);
  const backup = backupPathOf(file);
  const raw = await readIfExists(file);
  if (raw === null) return { adapter, data: null, recovery: null };
  refuseNewerVersion(raw, file);
  try {
    const data = parseStoreFile(raw, file, schema);
    await writeDurably(backup, raw);
    return { adapter, data, recovery: null };
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    const keptAs = join(dirname(file), `${basename(file, '.json')}.damaged-${fileStamp(now())}.json`);
    await rename(file, keptAs);
    const restored = await readBackup(backup, schema);
    if (restored !== null) await adapter.write(restored);
    return {
      adapter,
      data: restored,
      recovery: { file, reason: error.reason, keptAs, restoredFrom: restored === null ? 'nothing' : 'backup' },
    };
  }
}

async function readBackup<T>(backup: string, schema: z.ZodType<T>): Promise<T | null> {
  const raw = await readIfExists(backup);
  if (raw === null) return null;
  try {
    return parseStoreFile(raw, backup, schema);
  } catch {
    return null;
  }
}

function refuseNewerVersion(raw: string, file: string): void {
  try {
    const probe = VersionProbeSchema.safeParse(JSON.parse(raw));
    if (probe.success && probe.data.schemaVersion > SCHEMA_VERSION) {
      throw new NotebookTooNewError(file, probe.data.schemaVersion);
    }
  } catch (error) {
    if (error instanceof NotebookTooNewError) throw error;
    // Unparseable files are handled as damage by the caller.
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
