/**
 * Keeps the search index (in its worker) in step with the notebook by
 * following the change feed, and turns the engine's answers into what the
 * renderer shows. The index is saved next to the notebook with a fingerprint
 * of what it covers, so a start with an unchanged notebook loads it instead
 * of rebuilding; a missing or stale one is rebuilt in the background, without
 * the user doing anything.
 */
import type { Block, DocumentSummary, Passage, SearchResultsView, SearchHitView } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { Change, ChangeFeed } from '../changes/change-feed';
import { combineHashes, itemHash, type FingerprintItem } from './fingerprint';
import { itemKey } from './item-keys';
import type { SearchClient, SearchReply } from './search-client';
import type { IndexablePassage, SearchHit } from './types';

export interface NotebookSearchSources {
  indexFile: string;
  documents: () => readonly DocumentSummary[];
  body: (id: string) => Promise<{ text: string; blocks: Block[] }>;
  passages: () => Promise<Passage[]>;
  /** Passages carrying any tag of the subtrees of these tags, whose paths a codebook change altered. */
  passagesUnder: (tagIds: readonly string[]) => Promise<Passage[]>;
  tagPath: (tagId: string) => string | undefined;
  /** Called when indexing fails, to tell the user. */
  onError: (message: string) => void;
}

/** What the notebook asks of search; without a search worker, a stand-in that says search is unavailable. */
export interface SearchService {
  search(query: string, limit: number): Promise<SearchResultsView>;
  /** Resolves once search is ready, telling whether it loaded the saved index or rebuilt it. */
  ready(): Promise<NotebookSearch['startedFrom']>;
  /** Whether search covers exactly the notebook's documents and passages (false without search). */
  coversNotebook(): Promise<boolean>;
  /** Saves the index and stops the worker. */
  close(): Promise<void>;
}

export const NO_SEARCH: SearchService = {
  search: () => Promise.reject(new ScholiaFailure('internal', 'Search is not available in this window.')),
  ready: async () => 'loading',
  coversNotebook: async () => false,
  close: async () => undefined,
};

/** Document fields the index holds; a change to other fields (tags) needs no reindexing. */
const INDEXED_FIELDS: ReadonlySet<keyof DocumentSummary> = new Set(['title', 'byline', 'contentHash']);

/** Documents read and sent to the worker per batch while rebuilding. */
const REBUILD_BATCH = 100;
/** Documents whose block layout is kept for labelling hits (a few hundred bytes each). */
const BLOCK_CACHE_SIZE = 5_000;
/** Quiet time after the last change before the index is saved. */
const SAVE_DELAY_MS = 5_000;

export class NotebookSearch implements SearchService {
  private building: Promise<void> | null = null;
  private indexing = true;
  /** How the index came to be at start: loaded from disk, or rebuilt from the notebook. */
  startedFrom: 'loading' | 'saved index' | 'repaired index' | 'rebuild' = 'loading';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Changes are sent in order, so a remove never overtakes the upsert it follows. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Block layouts of recently found documents, to label hits without reading bodies again. */
  private readonly blockCache = new Map<string, readonly Block[]>();

  constructor(
    private readonly client: SearchClient,
    private readonly sources: NotebookSearchSources,
  ) {}

