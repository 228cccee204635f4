/**
 * Opens a notebook: recovers what a crash or damage left behind, opens the
 * store files, builds each service with its collaborators, and subscribes
 * the followers (the passage index, undo, search) to the one change feed.
 * Reading can start at once; the integrity check and the day's backup run
 * in the background.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { ChangeFeed } from '../changes/change-feed';
import { JobProgressFeed } from '../changes/job-progress-feed';
import { inProcessExportJobs, type ExportJobs } from '../outputs/export-jobs';
import { EXPORT_WRITERS } from '../outputs/export-writers';
import { ExportMarks } from '../outputs/export-marks';
import { Exports } from '../outputs/exports';
import { ProjectImport } from '../outputs/project-import';
import { projectUser } from '../outputs/project-user';
import { inProcessRefiJobs, type RefiJobs } from '../outputs/refi-qda/refi-jobs';
import { Codebook } from '../coding/codebook';
import { Passages } from '../coding/passages';
import { PassageBatch } from '../coding/passage-batch';
import { TagService } from '../coding/tag-service';
import { UndoHistory } from '../coding/undo-history';
import { importArticles } from '../importers/import-file';
import { Attributes } from '../library/attributes';
import { Memos } from '../notes/memos';
import { DocumentVersions } from '../library/document-versions';
import { DocumentDetails } from '../library/document-details';
import { DocumentImports, type Importer } from '../library/document-imports';
import { DocumentRemoval } from '../library/document-removal';
import { Library } from '../library/library';
import { LibraryQueries } from '../library/library-queries';
import { Reading } from '../library/reading';
import { ViewSettingsService } from '../library/view-settings';
import { Notices } from '../notices/notices';
import type { ArchiveJobs } from '../safekeeping/archive-jobs';
import { Backups } from '../safekeeping/backups';
import { checkIntegrity } from '../safekeeping/integrity-check';
import { describeInterruptedRestore, describePassageDamage, describeRecovery } from '../safekeeping/recovery-notices';
import { Safekeeping } from '../safekeeping/safekeeping';
import { backUpBeforeUpgrade } from '../safekeeping/upgrade-backup';
import { NO_SEARCH, NotebookSearch, type SearchService } from '../search/notebook-search';
import { preloadSearch } from '../search/search-preload';
import type { SearchClient } from '../search/search-client';
import { BodyStore } from '../store/body-store';
import { removeStaleTempFiles } from '../store/durable-write';
import { lockFolder, type FolderLock } from '../store/folder-lock';
import { PassageStore } from '../store/passage-store';
import { openRecoverableFile } from '../store/recoverable-file';
import { AttributesFileSchema, CodebookFileSchema, LibraryFileSchema, MemosFileSchema, SCHEMA_VERSION, SessionFileSchema, type CodebookFile, type LibraryFile, type SessionFile } from '../store/schema';
import { TransactionalFile, type WriteGuard } from '../store/transactional-file';
import { WriteGate } from '../store/write-gate';
import { Notebook } from './notebook';
import { Analysis, filterIds } from '../outputs/analysis/analysis-service';
import { ANALYSIS_METHODS, ANALYSIS_WORKER, createAnalysisApi, type AnalysisApi } from '../outputs/analysis/analysis-protocol';
import { localWorkerHandle } from '../workers/local-worker';
import { connectWorker, serveWorker, type WorkerHandle } from '../workers/worker-channel';
import { SharedText } from '../shared-text/shared-text-service';
import { openEntities } from '../entities/open-entities';
import { createSharedApi, SHARED_METHODS, SHARED_WORKER, type SharedApi } from '../shared-text/shared-protocol';
import { openQuoteReview } from '../quote-review/open-quote-review';

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
  importer?: Importer;
  /** Zips and unzips archives; the app passes workers with time and memory limits, the default runs in process. */
  archives?: ArchiveJobs;
  /** Writes exports; the app passes workers with time and memory limits, the default runs in process. */
  exports?: ExportJobs;
  /** Reads REFI-QDA files to import; the app passes workers with time and memory limits, the default runs in process. */
  refi?: RefiJobs;
  /** Who the user is, as exports name their author. */
  userName?: string;
  /** Starts the search worker and answers its client (again after a worker stopped); without it the notebook works but cannot search. */
  search?: () => SearchClient;
  /** How long one query may run before its worker is stopped and started again. */
  searchTimeLimitMs?: number;
  /** Starts the analysis worker; without it the analyses run on main's thread (tests, tools). */
  analysisWorker?: () => WorkerHandle;
  /** Starts the shared-text worker; without it the comparison runs on main's thread (tests, tools). */
  sharedTextWorker?: () => WorkerHandle;
  /** Starts the quote finder's worker; without it quotations are found on main's thread (tests, tools). */
  quoteWorker?: () => WorkerHandle;
  /** Starts the entities worker; without it documents are read for names on main's thread (tests, tools). */
  entitiesWorker?: () => WorkerHandle;
  now?: () => Date;
  newId?: () => string;
}

