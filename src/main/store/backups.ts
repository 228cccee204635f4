/**
 * Rotating backups of a notebook. A backup is a folder holding copies of the
 * notebook's changing files (library, codebook, session, passages) and hard
 * links to its immutable bodies, so a backup of ten thousand articles costs
 * little space. Its manifest, written last, lists every file with a SHA-256;
 * a backup is trusted only if every file re-reads to that hash and parses.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/model';
import { writeDurably } from './durable-write';
import { parseStoreFile } from './json-file';
import { ArchiveError, extractArchive, writeArchive } from './archive';
import { fileStamp } from './file-names';
import type { BackupCopy } from './recoverable-file';
import {
  BodyFileSchema,
  CodebookFileSchema,
  LibraryFileSchema,
  PassageFileSchema,
  SessionFileSchema,
  type BodyFile,
  type LibraryFile,
  type PassageFile,
} from './schema';

/** Present while a restore is writing files; see Backups.restore. */
const RESTORING = 'restoring.json';
const ManifestSchema = z.object({
  format: z.literal('scholia-backup'),
  createdAt: z.string(),
  reason: z.string(),
  documents: z.number().int(),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })),
});
type Manifest = z.infer<typeof ManifestSchema>;

/** Which schema each notebook file must satisfy. */
const SCHEMA_OF = (path: string): z.ZodType<unknown> | null => {
  if (path === 'library.json') return LibraryFileSchema;
  if (path === 'codebook.json') return CodebookFileSchema;
  if (path === 'session.json') return SessionFileSchema;
  if (/^passages\/[A-Za-z0-9_-]+\.json$/.test(path)) return PassageFileSchema;
  if (/^bodies\/[A-Za-z0-9_-]+\.json$/.test(path)) return BodyFileSchema;
  return null;
};

export interface BackupPolicy {
  /** The most recent backups kept, whatever their age. */
  keepRecent: number;
  /** One backup a day is kept for this many days. */
  keepDaily: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepRecent: 5, keepDaily: 7 };

