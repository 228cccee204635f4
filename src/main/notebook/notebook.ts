/**
 * The Notebook service: everything the renderer can ask of the notebook, over
 * files in one data folder. It never imports electron, so tests, benchmarks
 * and the e2e server run the very same code in plain Node.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type {
  BackupInfo,
  DocumentOrigin,
  ImportOutcome,
  Passage,
  Tag,
  DocumentSummary,
  DocumentView,
  Notice,
  PlacedPassage,
  ReadingPosition,
  Session,
  TaggedPassage,
  SearchResponse,
  TagView,
  UndoneChange,
} from '../../shared/model';
import type { ArchiveReport, RetagReport } from '../../shared/api';
import { ScholiaFailure } from '../../shared/result';
import { decodeTextFile } from '../importers/decode-text';
import { importFile } from '../importers/import-file';
import { parsePlainText, type ParsedArticle } from '../importers/plain-text';
import { ARCHIVE_EXTENSION, ArchiveError } from '../store/archive';
import type { ArchiveJobs } from '../store/archive-jobs';
import { BackupUnusableError, Backups } from '../store/backups';
import { BodyStore } from '../store/body-store';
import { CorruptFileError } from '../store/json-file';
import { removeStaleTempFiles } from '../store/durable-write';
import { PassageStore } from '../store/passage-store';
import { openRecoverableFile } from '../store/recoverable-file';
import {
  CodebookFileSchema,
  LibraryFileSchema,
  SCHEMA_VERSION,
  SessionFileSchema,
  type CodebookFile,
  type LibraryFile,
  type SessionFile,
} from '../store/schema';
import { TransactionalFile } from '../store/transactional-file';
import { backUpBeforeUpgrade } from '../store/upgrade-backup';
import { Codebook, type TagChanges } from './codebook';
import type { SearchClient } from '../search/search-client';
import { NotebookSearch } from './notebook-search';
import { Passages, type PassageChanges } from './passages';
import { parseTagPath, swapTag } from './tag-names';
import { describeInterruptedRestore, describePassageDamage, describeRecovery } from './recovery-notices';
import { UndoHistory } from './undo-history';

/** The article every new notebook opens with. */
export interface SampleArticle {
  fileName: string;
  bytes: Uint8Array;
}

export interface NotebookOptions {
  dataDir: string;
  sample: SampleArticle;
  /** Called after a backup was restored over the notebook: the app restarts, tests reopen it. */
  onRestored?: () => void;
  /** Parses imported files; the app passes one that runs in a worker with time and memory limits. */
  importer?: (bytes: Uint8Array, fileName: string) => Promise<ParsedArticle>;
  /** Zips and unzips archives; the app passes workers with time and memory limits, the default runs in process. */
  archives?: ArchiveJobs;
  /** The search worker's client; without one the notebook works but cannot search. */
  search?: SearchClient;
  now?: () => Date;
  newId?: () => string;
}

export const MAX_DOCUMENT_TAGS = 50;

interface Parts {
  library: TransactionalFile<LibraryFile>;
  session: TransactionalFile<SessionFile>;
  codebookFile: TransactionalFile<CodebookFile>;
  bodies: BodyStore;
  codebook: Codebook;
  passageStore: PassageStore;
  now: () => Date;
  newId: () => string;
}

export class Notebook {
  private readonly notices: Notice[] = [];
  private readonly history = new UndoHistory();
  private readonly library: TransactionalFile<LibraryFile>;
  /** The notebook's single files (library, session, codebook), for sealing them before a restore. */
  private readonly files: Pick<TransactionalFile<unknown>, 'seal'>[];
  private readonly session: TransactionalFile<SessionFile>;
  private readonly bodies: BodyStore;
  private readonly codebook: Codebook;
  private readonly passages: Passages;
  private readonly passageStore: PassageStore;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private search: NotebookSearch | null = null;
  private backups!: Backups;
  private onRestored: () => void = () => undefined;
  /** Set once a backup was restored: this instance no longer matches the files and must not write. */
  private replaced = false;
  private startupCheck: Promise<void> = Promise.resolve();

  /** Settles when the start-up integrity check (and the day's backup) has run. */
  get checked(): Promise<void> {
    return this.startupCheck;
  }
  private importer: (bytes: Uint8Array, fileName: string) => Promise<ParsedArticle> = importFile;

