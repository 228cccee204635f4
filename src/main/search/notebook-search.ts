/**
 * Keeps the search index (in its worker) in step with the notebook by
 * following the change feed, and answers queries from it. The index is saved
 * next to the notebook with a fingerprint of what it covers, so a start with
 * an unchanged notebook loads it instead of rebuilding; a missing or stale
 * one is rebuilt in the background, without the user doing anything.
 *
 * A query has a time limit; one that overruns it, or a worker that dies (out
 * of memory, a crash), stops only that worker: a new one is started from the
 * saved index, repaired from the notebook, and the user is told.
 */
import type { DocumentSummary, Passage, SearchResultsView } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { Change, ChangeFeed } from '../changes/change-feed';
import { combineHashes } from './fingerprint';
import { HitViews } from './hit-views';
import { expectedHashes, indexableDocument, indexableMemo, indexablePassage, loadOrRebuild, type IndexSources, type StartedFrom } from './index-sync';
import { QueryRunner } from './query-runner';
import type { SearchClient, SearchError, SearchReply } from './search-client';
import type { OccurrenceList } from '../../shared/concordance';
import type { OccurrenceOptions } from './occurrences';
import { occurrenceViews } from './occurrence-views';

export interface NotebookSearchSources extends IndexSources {
  /** The summaries of these documents that are still in the notebook: what a page of hits needs, not the whole library. */
  summaries: (ids: readonly string[]) => readonly DocumentSummary[];
  /** Passages carrying any tag of the subtrees of these tags, whose paths a codebook change altered. */
  passagesUnder: (tagIds: readonly string[]) => Promise<Passage[]>;
  /** Tells the user something went wrong (or right again) with search. */
  notify: (level: 'warning' | 'error', message: string) => void;
}

/** What the notebook asks of search; without a search worker, a stand-in that says search is unavailable. */
export interface SearchService {
  search(query: string, limit: number): Promise<SearchResultsView>;
  /** Every match in the documents' text, up to the limit (see occurrences.ts). */
  occurrences(query: string, options: OccurrenceOptions): Promise<OccurrenceList>;
  /** Resolves once search is ready, telling whether it loaded the saved index or rebuilt it. */
  ready(): Promise<NotebookSearch['startedFrom']>;
  /** Whether search covers exactly the notebook's documents and passages (false without search). */
  coversNotebook(): Promise<boolean>;
  /** Saves the index and stops the worker. */
  close(): Promise<void>;
}

export const NO_SEARCH: SearchService = {
  search: () => Promise.reject(new ScholiaFailure('internal', 'Search is not available in this window.')),
  occurrences: () => Promise.reject(new ScholiaFailure('internal', 'Search is not available in this window.')),
  ready: async () => 'loading',
  coversNotebook: async () => false,
  close: async () => undefined,
};

/** Document fields the index holds; a change to other fields (tags) needs no reindexing. */
const INDEXED_FIELDS: ReadonlySet<keyof DocumentSummary> = new Set(['title', 'byline', 'contentHash']);
/**
 * Quiet time, with no change and no search, before the index is saved. A
 * save at 100,000 articles holds the worker for seconds, so it waits for a
 * lull; after a crash the start repairs a stale index from the notebook.
 */
export const SAVE_DELAY_MS = 30_000;
/** How long one query may run; the engine answers in milliseconds, so this is a query gone wrong. */
export const QUERY_TIME_LIMIT_MS = 5_000;
/** Restarts in a row, with no query answered between them, before search gives up until Scholia restarts. */
const MAX_RESTARTS = 3;

export class NotebookSearch implements SearchService {
  private client: SearchClient;
  private building: Promise<void> | null = null;
  private indexing = true;
  /** How the index came to be at start: loaded from disk, or rebuilt from the notebook. */
  startedFrom: 'loading' | StartedFrom = 'loading';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Changes are sent in order, so a remove never overtakes the upsert it follows. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly views: HitViews;
  private readonly queries = new QueryRunner<SearchResultsView>();
  private closed = false;
  private restarting: Promise<void> | null = null;
  private restarts = 0;

  constructor(
    private readonly connect: () => SearchClient,
    private readonly sources: NotebookSearchSources,
    private readonly queryTimeLimitMs = QUERY_TIME_LIMIT_MS,
    private readonly saveDelayMs = SAVE_DELAY_MS,
  ) {
    this.views = new HitViews(sources);
    this.client = this.attach(connect());
  }