export class Backups {
  private readonly root: string;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  ) {
    this.root = join(dataDir, 'backups');
  }

  /** Backs up the notebook as it is on disk, verifies the copy, then prunes old backups. */
  async create(reason: string): Promise<BackupInfo> {
    const at = this.now();
    const id = await this.freeId(at);
    const manifest = await this.snapshot(join(this.root, id), reason, at);
    await this.prune();
    return infoOf(id, manifest);
  }

  /**
   * Writes the notebook as one archive file at `target` (a path the user
   * chose), from a verified snapshot taken for it and removed afterwards.
   */
  async exportArchive(target: string): Promise<{ documents: number; bytes: number }> {
    // One fixed folder, so a snapshot a crash left behind is cleared by the next export.
    const folder = join(this.dataDir, 'exporting');
    await rm(folder, { recursive: true, force: true });
    try {
      const manifest = await this.snapshot(folder, 'exported', this.now());
      const bytes = await writeArchive(folder, manifest.files.map((f) => f.path), target);
      return { documents: manifest.documents, bytes };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /**
   * Unpacks an archive as a new backup, once every file in it checks out
   * against its manifest; returns the backup's id, ready to restore. A
   * broken or hostile archive leaves nothing behind.
   */
  async adoptArchive(bytes: Buffer, fileName: string): Promise<BackupInfo> {
    const id = await this.freeId(this.now());
    const folder = join(this.root, id);
    try {
      await mkdir(folder, { recursive: true });
      await extractArchive(bytes, folder);
      const problem = await this.verify(id);
      if (problem) throw new ArchiveError(`The archive cannot be imported: ${problem}.`);
      const manifest = (await this.manifest(id))!;
      const adopted: Manifest = { ...manifest, createdAt: this.now().toISOString(), reason: `imported from ${fileName} (exported ${manifest.createdAt})` };
      await writeDurably(join(folder, 'manifest.json'), JSON.stringify(adopted));
      return infoOf(id, adopted);
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** Copies the notebook's files into `folder` with a manifest of their hashes, then reads it all back. */
  private async snapshot(folder: string, reason: string, at: Date): Promise<Manifest> {
    const createdAt = at.toISOString();
    await mkdir(join(folder, 'passages'), { recursive: true });
    await mkdir(join(folder, 'bodies'), { recursive: true });
    const files: Manifest['files'] = [];
    for (const path of await this.notebookFiles()) {
      const from = join(this.dataDir, path);
      const to = join(folder, path);
      // Bodies never change once written: a hard link is a full backup of them at no cost.
      if (path.startsWith('bodies/')) await link(from, to).catch(() => copyFile(from, to));
      else await copyFile(from, to);
      files.push({ path, sha256: sha256(await readFile(to)) });
    }
    const library = parseStoreFile(await readFile(join(folder, 'library.json'), 'utf8'), 'library.json', LibraryFileSchema);
    const manifest: Manifest = { format: 'scholia-backup', createdAt, reason, documents: library.documents.length, files };
    await writeDurably(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const problem = await this.verifyFolder(folder);
    if (problem) {
      await rm(folder, { recursive: true, force: true });
      throw new Error(`The backup could not be verified: ${problem}`);
    }
    return manifest;
  }

  /** A backup id (a time stamp) no backup has yet, also when two are made within a millisecond. */
  private async freeId(at: Date): Promise<string> {
    const taken = new Set(await this.ids());
    const base = fileStamp(at);
    let id = base;
    for (let n = 1; taken.has(id); n += 1) id = `${base}-${n}`;
    return id;
  }

  /** Verified backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    const backups: BackupInfo[] = [];
    for (const id of await this.ids()) {
      const manifest = await this.manifest(id);
      if (manifest) backups.push(infoOf(id, manifest));
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * The newest backed-up copy of one notebook file (a path such as
   * "passages/<id>.json") that still matches its recorded hash and parses,
   * for restoring a single damaged file without restoring a whole backup.
   */
  async verifiedCopyOf(path: string): Promise<BackupCopy | null> {
    const schema = SCHEMA_OF(path);
    if (!schema) return null;
    for (const backup of await this.list()) {
      const recorded = (await this.manifest(backup.id))?.files.find((f) => f.path === path);
      if (!recorded) continue;
      try {
        const bytes = await readFile(join(this.root, backup.id, path));
        if (sha256(bytes) !== recorded.sha256) continue;
        const raw = bytes.toString('utf8');
        parseStoreFile(raw, path, schema);
        return { raw, createdAt: backup.createdAt };
      } catch {
        continue;
      }
    }
    return null;
  }

  /** Why a backup cannot be trusted, or null when every file matches its hash and parses. */
  verify(id: string): Promise<string | null> {
    return this.verifyFolder(join(this.root, id));
  }

  /**
   * Why a snapshot folder cannot be trusted: a file missing, changed since its
   * hash was taken, not parsing, or not fitting the others (passages or a text
   * of a document the library does not list, a listed document without its text).
   */
  private async verifyFolder(folder: string): Promise<string | null> {
    const manifest = await readManifest(folder);
    if (!manifest) return 'it has no readable manifest';
    const paths = new Set(manifest.files.map((f) => f.path));
    if (paths.size !== manifest.files.length) return 'its manifest lists a file twice';
    if (!paths.has('library.json')) return 'it holds no library';
    const contents = new Map<string, unknown>();
    for (const file of manifest.files) {
      const schema = SCHEMA_OF(file.path);
      if (!schema) return `it lists an unexpected file, ${file.path}`;
      let bytes: Buffer;
      try {
        bytes = await readFile(join(folder, file.path));
      } catch {
        return `${file.path} is missing`;
      }
      if (sha256(bytes) !== file.sha256) return `${file.path} has changed since the backup was made`;
      try {
        contents.set(file.path, parseStoreFile(bytes.toString('utf8'), file.path, schema));
      } catch (error) {
        return (error as Error).message;
      }
    }
    const library = contents.get('library.json') as LibraryFile;
    const listed = new Set(library.documents.map((d) => d.id));
    for (const [path, content] of contents) {
      const id = /^(?:passages|bodies)\/(.+)\.json$/.exec(path)?.[1];
      if (id === undefined) continue;
      const owner = path.startsWith('passages/') ? (content as PassageFile).documentId : (content as BodyFile).id;
      if (owner !== id) return `${path} belongs to another document`;
      if (!listed.has(id)) return `${path} belongs to a document the library does not list`;
    }
    const textless = library.documents.find((d) => !paths.has(`bodies/${d.id}.json`));
    if (textless) return `the text of “${textless.title}” is missing`;
    return null;
  }

  /**
   * Puts a verified backup's files back in place of the notebook's, after
   * backing up the current state (so a restore can itself be undone). The
   * notebook must be reopened afterwards.
   */
  async restore(id: string): Promise<void> {
    const problem = await this.verify(id);
    if (problem) throw new Error(`That backup cannot be restored: ${problem}.`);
    const manifest = (await this.manifest(id))!;
    await this.create(`before restoring the backup of ${manifest.createdAt}`);
    // Should power fail halfway, the next start sees this mark and finishes the restore.
    await writeDurably(join(this.dataDir, RESTORING), JSON.stringify({ id }));
    await this.putBack(id, manifest);
    await rm(join(this.dataDir, RESTORING), { force: true });
  }

  /** Finishes a restore that a crash interrupted; returns the backup it restored, or null when none was under way. */
  async finishInterruptedRestore(): Promise<BackupInfo | null> {
    let id: string;
    try {
      id = z.object({ id: z.string().regex(/^[0-9TZ-]+$/) }).parse(JSON.parse(await readFile(join(this.dataDir, RESTORING), 'utf8'))).id;
    } catch {
      await rm(join(this.dataDir, RESTORING), { force: true });
      return null;
    }
    const manifest = (await this.verify(id)) === null ? await this.manifest(id) : null;
    if (manifest) await this.putBack(id, manifest);
    await rm(join(this.dataDir, RESTORING), { force: true });
    return manifest && infoOf(id, manifest);
  }

  /** Writes a backup's files over the notebook's; the library goes last, so it never lists what is not there yet. */
  private async putBack(id: string, manifest: Manifest): Promise<void> {
    const wanted = new Set(manifest.files.map((f) => f.path));
    for (const path of await this.notebookFiles()) {
      // What the backup does not hold goes; the backup made before the restore keeps it.
      if (path.includes('/') && !wanted.has(path)) await rm(join(this.dataDir, path), { force: true });
    }
    const order = (path: string) => (path === 'library.json' ? 2 : path.includes('/') ? 0 : 1);
    for (const file of [...manifest.files].sort((a, b) => order(a.path) - order(b.path))) {
      await writeDurably(join(this.dataDir, file.path), await readFile(join(this.root, id, file.path), 'utf8'));
    }
  }

  /** Keeps the most recent backups and the newest of each recent day; removes the rest. */
  private async prune(): Promise<void> {
    const all = await this.list();
    const keep = new Set(all.slice(0, this.policy.keepRecent).map((b) => b.id));
    const days = new Set<string>();
    for (const backup of all) {
      const day = backup.createdAt.slice(0, 10);
      if (days.size < this.policy.keepDaily && !days.has(day)) {
        days.add(day);
        keep.add(backup.id);
      }
    }
    for (const id of await this.ids()) if (!keep.has(id)) await rm(join(this.root, id), { recursive: true, force: true });
  }

  private manifest(id: string): Promise<Manifest | null> {
    return readManifest(join(this.root, id));
  }

  private async ids(): Promise<string[]> {
    try {
      return (await readdir(this.root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
  }

  /** The notebook's files a backup holds, relative to the data folder. */
  private async notebookFiles(): Promise<string[]> {
    const list = async (folder: string) =>
      (await readdir(join(this.dataDir, folder)).catch(() => [] as string[]))
        .filter((name) => /^[A-Za-z0-9_-]+\.json$/.test(name))
        .map((name) => `${folder}/${name}`);
    const top = ['library.json', 'codebook.json', 'session.json'];
    const present = (await readdir(this.dataDir)).filter((name) => top.includes(name));
    return [...present, ...(await list('passages')), ...(await list('bodies'))];
  }
}

async function readManifest(folder: string): Promise<Manifest | null> {
  try {
    return ManifestSchema.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const infoOf = (id: string, manifest: Manifest): BackupInfo => ({
  id,
  createdAt: manifest.createdAt,
  reason: manifest.reason,
  documents: manifest.documents,
  files: manifest.files.length,
});
