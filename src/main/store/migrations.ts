/**
 * Upgrades of store files from older schema versions, one step per version.
 * Files are upgraded as they are read; a file is written back in the current
 * format the next time it changes (the notebook backs itself up before the
 * first such write, see Notebook.open).
 */
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/** STEPS[n] turns a file of version n into one of version n + 1. */
const STEPS: Record<number, (json: Json) => Json> = {
  // Format 2 adds a checksum to every file (see checksum.ts); the content is unchanged.
  1: (json) => ({ ...json, schemaVersion: 2 }),
  // Format 3 gives documents a web address, a language, attribute values and earlier versions.
  2: (json) => ({
    ...json,
    schemaVersion: 3,
    ...(Array.isArray(json['documents'])
      ? { documents: (json['documents'] as Json[]).map((document) => ({ url: null, language: null, attributes: {}, versions: [], ...document })) }
      : {}),
  }),
};

/** The first format whose files must carry a checksum. */
export const FIRST_CHECKSUMMED_VERSION = 2;

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

/** Brings a file's JSON from `version` up to the current schema version. */
export function upgrade(json: Json, version: number): Json {
  let current = json;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = STEPS[from];
    if (!step) throw new Error(`There is no upgrade from format ${from}.`);
    current = step(current);
  }
  return current;
}