  /** Loads the saved index if it still matches the notebook, else rebuilds it; runs in the background. */
  start(): Promise<void> {
    this.building ??= this.loadOrRebuild().then(
      () => {
        this.indexing = false;
      },
      (error: unknown) => {
        this.indexing = false;
        this.sources.onError(`Search could not index the notebook: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    // Changes made while the index is built go after it: the build works from a copy taken at its start.
    this.queue = this.building;
    return this.building;
  }

  async ready(): Promise<NotebookSearch['startedFrom']> {
    await this.start();
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
        if (change.kind === 'removed') this.removePassages(change.passages.map((p) => p.id));
        else this.upsertPassages(change.passages);
        return;
      case 'tags':
        // A renamed or moved tag changes the paths of the tags under it, and so what their passages are found by.
        if (change.kind === 'updated') this.reindexUnder(change.tags.map((t) => t.id));
        return;
      default:
        return;
    }
  }

  async search(query: string, limit: number): Promise<SearchResultsView> {
    const reply = await this.client.search(query, { limit, blocksPerDocument: 20 });
    if (!reply.ok) {
      if (reply.error.code === 'bad-query') throw new ScholiaFailure('invalid-query', reply.error.message);
      throw new ScholiaFailure('internal', `Search is not available right now: ${reply.error.message}`);
    }
    const titles = new Map(this.sources.documents().map((d) => [d.id, d.title]));
    const groups = await Promise.all(
      reply.value.groups
        .filter((group) => group.documentId === null || titles.has(group.documentId))
        .map(async (group) => {
          const blocks = group.documentId ? await this.blocksOf(group.documentId) : [];
          return {
            documentId: group.documentId,
            documentTitle: group.documentId ? titles.get(group.documentId)! : 'Notes',
            hits: group.hits.map((hit) => toHitView(hit, blocks)),
          };
        }),
    );
    return { groups, totalItems: reply.value.totalItems, indexing: this.indexing };
  }

  private async blocksOf(documentId: string): Promise<readonly Block[]> {
    let blocks = this.blockCache.get(documentId);
    if (!blocks) {
      blocks = (await this.sources.body(documentId)).blocks;
      if (this.blockCache.size >= BLOCK_CACHE_SIZE) this.blockCache.delete(this.blockCache.keys().next().value!);
      this.blockCache.set(documentId, blocks);
    }
    return blocks;
  }

  private upsertDocument(document: DocumentSummary): void {
    this.blockCache.delete(document.id);
    this.send(async () => this.client.upsert([{ kind: 'document', item: indexableDocument(document, await this.sources.body(document.id)) }]));
  }

  private upsertPassages(passages: readonly Passage[]): void {
    if (passages.length === 0) return;
    // Tag paths as they are now, at the commit, not when the worker gets to it.
    const items = passages.map((p) => ({ kind: 'passage' as const, item: this.indexablePassage(p) }));
    this.send(() => this.client.upsert(items));
  }

  private removePassages(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.send(() => this.client.remove(ids.map((id) => ({ kind: 'passage' as const, id }))));
  }

  private reindexUnder(tagIds: readonly string[]): void {
    this.send(async () => {
      const passages = await this.sources.passagesUnder(tagIds);
      if (passages.length === 0) return { ok: true, value: undefined };
      return this.client.upsert(passages.map((p) => ({ kind: 'passage' as const, item: this.indexablePassage(p) })));
    });
  }

  /** Saves the index now and stops the worker. */
  async close(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.queue;
    if (!this.indexing) await this.client.saveTo(this.sources.indexFile);
    await this.client.close();
  }

  private send(change: () => Promise<SearchReply<void>>): void {
    this.queue = this.queue
      .then(change)
      .then(
        (reply) => {
          if (!reply.ok) this.sources.onError(`Search could not take in a change: ${reply.error.message}`);
        },
        (error: unknown) => this.sources.onError(`Search could not take in a change: ${error instanceof Error ? error.message : String(error)}`),
      );
    this.scheduleSave();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (!this.indexing) void this.queue.then(() => this.client.saveTo(this.sources.indexFile));
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  /**
   * Loads the saved index at once, so search answers while the notebook's
   * passages are still being read; then checks it item by item against the
   * notebook and repairs what differs (a change made after the last save).
   * Without a usable saved index, builds one.
   */
  private async loadOrRebuild(): Promise<void> {
    const loading = this.client.loadFrom(this.sources.indexFile);
    const documents = this.sources.documents();
    const passages = (await this.sources.passages()).map((p) => this.indexablePassage(p));
    const loaded = await loading;
    if (loaded.ok && loaded.value.loaded) {
      const stale = await this.client.reconcile(this.expectedHashes(documents, passages));
      if (!stale.ok) throw new Error(stale.error.message);
      const keys = new Set(stale.value);
      await this.upsertAll(
        documents.filter((d) => keys.has(itemKey('document', d.id))),
        passages.filter((p) => keys.has(itemKey('passage', p.id))),
      );
      this.startedFrom = keys.size === 0 ? 'saved index' : 'repaired index';
      if (keys.size > 0) await this.client.saveTo(this.sources.indexFile);
      return;
    }
    this.startedFrom = 'rebuild';
    await this.upsertAll(documents, passages);
    await this.client.saveTo(this.sources.indexFile);
  }

  /**
   * Whether the index holds exactly the notebook's documents and passages,
   * as they are now: no item missing, none left over, none out of date.
   */
  async coversNotebook(): Promise<boolean> {
    await this.start();
    await this.queue;
    const passages = (await this.sources.passages()).map((p) => this.indexablePassage(p));
    const expected = combineHashes(new Map(Object.entries(this.expectedHashes(this.sources.documents(), passages))));
    const actual = await this.client.fingerprint();
    return actual.ok && actual.value === expected;
  }

  /** The hash each item of the notebook has once indexed, by item key. */
  private expectedHashes(documents: readonly DocumentSummary[], passages: readonly IndexablePassage[]): Record<string, string> {
    const expected: Record<string, string> = {};
    for (const d of documents) {
      const entry: FingerprintItem = { kind: 'document', item: { id: d.id, contentHash: d.contentHash, title: d.title, byline: d.byline } };
      expected[itemKey('document', d.id)] = itemHash(entry);
    }
    for (const item of passages) expected[itemKey('passage', item.id)] = itemHash({ kind: 'passage', item });
    return expected;
  }

  /** Sends documents (read in batches) and passages to the index. */
  private async upsertAll(documents: readonly DocumentSummary[], passages: readonly IndexablePassage[]): Promise<void> {
    for (let i = 0; i < documents.length; i += REBUILD_BATCH) {
      const batch = documents.slice(i, i + REBUILD_BATCH);
      const items = await Promise.all(batch.map(async (d) => ({ kind: 'document' as const, item: indexableDocument(d, await this.sources.body(d.id)) })));
      const reply = await this.client.upsert(items);
      if (!reply.ok) throw new Error(reply.error.message);
    }
    if (passages.length === 0) return;
    const reply = await this.client.upsert(passages.map((item) => ({ kind: 'passage' as const, item })));
    if (!reply.ok) throw new Error(reply.error.message);
  }

  private indexablePassage(passage: Passage): IndexablePassage {
    return {
      id: passage.id,
      documentId: passage.documentId,
      start: passage.position.start,
      end: passage.position.end,
      note: passage.note,
      tags: passage.tagIds.flatMap((id) => this.sources.tagPath(id) ?? []),
    };
  }
}

function indexableDocument(document: DocumentSummary, body: { text: string; blocks: Block[] }) {
  return { id: document.id, title: document.title, byline: document.byline, contentHash: document.contentHash, text: body.text, blocks: body.blocks };
}

function toHitView(hit: SearchHit, blocks: readonly Block[]): SearchHitView {
  // For a passage, the block where its first matched word (or the passage) starts.
  const blockIndex = hit.blockIndex ?? (hit.ranges[0] ? blocks.findIndex((b) => b.end >= hit.ranges[0]!.start) : null);
  const block = blockIndex !== null && blockIndex >= 0 ? blocks[blockIndex] : undefined;
  return {
    kind: hit.kind,
    itemId: hit.itemId,
    blockIndex: block ? blockIndex : null,
    blockKind: block?.kind ?? null,
    blockOrdinal: block ? blocks.slice(0, blockIndex! + 1).filter((b) => b.kind === block.kind).length : null,
    snippet: hit.snippet,
    ranges: hit.ranges,
    tags: hit.tags ?? [],
  };
}
