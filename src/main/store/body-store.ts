import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block } from '../../shared/model';
import { BodyFileSchema, SCHEMA_VERSION, type BodyFile } from './schema';
import { parseStoreFile } from './json-file';
import { writeDurably } from './durable-write';
import { sealJson } from './checksum';
import { SAFE_ID } from './file-names';
import type { WriteGuard } from './transactional-file';

/**
 * Document bodies, one immutable file each, kept out of the library file so
 * that listing, tagging and saving positions never rewrite article text.
 */
export class BodyStore {
  private readonly cache = new Map<string, BodyFile>();

  private constructor(
    private readonly dir: string,
    private readonly guard?: WriteGuard,
  ) {}

  static async open(dir: string, guard?: WriteGuard): Promise<BodyStore> {
    await mkdir(dir, { recursive: true });
    return new BodyStore(dir, guard);
  }

  async put(id: string, text: string, blocks: Block[]): Promise<void> {
    const body: BodyFile = { schemaVersion: SCHEMA_VERSION, id, text, blocks };
    await this.guard?.beforeWrite();
    try {
      await writeDurably(this.pathOf(id), sealJson(body));
    } catch (error) {
      throw this.guard ? this.guard.failed(error) : error;
    }
    this.remember(body);
  }

  async get(id: string): Promise<BodyFile> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const file = this.pathOf(id);
    const body = parseStoreFile(await readFile(file, 'utf8'), file, BodyFileSchema);
    this.remember(body);
    return body;
  }

  /** Moves a document's text into `folder` (the document was deleted, and may come back with an undo). */
  async detach(id: string, folder: string): Promise<void> {
    this.cache.delete(id);
    await mkdir(folder, { recursive: true });
    await rename(this.pathOf(id), join(folder, `${id}.json`));
  }

  /** Puts back a text `detach` moved into `folder`. */
  async attach(id: string, folder: string): Promise<void> {
    await rename(join(folder, `${id}.json`), this.pathOf(id));
  }

  /** Removes a body no document lists (an import that turned out to be a duplicate). */
  async remove(id: string): Promise<void> {
    this.cache.delete(id);
    await rm(this.pathOf(id), { force: true });
  }

  /** Ids of every stored body, read from the folder without opening the files. */
  async ids(): Promise<Set<string>> {
    const names = await readdir(this.dir);
    return new Set(names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));
  }

  private remember(body: BodyFile): void {
    // A handful of recent bodies covers switching back and forth between articles.
    if (this.cache.size >= 16) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(body.id, body);
  }

  private pathOf(id: string): string {
    if (!SAFE_ID.test(id)) throw new Error(`refusing a body id that is not a plain id: ${JSON.stringify(id)}`);
    return join(this.dir, `${id}.json`);
  }
}
