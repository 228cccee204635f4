import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeDurably } from './durable-write';

/** A store file that exists but cannot be trusted: unreadable JSON or the wrong shape. */
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
export class ValidatedJsonFile<T> implements Adapter<T> {
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
    await writeDurably(this.file, JSON.stringify(data));
  }
}

export function parseStoreFile<T>(raw: string, file: string, schema: z.ZodType<T>): T {
  if (raw.trim() === '') throw new CorruptFileError(file, 'the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorruptFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptFileError(file, `unexpected content at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