  /** Loads the saved index if it still matches the notebook, else rebuilds it; runs in the background. */
  start(): Promise<void> {
    this.building ??= loadOrRebuild(this.client, this.sources).then(
      (from) => {
        this.startedFrom = from;
        this.indexing = false;
      },
      (error: unknown) => {
        this.indexing = false;
        if (!this.restarting) this.sources.notify('error', `Search could not index the notebook: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    // Changes made while the index is built go after it: the build works from a copy taken at its start.
    this.queue = this.building;
    return this.building;
  }

  async ready(): Promise<NotebookSearch['startedFrom']> {
    await this.start();
    await this.restarting;
    return this.startedFrom;
  }

  /** Keeps the index in step with every commit; returns a function that stops following. */
  follow(feed: ChangeFeed): () => void {
    return feed.subscribe((commit) => {
      for (const change of commit.changes) this.apply(change);
    });
  }

  private apply(change: Change): void {
    switch (change.scope) {
      case 'documents': {
        if (change.kind === 'removed') {
          this.send(() => this.client.remove(change.documents.map((d) => ({ kind: 'document' as const, id: d.id }))));
          return;
        }
        if (change.kind === 'updated' && change.fields && !change.fields.some((field) => INDEXED_FIELDS.has(field))) return;
        for (const document of change.documents) this.upsertDocument(document);
        return;
      }
      case 'passages':
        if (change.kind === 'removed') this.send(() => this.client.remove(change.passages.map((p) => ({ kind: 'passage' as const, id: p.id }))));
        else this.upsertPassages(change.passages);
        return;
      case 'memos':
        if (change.kind === 'removed') this.send(() => this.client.remove(change.memos.map((m) => ({ kind: 'note' as const, id: m.id }))));
        else this.send(() => this.client.upsert(change.memos.map((m) => ({ kind: 'note' as const, item: indexableMemo(m) }))));
        return;
      case 'tags':
        // A renamed or moved tag changes the paths of the tags under it, and so what their passages are found by.
        if (change.kind === 'updated') this.reindexUnder(change.tags.map((t) => t.id));
        return;
      default:
        return;
    }
  }

  /** Answers a query; one typed over by a newer one before it ran is answered as superseded. */
  search(query: string, limit: number): Promise<SearchResultsView> {
    // Someone is searching: a save due now would hold their next queries.
    if (this.saveTimer !== undefined) this.scheduleSave();
    return this.queries.ask(async () => {
      const reply = await this.client.search(query, { limit, blocksPerDocument: 20 }, this.queryTimeLimitMs);
      if (!reply.ok) throw this.failure(reply.error);
      this.restarts = 0;
      return this.views.view(reply.value, this.indexing || this.restarting !== null);
    });
  }

  /** Not behind the type-ahead runner: a save or a batch to code must not be superseded by the next keystroke. */
  async occurrences(query: string, options: OccurrenceOptions): Promise<OccurrenceList> {
    const reply = await this.client.occurrences(query, options, this.queryTimeLimitMs);
    if (!reply.ok) throw this.failure(reply.error);
    this.restarts = 0;
    return occurrenceViews(reply.value, this.sources.summaries(reply.value.occurrences.map((row) => row.documentId)));
  }

  private failure(error: SearchError): ScholiaFailure {
    if (error.code === 'bad-query') return new ScholiaFailure('invalid-query', error.message);
    if (error.code === 'timeout') {
      return new ScholiaFailure('invalid-query', `That search took longer than ${seconds(this.queryTimeLimitMs)} and was stopped. Try it with fewer wildcards (*) or typos (~).`);
    }
    return new ScholiaFailure('internal', `Search is not available right now: ${error.message}`);
  }

  private upsertDocument(document: DocumentSummary): void {
    this.views.forget(document.id);
    this.send(async () => this.client.upsert([{ kind: 'document', item: indexableDocument(document, await this.sources.body(document.id)) }]));
  }

  private upsertPassages(passages: readonly Passage[]): void {
    if (passages.length === 0) return;
    // Tag paths as they are now, at the commit, not when the worker gets to it.
    const items = passages.map((p) => ({ kind: 'passage' as const, item: indexablePassage(p, this.sources.tagPath) }));
    this.send(() => this.client.upsert(items));
  }

  private reindexUnder(tagIds: readonly string[]): void {
    this.send(async () => {
      const passages = await this.sources.passagesUnder(tagIds);
      if (passages.length === 0) return { ok: true, value: undefined };
      return this.client.upsert(passages.map((p) => ({ kind: 'passage' as const, item: indexablePassage(p, this.sources.tagPath) })));
    });
  }

  /** Saves the index now and stops the worker. */
  async close(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.restarting;
    await this.queue;
    this.closed = true;
    // A search while the close waited may have set the timer again; this save is the last.
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.indexing) await this.client.saveTo(this.sources.indexFile);
    await this.client.close();
  }

  private send(change: () => Promise<SearchReply<void>>): void {
    const failed = (message: string) => {
      // A change sent to a worker that died is caught up by the restart's repair; it is not worth a notice.
      if (!this.restarting && !this.closed) this.sources.notify('error', `Search could not take in a change: ${message}`);
    };
    this.queue = this.queue
      .then(change)
      .then(
        (reply) => {
          if (!reply.ok && reply.error.code !== 'unavailable') failed(reply.error.message);
        },
        (error: unknown) => failed(error instanceof Error ? error.message : String(error)),
      );
    this.scheduleSave();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    if (this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (!this.indexing) void this.queue.then(() => this.client.saveTo(this.sources.indexFile));
    }, this.saveDelayMs);
    this.saveTimer.unref?.();
  }

  private attach(client: SearchClient): SearchClient {
    client.onStop((reason) => {
      if (!this.closed && client === this.client) void this.restart(reason);
    });
    return client;
  }

  /** Starts a new worker from the saved index, repaired from the notebook, after the last one stopped. */
  private restart(reason: string): Promise<void> {
    this.restarting ??= (async () => {
      this.restarts += 1;
      if (this.restarts > MAX_RESTARTS) {
        this.sources.notify('error', `Search stopped again (${reason}) and is off until Scholia is restarted. Reading, tagging and exporting still work.`);
        return;
      }
      this.client = this.attach(this.connect());
      this.building = null;
      this.indexing = true;
      await this.start();
      this.sources.notify('warning', `Search stopped (${reason}) and was started again; it answers as before.`);
    })().finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  /**
   * Whether the index holds exactly the notebook's documents and passages,
   * as they are now: no item missing, none left over, none out of date.
   */
  async coversNotebook(): Promise<boolean> {
    await this.ready();
    await this.queue;
    const passages = (await this.sources.passages()).map((p) => indexablePassage(p, this.sources.tagPath));
    const expected = combineHashes(new Map(Object.entries(expectedHashes(this.sources.documents(), passages, this.sources.memos().map(indexableMemo)))));
    const actual = await this.client.fingerprint();
    return actual.ok && actual.value === expected;
  }
}

const seconds = (ms: number) => (ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} seconds` : `${ms} ms`);