  private constructor(parts: Parts) {
    ({ library: this.library, session: this.session, bodies: this.bodies, codebook: this.codebook } = parts);
    this.files = [parts.library, parts.session, parts.codebookFile];
    this.now = parts.now;
    this.newId = parts.newId;
    this.passageStore = parts.passageStore;
    this.passages = new Passages({
      store: parts.passageStore,
      textOf: async (documentId) => {
        this.findDocument(documentId);
        return (await this.bodies.get(documentId)).text;
      },
      requireTags: (ids) => this.codebook.requireAll(ids),
      now: parts.now,
      newId: parts.newId,
    });
  }

  /** Opens the notebook in `dataDir`, creating it with the sample article on first run. */
  static async open(options: NotebookOptions): Promise<Notebook> {
    const now = options.now ?? (() => new Date());
    const newId = options.newId ?? (() => randomUUID());
    const dir = options.dataDir;
    await mkdir(dir, { recursive: true });
    for (const folder of [dir, join(dir, 'bodies'), join(dir, 'passages')]) await removeStaleTempFiles(folder);
    const backups = new Backups(dir, now, options.archives);
    await backups.clearStaging();
    const resumedRestore = await backups.finishInterruptedRestore();
    const upgradedFrom = await backUpBeforeUpgrade(dir, backups);
    const open = <T extends object>(name: string, schema: z.ZodType<T>) =>
      openRecoverableFile(join(dir, name), schema, now, () => backups.verifiedCopyOf(name));
    const libraryFile = await open('library.json', LibraryFileSchema);
    const sessionFile = await open('session.json', SessionFileSchema);
    const codebookFile = await open('codebook.json', CodebookFileSchema);
    const codebookStore = transactional(codebookFile.adapter, codebookFile.data ?? emptyCodebook());
    // The store reports damage while the notebook indexes in the background, once the notebook exists.
    const opened: { notebook?: Notebook } = {};
    const parts: Parts = {
      library: transactional(libraryFile.adapter, libraryFile.data ?? emptyLibrary()),
      session: transactional(sessionFile.adapter, sessionFile.data ?? emptySession()),
      bodies: await BodyStore.open(join(dir, 'bodies')),
      codebookFile: codebookStore,
      codebook: new Codebook(codebookStore, now, newId),
      passageStore: await PassageStore.open(join(dir, 'passages'), {
        onDamaged: (damage) => opened.notebook?.notify('warning', describePassageDamage(damage)),
        fromBackups: (documentId) => backups.verifiedCopyOf(`passages/${documentId}.json`),
        now,
      }),
      now,
      newId,
    };
    const notebook = (opened.notebook = new Notebook(parts));
    if (options.importer) notebook.importer = options.importer;
    if (options.onRestored) notebook.onRestored = options.onRestored;
    notebook.backups = backups;
    for (const recovery of [libraryFile.recovery, sessionFile.recovery, codebookFile.recovery]) {
      if (recovery) notebook.notify('warning', describeRecovery(recovery));
    }
    if (resumedRestore) notebook.notify(resumedRestore.outcome === 'failed' ? 'error' : 'warning', describeInterruptedRestore(resumedRestore));
    if (upgradedFrom !== null) {
      // The small files are rewritten in the new format now; passages and bodies are as they next change.
      await parts.library.update(() => undefined);
      await parts.session.update(() => undefined);
      await codebookStore.update(() => undefined);
      notebook.notify('info', `Scholia upgraded this notebook from format ${upgradedFrom} to format ${SCHEMA_VERSION}, after backing it up.`);
    }
    const isNew = libraryFile.data === null && libraryFile.recovery === null;
    if (isNew || (libraryFile.recovery?.restoredFrom === 'nothing' && parts.library.data.documents.length === 0)) {
      await notebook.importText(options.sample.bytes, options.sample.fileName, 'sample');
    }
    if (options.search) {
      notebook.search = new NotebookSearch(options.search, {
        indexFile: join(dir, 'search-index.bin'),
        documents: () => notebook.library.data.documents,
        body: (id) => notebook.bodies.get(id),
        passages: () => notebook.passages.all(),
        tagPath: (id) => notebook.codebook.paths().get(id),
        onError: (message) => notebook.notify('error', message),
      });
      void notebook.search.start();
    }
    // Indexing every passage, and checking them, takes a while in a large notebook; reading need not wait for it.
    notebook.startupCheck = notebook.checkIntegrity().then(() => notebook.dailyBackup()).catch((error: unknown) => notebook.notify('error', `Scholia could not check the notebook: ${String(error)}`));
    return notebook;
  }

