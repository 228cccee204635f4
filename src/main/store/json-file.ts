import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { checkSeal, sealJson } from './checksum';
import { writeDurably } from './durable-write';
import { FIRST_CHECKSUMMED_VERSION, NotebookTooNewError, upgrade } from './migrations';
import { SCHEMA_VERSION } from './schema';

/** A store file that exists but cannot be trusted: unreadable JSON, a wrong checksum or the wrong shape. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is damaged: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

/**
 * A lowdb adapter for one JSON file that validates what it reads and writes
 * atomically: a uniquely named temp file, fsynced, then renamed over the old one,
 * so a crash leaves either the old or the new file, never half of one.
 */
export class ValidatedJsonFile<T extends object> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseStoreFile(raw, this.file, this.schema);
  }

  async write(data: T): Promise<void> {
    await writeDurably(this.file, sealJson(data));
  }
}

/**
 * Reads a store file of any schema version up to the current one: it must
 * parse, carry a matching checksum (from format 2 on), upgrade, and then fit
 * the schema. A file from a newer version is refused, not treated as damage.
 */
export function parseStoreFile<T>(raw: string, file: string, schema: z.ZodType<T>): T {
  if (raw.trim() === '') throw new CorruptFileError(file, 'the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorruptFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const version = versionOf(json);
  if (version === null) throw new CorruptFileError(file, 'it has no format version');
  if (version > SCHEMA_VERSION) throw new NotebookTooNewError(file, version);
  // A checksum is checked wherever there is one, so damage that turned the version into an older one is caught too.
  const seal = checkSeal(raw);
  if (seal === 'mismatch') throw new CorruptFileError(file, 'its checksum does not match its content');
  if (seal === 'missing' && version >= FIRST_CHECKSUMMED_VERSION) throw new CorruptFileError(file, 'its checksum is missing');
  const parsed = schema.safeParse(upgrade(json as Record<string, unknown>, version));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptFileError(file, `unexpected content at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/** The schema version a store file's text declares, or null when it declares none it can be trusted on. */
export function declaredVersion(raw: string): number | null {
  try {
    return versionOf(JSON.parse(raw));
  } catch {
    return null;
  }
}

function versionOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : null;
}
