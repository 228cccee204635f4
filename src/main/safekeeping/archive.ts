/**
 * A notebook as one file, for moving it to another machine: a zip of a
 * verified snapshot (the same files and manifest a backup holds). Reading an
 * archive trusts nothing in it: only the notebook's own file names are taken,
 * each entry is size-limited while it is inflated (a zip bomb stops at the
 * limit), and the caller verifies every file against the manifest's hashes
 * before anything in the notebook changes.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type JSZip from 'jszip';
import { inflateWithin, loadJSZip } from '../importers/bounded-unzip';
import { fsyncFolder } from '../store/durable-write';
import { SAFE_ID } from '../store/file-names';
import { isSmallFile } from '../store/notebook-files';

export const ARCHIVE_EXTENSION = 'scholia';
export const MAX_ARCHIVE_BYTES = 2 * 1024 ** 3;
/** More than any store file grows to: a body holds at most a 100 MB PDF's text. */
const MAX_ENTRY_BYTES = 256 * 1024 ** 2;
const MAX_TOTAL_BYTES = 8 * 1024 ** 3;
const MAX_ENTRIES = 250_000;

/** A failure the user can act on: the file is not a usable archive. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** The only names an archive entry may have; anything else (a path with "..", an absolute path) is refused. */
export function isNotebookEntry(name: string): boolean {
  if (name === 'manifest.json' || isSmallFile(name)) return true;
  const match = /^(passages|bodies)\/([^/]+)\.json$/.exec(name);
  return match !== null && SAFE_ID.test(match[2]!);
}

/** Where an archive is written until it is complete; a fixed name, so whoever started the export can clear it. */
export const partialPathOf = (target: string) => `${target}.partial`;

/** Zips the files of a snapshot folder (relative paths) into `target`, atomically and durably. */
export async function writeArchive(folder: string, paths: readonly string[], target: string): Promise<number> {
  const zip = new (await loadJSZip())();
  for (const path of [...paths, 'manifest.json']) zip.file(path, openWhenRead(join(folder, path)), { binary: true });
  const partial = partialPathOf(target);
  try {
    await pipeline(
      zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 } }),
      createWriteStream(partial),
    );
    const handle = await open(partial, 'r+');
    await handle.sync().finally(() => handle.close());
    await rename(partial, target);
    await fsyncFolder(dirname(target));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(target)).size;
}

/** Reads an archive the user chose, refusing one larger than any notebook archive can be before reading it. */
async function readArchiveFile(path: string): Promise<Buffer> {
  try {
    const { size } = await stat(path);
    if (size > MAX_ARCHIVE_BYTES) throw new ArchiveError(`That file is ${Math.round(size / 1024 ** 2)} MB; a notebook archive can be at most ${MAX_ARCHIVE_BYTES / 1024 ** 3} GB.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`That file could not be read (${(error as Error).message}).`);
  }
}

/**
 * A file's bytes as a stream that opens the file only when first read: the
 * zip reads its entries one by one, and ten thousand files opened at once
 * would run out of file handles.
 */
function openWhenRead(path: string): Readable {
  return Readable.from(
    (async function* () {
      yield* createReadStream(path);
    })(),
    { objectMode: false },
  );
}

/** What an archive held: the notebook files unpacked, and the archive's size. */
export interface Extracted {
  paths: string[];
  bytes: number;
}

/** Unpacks the notebook files of the archive at `path` into `folder`, refusing anything unexpected or oversized. */
export async function extractArchive(path: string, folder: string): Promise<Extracted> {
  const bytes = await readArchiveFile(path);
  let zip: JSZip;
  try {
    zip = await (await loadJSZip()).loadAsync(bytes);
  } catch {
    throw new ArchiveError('This file is not a Scholia notebook archive (it is not a readable zip file).');
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ENTRIES) throw new ArchiveError(`The archive holds more than ${MAX_ENTRIES} files.`);
  const unexpected = entries.find((entry) => !isNotebookEntry(entry.name));
  if (unexpected) throw new ArchiveError(`The archive holds a file a notebook does not have: ${JSON.stringify(unexpected.name.slice(0, 200))}.`);
  if (!zip.files['manifest.json']) throw new ArchiveError('This file is not a Scholia notebook archive (it has no manifest).');
  let total = 0;
  for (const entry of entries) {
    const content = await inflate(entry, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
    total += content.length;
    const file = join(folder, entry.name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return { paths: entries.map((entry) => entry.name), bytes: bytes.length };
}

/** An entry's bytes, inflated chunk by chunk and abandoned as soon as they pass `limit`. */
async function inflate(entry: JSZip.JSZipObject, limit: number): Promise<Buffer> {
  const inflated = await inflateWithin(entry, limit).catch((error: unknown) => {
    throw new ArchiveError(`${entry.name} in the archive is damaged (${(error as Error).message}).`);
  });
  if (!inflated.whole) throw new ArchiveError(`${entry.name} in the archive unpacks to more than any notebook file can hold.`);
  return inflated.bytes;
}