  // Library and reading

  listDocuments(): DocumentSummary[] {
    return [...this.library.data.documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  }

  async getDocument(id: string): Promise<DocumentView> {
    const summary = this.findDocument(id);
    const body = await this.bodies.get(id).catch((error: unknown) => {
      if (!(error instanceof CorruptFileError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const why = error instanceof CorruptFileError ? `is damaged (${error.reason})` : 'is missing from the notebook folder';
      throw new ScholiaFailure('internal', `The text of “${summary.title}” ${why}. Restore a backup from the Backups view, or import the article again.`);
    });
    const positions = this.session.data.positions;
    const position = Object.hasOwn(positions, id) ? positions[id]! : null;
    return { ...summary, text: body.text, blocks: body.blocks, position };
  }

  /** Sets a document's tags, or adds and removes some of them (as of the moment the change is written). */
  async setDocumentTags(documentId: string, changes: { tagIds?: string[]; addTagIds?: string[]; removeTagIds?: string[] }): Promise<DocumentSummary> {
    let before: string[] = [];
    const after = await this.updateDocument(documentId, (document) => {
      before = document.tags;
      const removed = new Set(changes.removeTagIds ?? []);
      const unique = [...new Set([...(changes.tagIds ?? document.tags), ...(changes.addTagIds ?? [])])].filter((id) => !removed.has(id));
      if (unique.length > MAX_DOCUMENT_TAGS) throw new ScholiaFailure('invalid-input', `A document can carry at most ${MAX_DOCUMENT_TAGS} tags.`);
      this.codebook.requireAll(unique);
      document.tags = unique;
    });
    this.history.record('change document tags', documentId, async () => {
      await this.updateDocument(documentId, (document) => (document.tags = before.filter((id) => this.codebook.has(id))));
    });
    return after;
  }

  getSession(): Session {
    const last = this.session.data.lastDocumentId;
    const stillThere = last !== null && this.library.data.documents.some((d) => d.id === last);
    return { lastDocumentId: stillThere ? last : null };
  }

  async savePosition(position: ReadingPosition): Promise<null> {
    const body = await this.getDocument(position.documentId);
    if (position.blockIndex >= body.blocks.length) {
      throw new ScholiaFailure(
        'invalid-input',
        `Block ${position.blockIndex} does not exist; this document has ${body.blocks.length} blocks.`,
      );
    }
    const { documentId, blockIndex, fraction } = position;
    await this.session.update((session) => {
      session.lastDocumentId = documentId;
      session.positions[documentId] = { blockIndex, fraction };
    });
    return null;
  }

  // Notices

  /** Notices, once the start-up check has added whatever it found. */
  async listNotices(): Promise<Notice[]> {
    await this.checked;
    return [...this.notices];
  }

  dismissNotice(id: string): null {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index === -1) throw new ScholiaFailure('not-found', 'That notice no longer exists.');
    this.notices.splice(index, 1);
    return null;
  }

  // Codebook

  async listTags(): Promise<TagView[]> {
    const paths = this.codebook.paths();
    const documentCounts = new Map<string, number>();
    for (const document of this.library.data.documents) {
      for (const id of document.tags) documentCounts.set(id, (documentCounts.get(id) ?? 0) + 1);
    }
    const views = await Promise.all(
      this.codebook.list().map(async (tag) => ({
        ...tag,
        path: paths.get(tag.id) ?? tag.name,
        passageCount: await this.passages.countFor(tag.id),
        documentCount: documentCounts.get(tag.id) ?? 0,
      })),
    );
    return views.sort((a, b) => a.path.localeCompare(b.path, undefined, { sensitivity: 'base' }));
  }

  async createTag(input: { name: string; parentId?: string | null; color?: string; description?: string }): Promise<TagView> {
    const { tag, created } = await this.codebook.ensure(input.name, input);
    if (created.length > 0) {
      const ids = created.map((t) => t.id);
      this.history.record(`create tag ${this.pathOf(tag.id)}`, null, () => this.codebook.restore([], ids));
    }
    return this.tagView(tag.id);
  }

  /**
   * Renames, recolours, describes or moves a tag. A new name with slashes
   * ("themes/humanitarian") is a path: the tag moves under it, creating any
   * missing parent, as a user typing a path would expect.
   */
  async updateTag(id: string, changes: TagChanges): Promise<TagView> {
    this.codebook.get(id);
    let resolved = changes;
    let createdParents: Tag[] = [];
    if (changes.name !== undefined && changes.name.includes('/')) {
      const parts = parseTagPath(changes.name);
      const name = parts.pop()!;
      let parentId: string | null = changes.parentId ?? null;
      if (parts.length > 0) {
        const parent = await this.codebook.ensure(parts.join('/'), { parentId });
        parentId = parent.tag.id;
        createdParents = parent.created;
      }
      resolved = { ...changes, name, parentId };
    }
    let before: Tag;
    try {
      ({ before } = await this.codebook.change(id, resolved));
    } catch (error) {
      // A refused move leaves no stray parents behind.
      if (createdParents.length > 0) await this.codebook.restore([], createdParents.map((t) => t.id));
      throw error;
    }
    const createdIds = createdParents.map((t) => t.id);
    await this.reindexTagged(id);
    this.history.record(`change tag ${before.name}`, null, async () => {
      await this.codebook.restore([before], createdIds);
      await this.reindexTagged(id);
    });
    return this.tagView(id);
  }

  /** Moves every use of `sourceId` to `targetId`, then removes the source tag. */
  async mergeTags(sourceId: string, targetId: string): Promise<RetagReport> {
    if (sourceId === targetId) throw new ScholiaFailure('invalid-input', 'A tag cannot be merged into itself.');
    const target = this.codebook.get(targetId);
    const source = this.codebook.get(sourceId);
    if (this.codebook.subtree(sourceId).has(target.id)) {
      throw new ScholiaFailure('invalid-input', `"${this.pathOf(targetId)}" is inside "${this.pathOf(sourceId)}"; move it out before merging.`);
    }
    return this.retire(source.id, target.id, `merge ${this.pathOf(sourceId)} into ${this.pathOf(targetId)}`);
  }

  /** Removes a tag: passages and documents keep their other tags; a passage left with none stays as a highlight. */
  async deleteTag(id: string): Promise<RetagReport> {
    this.codebook.get(id);
    return this.retire(id, null, `delete tag ${this.pathOf(id)}`);
  }

  /** Every passage carrying the tag (and, if asked, its children), across all documents. */
  async taggedPassages(tagId: string, includeChildren: boolean): Promise<TaggedPassage[]> {
    const tagIds = includeChildren ? this.codebook.subtree(tagId) : (this.codebook.get(tagId), new Set([tagId]));
    const titles = new Map(this.library.data.documents.map((d) => [d.id, d.title]));
    const found = await this.passages.withAnyTag(tagIds);
    return found
      .filter((passage) => titles.has(passage.documentId))
      .map((passage) => ({
        passage: { ...passage, anchor: { start: passage.position.start, end: passage.position.end } },
        documentTitle: titles.get(passage.documentId)!,
        before: passage.quote.prefix,
        after: passage.quote.suffix,
      }))
      .sort(
        (a, b) =>
          a.documentTitle.localeCompare(b.documentTitle) ||
          a.passage.documentId.localeCompare(b.passage.documentId) ||
          a.passage.position.start - b.passage.position.start,
      );
  }

  // Passages

  listPassages(documentId: string): Promise<PlacedPassage[]> {
    return this.passages.list(documentId);
  }

  async createPassage(input: { documentId: string; start: number; end: number; tagIds: string[]; note: string }): Promise<PlacedPassage> {
    const passage = await this.passages.create(input);
    this.search?.upsertPassages([passage]);
    this.history.record('create passage', input.documentId, async () => {
      await this.passages.remove(passage.id);
      this.search?.removePassages([passage.id]);
    });
    return passage;
  }

  async updatePassage(id: string, changes: PassageChanges): Promise<PlacedPassage> {
    const { before, after } = await this.passages.change(id, changes);
    this.search?.upsertPassages([after]);
    this.history.record(changes.note !== undefined ? 'edit note' : 'change passage tags', before.documentId, () =>
      this.restorePassages([before]),
    );
    return after;
  }

  async deletePassage(id: string): Promise<null> {
    const removed = await this.passages.remove(id);
    this.search?.removePassages([id]);
    this.history.record('delete passage', removed.documentId, () => this.restorePassages([removed]));
    return null;
  }

  undo(): Promise<UndoneChange | null> {
    return this.history.undo();
  }

  // Search

  async searchNotebook(query: string, limit: number): Promise<SearchResponse> {
    if (!this.search) throw new ScholiaFailure('internal', 'Search is not available in this window.');
    return this.search.search(query, limit);
  }

  // Backups

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  createBackup(): Promise<BackupInfo> {
    this.assertCurrent();
    return this.backups.create('made by hand');
  }

  /**
   * Replaces the notebook with a verified backup (the current state is backed
   * up first), then hands over to `onRestored`: the files changed under this
   * instance, so it stops writing and the notebook is reopened.
   */
  async restoreBackup(id: string): Promise<null> {
    this.assertCurrent();
    if (!(await this.backups.list()).some((b) => b.id === id)) throw new ScholiaFailure('not-found', 'That backup does not exist.');
    try {
      await this.backups.restore(id, async () => {
        // From here this instance writes nothing: changes under way finish first, later ones are refused.
        this.replaced = true;
        await Promise.all([...this.files.map((file) => file.seal()), this.passageStore.seal()]);
        await this.search?.close();
        this.search = null;
      });
    } catch (error) {
      if (error instanceof BackupUnusableError) throw new ScholiaFailure('invalid-input', error.message);
      setImmediate(this.onRestored);
      throw new ScholiaFailure(
        'internal',
        `The restore could not finish (${(error as Error).message}). Scholia is reopening the notebook to finish it, or to put the notebook back as it was.`,
      );
    }
    setImmediate(this.onRestored);
    return null;
  }

  /** Writes the whole notebook as one archive file at `target`, a path the user chose. */
  async exportArchive(target: string): Promise<ArchiveReport> {
    this.assertCurrent();
    const { documents, bytes } = await this.backups.exportArchive(target);
    return { fileName: basename(target), documents, bytes };
  }

  /** The name the save dialog proposes for an export: "Scholia notebook 2026-11-25.scholia". */
  suggestedArchiveName(): string {
    return `Scholia notebook ${this.now().toISOString().slice(0, 10)}.${ARCHIVE_EXTENSION}`;
  }

  /**
   * Replaces the notebook with the archive at `path` (a file the user chose
   * in a dialog), once every file in it checks out; the notebook as it was is
   * backed up first. Like a restore, the notebook is then reopened.
   */
  async importArchiveFile(path: string): Promise<ArchiveReport> {
    this.assertCurrent();
    let adopted: { backup: BackupInfo; bytes: number };
    try {
      adopted = await this.backups.adoptArchive(path);
    } catch (error) {
      if (error instanceof ArchiveError) throw new ScholiaFailure('invalid-input', error.message);
      throw error;
    }
    await this.restoreBackup(adopted.backup.id);
    return { fileName: basename(path), documents: adopted.backup.documents, bytes: adopted.bytes };
  }

  /** One verified backup a day, made in the background at start. */
  private async dailyBackup(): Promise<void> {
    const [latest] = await this.backups.list();
    if (latest && latest.createdAt.slice(0, 10) === this.now().toISOString().slice(0, 10)) return;
    await this.backups.create('daily');
  }

  /** True once a backup was restored over this notebook's files. */
  get isReplaced(): boolean {
    return this.replaced;
  }

  private assertCurrent(): void {
    if (this.replaced) throw new ScholiaFailure('forbidden', 'A backup was just restored; Scholia is reopening the notebook.');
  }

  /** Resolves once search is ready, telling whether it loaded the saved index or rebuilt it. */
  async searchReady(): Promise<NotebookSearch['startedFrom']> {
    if (!this.search) return 'loading';
    await this.search.start();
    return this.search.startedFrom;
  }

  /** Whether search covers exactly the notebook's documents and passages (false without search). */
  async searchCoversNotebook(): Promise<boolean> {
    return (await this.search?.coversNotebook()) ?? false;
  }

  /** Saves what must be saved (the search index) and stops background work. */
  async close(): Promise<void> {
    await this.checked;
    await this.search?.close();
  }

  /** Imports a plain-text file (the sample, for one); see importArticle. */
  async importText(bytes: Uint8Array, fileName: string, kind: DocumentOrigin['kind'] = 'file'): Promise<ImportOutcome> {
    return this.importArticle(parsePlainText(decodeTextFile(bytes, fileName), fileName), { kind, fileName });
  }

  /** Imports any supported file, parsed by the injected importer (off the main thread in the app). */
  async importFileBytes(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
    return this.importArticle(await this.importer(bytes, fileName), { kind: 'file', fileName });
  }

  /** A new document from pasted text, with the title the user gave it. */
  async importPastedText(title: string, text: string): Promise<ImportOutcome> {
    const name = title.trim() || 'Pasted text';
    const parsed = parsePlainText(`${name}\n\n${text}`, 'pasted.txt');
    return this.importArticle({ ...parsed, title: name }, { kind: 'clipboard', fileName: name });
  }

  /**
   * Adds a parsed article unless the same text is already here (a duplicate is
   * reported with the document that has it). The body is written before the
   * library lists it, so a crash in between leaves no listed document without text.
   */
  private async importArticle(article: ParsedArticle, origin: { kind: DocumentOrigin['kind']; fileName: string }): Promise<ImportOutcome> {
    const contentHash = hashText(article.text);
    const known = this.library.data.documents.find((d) => d.contentHash === contentHash);
    if (known) return { status: 'duplicate', existing: known };
    const id = this.newId();
    const at = this.now().toISOString();
    await this.bodies.put(id, article.text, article.blocks);
    const summary: DocumentSummary = {
      id,
      title: article.title,
      source: article.source ?? article.siteName ?? origin.fileName,
      byline: article.byline,
      addedAt: at,
      publishedAt: normalizeDate(article.publishedAt),
      wordCount: article.wordCount,
      contentHash,
      tags: [],
      origin: { kind: origin.kind, fileName: origin.fileName, importedAt: at },
    };
    // Checked again where the library is written: two identical files imported at once add one document.
    const existing = await this.library.update((library) => {
      const twin = library.documents.find((d) => d.contentHash === contentHash);
      if (!twin) library.documents.push(summary);
      return twin;
    });
    if (existing) {
      await this.bodies.remove(id);
      return { status: 'duplicate', existing };
    }
    this.search?.upsertDocument(summary, article);
    return { status: 'imported', document: summary };
  }

  /**
   * Replaces a document's text with a new version of the same article (a
   * re-import) and re-anchors its passages to it.
   */
  async reimportText(documentId: string, bytes: Uint8Array, fileName: string): Promise<{ placed: number; orphaned: number }> {
    this.findDocument(documentId);
    const article = parsePlainText(decodeTextFile(bytes, fileName), fileName);
    const old = await this.bodies.get(documentId);
    await this.bodies.put(documentId, article.text, article.blocks);
    const report = await this.passages.reanchor(documentId, old.text, article.text);
    const summary = await this.updateDocument(documentId, (document) => {
      document.title = article.title;
      document.byline = article.byline;
      document.wordCount = article.wordCount;
      document.contentHash = hashText(article.text);
    });
    this.search?.upsertDocument(summary, article);
    this.search?.upsertPassages((await this.passages.all()).filter((p) => p.documentId === documentId));
    return report;
  }

  /**
   * The start-up check: passages of documents that are gone are set aside,
   * references to tags that are gone are removed, documents whose text file is
   * missing are named. Anything found is reported in a notice.
   */
  private async checkIntegrity(): Promise<void> {
    await this.passages.ready();
    const documents = new Set(this.library.data.documents.map((d) => d.id));
    const findings: string[] = [];
    for (const documentId of await this.passageStore.documentIds()) {
      if (documents.has(documentId)) continue;
      const keptAs = await this.passageStore.setAside(documentId);
      this.passages.forgetDocument(documentId);
      findings.push(`the passages of a document that is no longer in the library were set aside as ${keptAs}`);
    }
    const dangling = await this.passages.stripTags((id) => this.codebook.has(id));
    if (dangling.length > 0) {
      findings.push(`${dangling.length} ${dangling.length === 1 ? 'passage' : 'passages'} named tags missing from the codebook; those tags were taken off`);
    }
    const taggedWrong = this.library.data.documents.filter((d) => d.tags.some((id) => !this.codebook.has(id)));
    if (taggedWrong.length > 0) {
      await this.library.update((library) => {
        for (const document of library.documents) document.tags = document.tags.filter((id) => this.codebook.has(id));
      });
      findings.push(`${taggedWrong.length} ${taggedWrong.length === 1 ? 'document' : 'documents'} named tags missing from the codebook; those tags were taken off`);
    }
    const bodies = await this.bodies.ids();
    const textless = this.library.data.documents.filter((d) => !bodies.has(d.id));
    if (textless.length > 0) {
      findings.push(`the text of ${textless.map((d) => `“${d.title}”`).join(', ')} is missing from the notebook folder`);
    }
    if (findings.length > 0) this.notify('warning', `The start-up check found problems: ${findings.join('; ')}.`);
  }

  /** Puts passages back as they were (for undo), in the store and in search. */
  private async restorePassages(passages: readonly Passage[]): Promise<void> {
    await this.passages.restore(passages, (tagId) => this.codebook.has(tagId));
    this.search?.upsertPassages(passages.map((p) => this.passages.get(p.id)));
  }

  /** Re-sends to search the passages whose tag paths a codebook change altered. */
  private async reindexTagged(tagId: string): Promise<void> {
    if (!this.search || !this.codebook.has(tagId)) return;
    this.search.upsertPassages(await this.passages.withAnyTag(this.codebook.subtree(tagId)));
  }

  /** Takes a tag out of use everywhere (moving its uses to `targetId` if given), then out of the codebook. */
  private async retire(sourceId: string, targetId: string | null, label: string): Promise<RetagReport> {
    const changedPassages = await this.passages.retag(sourceId, targetId);
    const taggedDocuments = this.library.data.documents.filter((d) => d.tags.includes(sourceId));
    const documentTagsBefore = new Map(taggedDocuments.map((d) => [d.id, d.tags]));
    await this.library.update((library) => {
      for (const document of library.documents) {
        if (!document.tags.includes(sourceId)) continue;
        document.tags = swapTag(document.tags, sourceId, targetId);
      }
    });
    const { removed, movedChildren } = await this.codebook.remove(sourceId);
    this.search?.upsertPassages(changedPassages.map((p) => this.passages.get(p.id)));
    for (const child of movedChildren) await this.reindexTagged(child.id);
    this.history.record(label, null, async () => {
      await this.codebook.restore([removed, ...movedChildren]);
      await this.restorePassages(changedPassages);
      for (const child of movedChildren) await this.reindexTagged(child.id);
      await this.library.update((library) => {
        for (const document of library.documents) {
          const tags = documentTagsBefore.get(document.id);
          if (tags) document.tags = tags.filter((id) => this.codebook.has(id));
        }
      });
    });
    return { passagesChanged: changedPassages.length, documentsChanged: taggedDocuments.length };
  }

  private async tagView(id: string): Promise<TagView> {
    const view = (await this.listTags()).find((tag) => tag.id === id);
    if (!view) throw new ScholiaFailure('not-found', 'That tag is not in the codebook.');
    return view;
  }

  private pathOf(tagId: string): string {
    return this.codebook.paths().get(tagId) ?? 'tag';
  }

  private findDocument(id: string): DocumentSummary {
    const summary = this.library.data.documents.find((d) => d.id === id);
    if (!summary) throw new ScholiaFailure('not-found', 'That document is not in this notebook.');
    return summary;
  }

  private async updateDocument(id: string, change: (document: DocumentSummary) => void): Promise<DocumentSummary> {
    this.findDocument(id);
    return this.library.update((library) => {
      const document = library.documents.find((d) => d.id === id)!;
      change(document);
      return { ...document };
    });
  }

  private notify(level: Notice['level'], message: string): void {
    this.notices.push({ id: this.newId(), level, message, createdAt: this.now().toISOString() });
  }
}

function transactional<T>(adapter: Low<T>['adapter'], data: T): TransactionalFile<T> {
  const db = new Low(adapter, data);
  db.data = data;
  return new TransactionalFile(db);
}

const emptyLibrary = (): LibraryFile => ({ schemaVersion: SCHEMA_VERSION, documents: [] });
const emptySession = (): SessionFile => ({ schemaVersion: SCHEMA_VERSION, lastDocumentId: null, positions: {} });
const emptyCodebook = (): CodebookFile => ({ schemaVersion: SCHEMA_VERSION, tags: [] });

/** An ISO date-time for a published date an importer found, or null when it is not a date. */
function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The content hash that identifies a document's text, for finding duplicates and stale indexes. */
const hashText = (text: string) => createHash('sha256').update(text).digest('hex');
