/**
 * A snapshot: a folder holding copies of a notebook's files and a manifest
 * of their SHA-256s, written last. Backups and archives are snapshots. A
 * snapshot is trusted only if every file re-reads to its hash, parses, and
 * fits the others.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncFolder, syncFiles, writeDurably } from '../store/durable-write';
import { FILE_BATCH, inBatches } from '../store/in-batches';
import { parseStoreFile } from '../store/json-file';
import { isSmallFile, SMALL_FILE_NAMES, SMALL_FILES } from '../store/notebook-files';
import { BodyFileSchema, LibraryFileSchema, PassageFileSchema, type BodyFile, type LibraryFile, type PassageFile } from '../store/schema';

export const ManifestSchema = z.object({
  format: z.literal('scholia-backup'),
  createdAt: z.iso.datetime(),
  reason: z.string().max(500),
  documents: z.number().int().min(0),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Which schema each notebook file must satisfy; null for a file a notebook does not have. */
export const schemaOfPath = (path: string): z.ZodType<unknown> | null => {
  if (isSmallFile(path)) return SMALL_FILES[path].schema;
  if (/^passages\/[A-Za-z0-9_-]+\.json$/.test(path)) return PassageFileSchema;
  if (/^bodies\/[A-Za-z0-9_-]+\.json$/.test(path)) return BodyFileSchema;
  return null;
};

export interface SnapshotOptions {
  reason: string;
  at: Date;
  /**
   * 'full' refuses a snapshot that does not verify. 'as-found' keeps the
   * files byte for byte even if some are damaged (the copy taken before an
   * upgrade, which must not stop a notebook that would recover from damage).
   */
  check: 'full' | 'as-found';
}

/**
 * Copies a notebook's files into `folder` and writes their manifest. The
 * library is copied first and only the texts and passages of the documents
 * it lists follow, so a document imported meanwhile cannot make the copy
 * inconsistent; the codebook and the other small files come after the passages that name
 * their tags.
 */