/** Opens the notebook in `dataDir`, creating it with the sample article on first run. */
export async function openNotebook(options: NotebookOptions): Promise<Notebook> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const dir = options.dataDir;
  await mkdir(dir, { recursive: true });
  // Before anything is read or written: a notebook another Scholia has open is left alone.
  const lock = await lockFolder(dir, { now });
  // What was started before the open failed, to stop again.
  const started: (() => Promise<void>)[] = [];
  try {
    return await openLocked(options, dir, now, newId, lock, started);
  } catch (error) {
    for (const stop of started) await stop().catch(() => undefined);
    await lock.release();
    throw error;
  }
}

async function openLocked(options: NotebookOptions, dir: string, now: () => Date, newId: () => string, lock: FolderLock, started: (() => Promise<void>)[]): Promise<Notebook> {
  const feed = new ChangeFeed();
  const notices = new Notices({ feed, now, newId });
  // Every write passes the gate: a full or read-only disk, or a folder deleted meanwhile, is told once and refused.
  const gate = await WriteGate.open(dir, (problem, message) => {
    if (problem) notices.notify('error', message!);
    else notices.notify('info', 'Scholia can save changes again.');
  });
  const tolerate = (error: unknown) => gate.tolerate(error);
  for (const folder of [dir, join(dir, 'bodies'), join(dir, 'passages')]) await removeStaleTempFiles(folder).catch(tolerate);
  const backups = new Backups(dir, now, options.archives);
  await backups.clearStaging().catch(tolerate);
  const resumedRestore = await backups.finishInterruptedRestore();
  // What a crash during a backup or an export left behind.
  await backups.clearIncomplete().catch(tolerate);
  const cutShortExport = await backups.clearInterruptedExport().catch((error: unknown) => (tolerate(error), null));
  const exportMarks = new ExportMarks(dir);
  const cutShortExports = await exportMarks.clearInterrupted().catch((error: unknown) => (tolerate(error), [] as string[]));
  const upgradedFrom = await backUpBeforeUpgrade(dir, backups);
  const indexFile = join(dir, 'search-index.bin');
  const searchStart = options.search ? preloadSearch(options.search, indexFile) : null;
  if (searchStart) started.push(searchStart.abandon);
  const open = <T extends object>(name: string, schema: z.ZodType<T>) =>
    openRecoverableFile(join(dir, name), schema, now, () => backups.verifiedCopyOf(name), tolerate);
  const libraryFile = await open('library.json', LibraryFileSchema);
  // Deleted documents wait in the trash only for as long as an undo can reach them: this session.
  await DocumentRemoval.clearTrash(dir, new Set(libraryFile.data?.documents.map((d) => d.id))).catch(tolerate);
  const sessionFile = await open('session.json', SessionFileSchema);
  const codebookFile = await open('codebook.json', CodebookFileSchema);
  const attributesFile = await open('attributes.json', AttributesFileSchema);
  const memosFile = await open('memos.json', MemosFileSchema);

  const files = {
    // Library changes replace a changed document by a copy (see Library), so only the list is copied.
    library: transactional(libraryFile.adapter, libraryFile.data ?? emptyLibrary(), gate, (data) => ({ ...data, documents: [...data.documents] })),
    session: transactional(sessionFile.adapter, sessionFile.data ?? emptySession(), gate),
    codebook: transactional(codebookFile.adapter, codebookFile.data ?? emptyCodebook(), gate),
    attributes: transactional(attributesFile.adapter, attributesFile.data ?? { schemaVersion: SCHEMA_VERSION, attributes: [] }, gate),
    memos: transactional(memosFile.adapter, memosFile.data ?? { schemaVersion: SCHEMA_VERSION, memos: [] }, gate),
  };
  const bodies = await BodyStore.open(join(dir, 'bodies'), gate);
  const passageStore = await PassageStore.open(join(dir, 'passages'), {
    onDamaged: (damage) => notices.notify('warning', describePassageDamage(damage)),
    fromBackups: (documentId) => backups.verifiedCopyOf(`passages/${documentId}.json`),
    now,
    guard: gate,
  });
  const codebook = new Codebook(files.codebook, now, newId);
  const tagExists = (id: string) => codebook.has(id);
  const resolveTags = (ids: readonly string[]) => codebook.resolve(ids);
  const library = new Library({ file: files.library, bodies, feed, resolveTags, tagExists, now, newId });
  const passages = new Passages({
    store: passageStore,
    feed,
    textOf: async (documentId) => (await library.body(documentId)).text,
    resolveTags,
    tagExists,
    now,
    newId,
  });
  const history = new UndoHistory(feed);
  const imports = new DocumentImports({ library, passages, feed, importer: options.importer ?? importArticles });
  const versions = new DocumentVersions({ dataDir: dir, library, bodies, passages, feed, now });
  // A change of version cut short is undone before anything reads the document.
  await versions.rollBackInterrupted().catch(tolerate);
  let search: SearchService = NO_SEARCH;
  const safekeeping = new Safekeeping({
    backups,
    feed,
    guard: gate,
    now,
    // Changes under way finish first; later ones are refused, and search saves nothing stale.
    stopWriting: async () => {
      await Promise.all([...Object.values(files).map((file) => file.seal()), passageStore.seal(), quoteReview.seal()]);
      await search.close();
      search = NO_SEARCH;
    },
    onRestored: options.onRestored ?? (() => undefined),
  });

  for (const recovery of [libraryFile.recovery, sessionFile.recovery, codebookFile.recovery, attributesFile.recovery, memosFile.recovery]) {
    if (recovery) notices.notify('warning', describeRecovery(recovery));
  }
  if (cutShortExport) {
    notices.notify('warning', `Exporting the notebook to “${cutShortExport}” was cut short when Scholia stopped; the unfinished file was removed. Export it again from the Backups view.`);
  }
  for (const name of cutShortExports) {
    notices.notify('warning', `Exporting “${name}” was cut short when Scholia stopped; the unfinished file was removed. Export it again with Export….`);
  }
  if (resumedRestore) notices.notify(resumedRestore.outcome === 'failed' ? 'error' : 'warning', describeInterruptedRestore(resumedRestore));
  if (upgradedFrom !== null) {
    // The small files are rewritten in the new format now; passages and bodies are as they next change.
    for (const file of Object.values(files)) await (file as TransactionalFile<unknown>).update(() => undefined);
    notices.notify('info', `Scholia upgraded this notebook from format ${upgradedFrom} to format ${SCHEMA_VERSION}, after backing it up.`);
  }
  const isNew = libraryFile.data === null && libraryFile.recovery === null;
  if (isNew || (libraryFile.recovery?.restoredFrom === 'nothing' && library.all().length === 0)) {
    await imports.text(options.sample.bytes, options.sample.fileName, 'sample');
  }
  if (searchStart) {
    const live = new NotebookSearch(searchStart.connect, {
      indexFile,
      documents: () => library.all(),
      summaries: (ids) => library.summaries(ids),
      body: (id) => library.body(id),
      passages: () => passages.all(),
      memos: () => files.memos.data.memos,
      passagesUnder: (tagIds) => passages.withAnyTag(tagIds.filter(tagExists).flatMap((id) => [...codebook.subtree(id)])),
      tagPath: (id) => codebook.paths().get(id),
      notify: (level, message) => void notices.notify(level, message),
    }, options.searchTimeLimitMs);
    live.follow(feed);
    void live.start();
    search = live;
  }
  const tags = new TagService({ codebook, passages, library, feed });
  const attributes = new Attributes({ file: files.attributes, library, feed, now, newId });
  const memos = new Memos({
    file: files.memos,
    feed,
    exists: (about) => (about.kind === 'project' ? true : about.kind === 'document' ? library.has(about.id) : codebook.has(about.id)),
    now,
    newId,
  });
  // Indexing every passage, and checking them, takes a while in a large notebook; reading need not wait for it.
  const checked = checkIntegrity({ library, passages, passageStore, codebook, bodies, notices, feed })
    .then(() => safekeeping.dailyBackup())
    .catch((error: unknown) => {
      gate.failed(error);
      // A disk problem has been told already, in its own words.
      if (gate.current === null) notices.notify('error', `Scholia could not check the notebook: ${String(error)}`);
    });
  const queries = new LibraryQueries({ library, passages, subtree: (id) => codebook.subtree(id), attribute: (id) => attributes.get(id), feed });
  const jobs = new JobProgressFeed();
  const exporter = new Exports({
    sources: {
      documents: () => library.all(),
      matching: (query) => queries.ids(query, 0, Number.MAX_SAFE_INTEGER),
      body: (id) => library.body(id),
      passagesOf: (id) => passages.ofDocument(id),
      passagesWithAnyTag: (ids) => passages.withAnyTag(ids),
      tags: () => codebook.list(),
      tagPaths: () => codebook.paths(),
      subtree: (id) => codebook.subtree(id),
      attributes: () => attributes.list(),
      memos: () => memos.list(),
      user: projectUser(options.userName ?? ''),
      now,
    },
    jobs: options.exports ?? inProcessExportJobs(EXPORT_WRITERS),
    marks: exportMarks,
    progress: (progress) => jobs.publish(progress),
  });
  const removal = new DocumentRemoval({ dataDir: dir, library, passages, bodies, feed, now });
  const projectImport = new ProjectImport({
    feed,
    read: (path) => (options.refi ?? inProcessRefiJobs).read(path),
    tagPaths: () => codebook.paths(),
    createTag: (input) => tags.create(input),
    attributes: () => attributes.list(),
    defineAttribute: (input) => attributes.define(input),
    setAttribute: (ids, id, value) => attributes.set(ids, id, value),
    addDocument: (article, fileName) => library.add(article, { kind: 'file', fileName }),
    setDocumentTags: (id, addTagIds) => library.setTags(id, { addTagIds }),
    deleteDocuments: (ids) => removal.delete(ids),
    passagesOf: (id) => passages.ofDocument(id),
    createPassage: (input) => passages.create(input),
    memos: () => memos.list(),
    createMemo: (input) => memos.create(input),
    updateMemo: (id, changes) => memos.update(id, changes),
  });
  const startAnalysis = options.analysisWorker ?? (() => localWorkerHandle((port) => serveWorker(ANALYSIS_METHODS, port, createAnalysisApi(), ANALYSIS_WORKER)));
  const analysis = new Analysis({
    feed,
    documents: () => library.all(),
    allPassages: () => passages.all(),
    passagesOf: (id) => passages.ofDocument(id),
    blocksOf: async (id) => (await library.body(id)).blocks,
    tags: () => {
      const paths = codebook.paths();
      return codebook.list().map((tag) => ({ id: tag.id, parentId: tag.parentId, path: paths.get(tag.id) ?? tag.name }));
    },
    matching: filterIds((query, offset, limit) => queries.ids(query, offset, limit)),
    attributeExists: (id) => attributes.list().some((attribute) => attribute.id === id),
    connect: () => connectWorker<AnalysisApi>(ANALYSIS_METHODS, startAnalysis(), ANALYSIS_WORKER),
  });
  const startShared = options.sharedTextWorker ?? (() => localWorkerHandle((port) => serveWorker(SHARED_METHODS, port, createSharedApi(), SHARED_WORKER)));
  const sharedText = new SharedText({
    feed,
    documents: () => library.all(),
    body: (id) => library.body(id),
    cacheFile: join(dir, 'shared-text.bin'),
    connect: () => connectWorker<SharedApi>(SHARED_METHODS, startShared(), SHARED_WORKER),
  });
  // In the background: the reader shows markers once the comparison is done, and is told when.
  void sharedText.start().catch((error: unknown) => console.error('[scholia] shared text could not be compared:', error));
  const passageBatch = new PassageBatch({ feed, passages, tags, textOf: async (documentId) => (await library.body(documentId)).text });
  // The files opened from here on tell their own recovery; the five above are told together once the notebook stands.
  const openTelling = async <T extends object>(name: string, schema: z.ZodType<T>) => {
    const opened = await open(name, schema);
    if (opened.recovery) notices.notify('warning', describeRecovery(opened.recovery));
    return opened;
  };
  const quoteReview = await openQuoteReview({ open: openTelling, guard: gate, feed, library, passages, passageBatch, now, worker: options.quoteWorker });
  const entities = await openEntities({ dir, feed, library, guard: gate, open: openTelling, worker: options.entitiesWorker });
  const services = {
    feed,
    sharedText,
    entities,
    jobs,
    exports: exporter,
    projectImport,
    library,
    queries,
    analysis,
    details: new DocumentDetails({ library, feed }),
    attributes,
    memos,
    versions,
    removal,
    reading: new Reading({ file: files.session, library, feed }),
    viewSettings: new ViewSettingsService({ file: files.session, feed }),
    imports,
    tags,
    passages,
    passageBatch,
    quoteReview,
    history,
    safekeeping,
    notices,
  };
  return new Notebook(
    {
      ...services,
      // Search is reached through the notebook at call time: a restore swaps it for the stand-in.
      get search() {
        return search;
      },
    },
    checked,
    () => lock.release(),
  );
}

function transactional<T>(adapter: Low<T>['adapter'], data: T, guard: WriteGuard, copy?: (data: T) => T): TransactionalFile<T> {
  const db = new Low(adapter, data);
  db.data = data;
  return new TransactionalFile(db, guard, copy);
}

const emptyLibrary = (): LibraryFile => ({ schemaVersion: SCHEMA_VERSION, documents: [] });
const emptySession = (): SessionFile => ({ schemaVersion: SCHEMA_VERSION, lastDocumentId: null, positions: {} });
const emptyCodebook = (): CodebookFile => ({ schemaVersion: SCHEMA_VERSION, tags: [] });