export async function takeSnapshot(dataDir: string, folder: string, options: SnapshotOptions): Promise<Manifest> {
  await mkdir(join(folder, 'passages'), { recursive: true });
  await mkdir(join(folder, 'bodies'), { recursive: true });
  const files: Manifest['files'] = [];
  /** Files written here as copies; a hard link shares the notebook's already durable file. */
  const copies: string[] = [];
  const copy = async (path: string) => {
    const from = join(dataDir, path);
    const to = join(folder, path);
    try {
      // A text is replaced, never changed in place: a hard link is a full copy of it at no cost.
      const linked = path.startsWith('bodies/') && (await link(from, to).then(() => true, () => false));
      if (!linked) {
        await copyFile(from, to);
        copies.push(to);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    files.push({ path, sha256: sha256(await readFile(to)) });
  };
  await copy('library.json');
  const listed = await listedDocuments(join(folder, 'library.json'));
  const present = await storedFiles(dataDir);
  await inBatches(
    present.filter((path) => {
      const id = documentIdOfPath(path);
      return id !== null && (listed === null || listed.has(id));
    }),
    FILE_BATCH,
    copy,
  );
  for (const name of SMALL_FILE_NAMES) if (name !== 'library.json') await copy(name);
  // On disk before the manifest that vouches for them, so a snapshot that lists a file holds it after a power cut.
  await syncFiles(copies);
  for (const subfolder of ['', 'passages', 'bodies']) await fsyncFolder(join(folder, subfolder));
  const manifest: Manifest = { format: 'scholia-backup', createdAt: options.at.toISOString(), reason: options.reason, documents: listed?.size ?? 0, files };
  await writeDurably(join(folder, 'manifest.json'), JSON.stringify(manifest));
  if (options.check === 'full') {
    const problem = await verifySnapshot(folder);
    if (problem) {
      await rm(folder, { recursive: true, force: true });
      throw new Error(`The backup could not be verified: ${problem}`);
    }
  }
  return manifest;
}

/**
 * Why a snapshot cannot be trusted, or null: a file missing, changed since its
 * hash was taken, not parsing, or not fitting the others (passages or a text
 * of a document the library does not list, a listed document without its text).
 */
export async function verifySnapshot(folder: string): Promise<string | null> {
  const manifest = await readManifest(folder);
  if (!manifest) return 'it has no readable manifest';
  const paths = new Set(manifest.files.map((f) => f.path));
  if (paths.size !== manifest.files.length) return 'its manifest lists a file twice';
  if (!paths.has('library.json')) return 'it holds no library';
  const unexpected = manifest.files.find((file) => !schemaOfPath(file.path));
  if (unexpected) return `it lists an unexpected file, ${unexpected.path}`;
  const contents = new Map<string, unknown>();
  const problems: string[] = [];
  await inBatches(manifest.files, FILE_BATCH, async (file) => {
    const problem = await checkFile(folder, file, contents);
    if (problem) problems.push(problem);
  });
  if (problems.length > 0) return problems.sort()[0]!;
  const library = contents.get('library.json') as LibraryFile;
  const listed = new Set(library.documents.map((d) => d.id));
  for (const [path, content] of contents) {
    const id = documentIdOfPath(path);
    if (id === null) continue;
    const owner = path.startsWith('passages/') ? (content as PassageFile).documentId : (content as BodyFile).id;
    if (owner !== id) return `${path} belongs to another document`;
    if (!listed.has(id)) return `${path} belongs to a document the library does not list`;
  }
  const textless = library.documents.find((d) => !paths.has(`bodies/${d.id}.json`));
  if (textless) return `the text of “${textless.title}” is missing`;
  return null;
}

/** Reads one listed file, checks its hash and parses it into `contents`; why it cannot be trusted, or null. */
async function checkFile(folder: string, file: Manifest['files'][number], contents: Map<string, unknown>): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, file.path));
  } catch {
    return `${file.path} is missing`;
  }
  if (sha256(bytes) !== file.sha256) return `${file.path} has changed since the backup was made`;
  try {
    contents.set(file.path, parseStoreFile(bytes.toString('utf8'), file.path, schemaOfPath(file.path)!));
    return null;
  } catch (error) {
    return (error as Error).message.replace(/\.$/, '');
  }
}

/** The one copy of `path` in a snapshot, if it still matches its hash and parses. */
export async function verifiedFileOf(folder: string, path: string): Promise<string | null> {
  const schema = schemaOfPath(path);
  const recorded = (await readManifest(folder))?.files.find((f) => f.path === path);
  if (!schema || !recorded) return null;
  try {
    const bytes = await readFile(join(folder, path));
    if (sha256(bytes) !== recorded.sha256) return null;
    const raw = bytes.toString('utf8');
    parseStoreFile(raw, path, schema);
    return raw;
  } catch {
    return null;
  }
}

export async function readManifest(folder: string): Promise<Manifest | null> {
  try {
    return ManifestSchema.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
}

/** A notebook's passage and text files, relative to its data folder. */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const list = async (folder: string) =>
    (await readdir(join(dataDir, folder)).catch(() => [] as string[]))
      .filter((name) => /^[A-Za-z0-9_-]+\.json$/.test(name))
      .map((name) => `${folder}/${name}`);
  return [...(await list('passages')), ...(await list('bodies'))];
}

/** The document a passage or text file belongs to, by its name; null for other files. */
const documentIdOfPath = (path: string) => /^(?:passages|bodies)\/(.+)\.json$/.exec(path)?.[1] ?? null;

/** The ids a copied library lists, or null when it cannot be read (a copy taken as found). */
async function listedDocuments(libraryCopy: string): Promise<Set<string> | null> {
  try {
    const library = parseStoreFile(await readFile(libraryCopy, 'utf8'), 'library.json', LibraryFileSchema);
    return new Set(library.documents.map((d) => d.id));
  } catch {
    return null;
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
