/**
 * Shared-text detection on main: keeps the worker's index in step with the
 * library and answers the reader. At start the cache is loaded and only the
 * documents it does not hold (or holds in another version) are sent, in
 * chunks, yielding between them; then the change feed is followed, a
 * document added, changed or removed being sent or taken out on its own.
 * Main only reads bodies and passes texts along, so its event loop is never
 * held for long; whoever listens is told which documents' results changed.
 */
import type { Block, DocumentSummary } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import { SHARED_CLUSTER_LIMIT, SHARED_CLUSTER_MEMBERS, SHARED_LINK_LIMIT, type SharedCluster, type SharedOverview, type SharedCopy, type SharedCopyText, type SharedForDocument, type SharedTextChanged } from '../../shared/shared-text';
import type { ChangeFeed, Commit } from '../changes/change-feed';
import type { WorkerClient, WorkerReply } from '../workers/worker-channel';
import { clusterDates, clusterOutlets } from './cluster-summary';
import { withTexts } from './copy-texts';
import { nextTurn } from '../pacing/next-turn';
import { inTurns, MESSAGE_CHARS, packets } from './paced-chunks';
import type { Affected, CopyLink } from './shared-index';
import type { ParagraphTexts, SharedApi } from './shared-protocol';

interface Collaborators {
  feed: ChangeFeed;
  documents: () => readonly DocumentSummary[];
  body: (id: string) => Promise<{ text: string; blocks: readonly Block[] }>;
  /** The cache file beside the notebook. */
  cacheFile: string;
  connect: () => WorkerClient<SharedApi>;
  /** How long after a large comparison the cache is written (it is always written on close). */
  saveDelayMs?: number;
}

/** Blocks that can be reprinted text; titles, bylines and captions are not compared. */
const COMPARED_KINDS = new Set<Block['kind']>(['paragraph', 'quote', 'standfirst', 'list-item']);
/** Documents whose bodies are read at once; they are then sent in messages of bounded size. */
const CHUNK = 25;
const CALL_TIME_LIMIT_MS = 60_000;
/** Copies of each cluster its outlets and dates are counted over. */
const CLUSTER_SURVEY = 500;
const EXCERPT_CHARS = 160;
/** Documents compared since the cache was written that make writing it again worth it before close. */
const WORTH_SAVING = 100;

export class SharedText {
  private client: WorkerClient<SharedApi> | null = null;
  private started: Promise<void> | null = null;
  private ready = false;
  private readonly dirty = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(change: SharedTextChanged) => void>();
  private closed = false;
  private unsaved = 0;

  constructor(private readonly deps: Collaborators) {
    deps.feed.subscribe((commit) => this.follow(commit));
  }

  /** Calls `listener` when some documents' shared text changed; returns a function that stops. */
  onChange(listener: (change: SharedTextChanged) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Loads the cache and compares what it lacks; resolves once every document is in. */
  start(): Promise<void> {
    // A comparison cut short by closing the notebook has not failed: the next start takes it up from the cache.
    this.started ??= this.step(() => this.catchUp()).catch((error: unknown) => {
      if (!this.closed) throw error;
    });
    return this.started;
  }

  /** Resolves once every change committed so far is in the index. */
  async settled(): Promise<void> {
    await this.start();
    await this.step(() => this.sendDirty());
  }

  async forDocument(id: string): Promise<SharedForDocument> {
    if (!this.deps.documents().some((document) => document.id === id)) throw new ScholiaFailure('not-found', 'That document is not in the notebook.');
    const found = await this.ask((client) => client.call('forDocument', [id, SHARED_LINK_LIMIT], { timeoutMs: CALL_TIME_LIMIT_MS }));
    // Only the linked documents are looked up: a map of the whole library for each paragraph marked would cost main more than the answer.
    const summaries = this.byId(new Set(found.flatMap((block) => block.links.map((link) => link.documentId))));
    return {
      ready: this.ready,
      blocks: found.map(({ block, documents, links }) => ({
        blockIndex: block,
        documents,
        copies: described(links, summaries),
      })),
    };
  }

  /** One paragraph, then every copy of it (up to `limit`), each with its text, for coding them all at once. */
  async copies(documentId: string, blockIndex: number, limit: number): Promise<SharedCopyText[]> {
    const summaries = this.byId();
    const summary = summaries.get(documentId);
    if (!summary) throw new ScholiaFailure('not-found', 'That document is not in the notebook.');
    const block = (await this.deps.body(documentId)).blocks[blockIndex];
    if (!block || !COMPARED_KINDS.has(block.kind)) throw new ScholiaFailure('not-found', 'That document has no such paragraph.');
    const links = await this.ask((client) => client.call('copies', [documentId, blockIndex, limit], { timeoutMs: CALL_TIME_LIMIT_MS }));
    const own: CopyLink = { documentId, block: blockIndex, start: block.start, end: block.end, similarity: 1 };
    return withTexts(described([own, ...links], summaries), this.deps.body);
  }

  async clusters(): Promise<SharedOverview> {
    const summaries = this.byId();
    const found = await this.ask((client) => client.call('clusters', [SHARED_CLUSTER_LIMIT, CLUSTER_SURVEY], { timeoutMs: CALL_TIME_LIMIT_MS }));
    const clusters: SharedCluster[] = [];
    for (const cluster of found) {
      const members = cluster.members.flatMap((member) => {
        const summary = summaries.get(member.documentId);
        return summary ? [{ documentId: member.documentId, title: summary.title, outlet: summary.source, publishedAt: summary.publishedAt, blockIndex: member.block }] : [];
      });
      if (members.length === 0) continue;
      const excerpt = await this.excerpt(members[0]!.documentId, members[0]!.blockIndex);
      clusters.push({ documents: cluster.documents, paragraphs: cluster.paragraphs, excerpt, outlets: clusterOutlets(members), ...clusterDates(members), members: members.slice(0, SHARED_CLUSTER_MEMBERS) });
    }
    return { ready: this.ready, clusters };
  }

  /** Writes the cache and stops the worker. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    const client = this.client;
    if (client && this.ready && this.unsaved > 0) await this.step(() => client.call('save', [this.deps.cacheFile])).catch(() => undefined);
    this.client = null;
    await client?.close();
  }

  private follow(commit: Commit): void {
    let marked = false;
    for (const change of commit.changes) {
      if (change.scope !== 'documents' || change.kind === 'updated') continue;
      for (const document of change.documents) this.dirty.add(document.id);
      marked ||= change.documents.length > 0;
    }
    if (marked && this.started && !this.closed) void this.step(() => this.sendDirty()).catch((error: unknown) => console.error('[scholia] shared text could not follow a change:', error));
  }

  /**
   * Asks the worker at once, not after the comparison in progress: the worker
   * answers between two messages of documents, so the reader and the overview
   * show what is found so far (with `ready` false) instead of waiting for all.
   */
  private async ask<T>(question: (client: WorkerClient<SharedApi>) => Promise<WorkerReply<T>>): Promise<T> {
    void this.start();
    return expect(await question(this.worker()));
  }

  private step<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private worker(): WorkerClient<SharedApi> {
    if (this.client?.alive) return this.client;
    const client = this.deps.connect();
    client.onStop(() => {
      if (this.client !== client || this.closed) return;
      // A worker that died took its index along: the next question rebuilds it, from the cache.
      this.client = null;
      this.ready = false;
      this.started = null;
    });
    this.client = client;
    return client;
  }

  private async catchUp(): Promise<void> {
    // Closed before its turn came: no worker is started for a notebook already closed.
    if (this.closed) return;
    const client = this.worker();
    const cached = (await expect(client.call('load', [this.deps.cacheFile]))) ?? {};
    const present = this.byId();
    const gone = Object.keys(cached).filter((id) => !present.has(id));
    if (gone.length > 0) await expect(client.call('remove', [gone]));
    const stale = [...present.values()].filter((document) => cached[document.id] !== document.contentHash).map((document) => document.id);
    await this.sendAll(client, stale, present);
    this.ready = true;
    this.tell('all');
    this.noteUnsaved(stale.length + gone.length);
  }

  private async sendDirty(): Promise<void> {
    if (this.dirty.size === 0 || !this.ready) return;
    const client = this.worker();
    const ids = [...this.dirty];
    this.dirty.clear();
    const present = this.byId();
    const affected: Affected[] = [];
    const gone = ids.filter((id) => !present.has(id));
    if (gone.length > 0) affected.push(await expect(client.call('remove', [gone])));
    affected.push(...(await this.sendAll(client, ids.filter((id) => present.has(id)), present)));
    this.tell(affected.includes('all') ? 'all' : [...new Set((affected as string[][]).flat())]);
    this.noteUnsaved(ids.length);
  }

  /** Reads and sends documents a chunk at a time, each chunk in messages of bounded size, main taking a turn between them. */
  private async sendAll(client: WorkerClient<SharedApi>, ids: readonly string[], present: ReadonlyMap<string, DocumentSummary>): Promise<Affected[]> {
    const affected: Affected[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      if (this.closed) break;
      const read = await Promise.all(ids.slice(i, i + CHUNK).map((id) => this.paragraphTexts(present.get(id))));
      const documents = read.flatMap((document) => document ?? []);
      const messages = packets(documents, textLength, MESSAGE_CHARS);
      affected.push(...(await inTurns(messages, (message) => expect(client.call('put', [message], { timeoutMs: CALL_TIME_LIMIT_MS })))));
      await nextTurn();
    }
    return affected;
  }

  private async paragraphTexts(summary: DocumentSummary | undefined): Promise<ParagraphTexts | null> {
    // A document removed meanwhile, or whose body cannot be read, is left out; the integrity check tells of the latter.
    const body = summary ? await this.deps.body(summary.id).catch(() => null) : null;
    if (!summary || !body) return null;
    const id = summary.id;
    const paragraphs = body.blocks.flatMap((block, index) => (COMPARED_KINDS.has(block.kind) ? [{ block: index, start: block.start, end: block.end, text: body.text.slice(block.start, block.end) }] : []));
    return { id, contentHash: summary.contentHash, paragraphs };
  }

  private async excerpt(documentId: string, blockIndex: number): Promise<string> {
    const body = await this.deps.body(documentId).catch(() => null);
    const block = body?.blocks[blockIndex];
    if (!body || !block) return '';
    const text = body.text.slice(block.start, Math.min(block.end, block.start + EXCERPT_CHARS + 40)).replace(/\s+/g, ' ').trim();
    return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…` : text;
  }

  /** A few documents are quickly compared again after a crash; many are written out soon, not only on close. */
  private noteUnsaved(documents: number): void {
    this.unsaved += documents;
    if (this.closed || this.unsaved < WORTH_SAVING || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      const client = this.client;
      if (!client) return;
      this.unsaved = 0;
      void this.step(() => client.call('save', [this.deps.cacheFile])).catch(() => undefined);
    }, this.deps.saveDelayMs ?? 3_000);
    this.saveTimer.unref?.();
  }

  private tell(documentIds: Affected): void {
    if (documentIds !== 'all' && documentIds.length === 0) return;
    for (const listener of this.listeners) listener({ documentIds });
  }

  /** The library's summaries by id: all of them, or those of `only`. */
  private byId(only?: ReadonlySet<string>): Map<string, DocumentSummary> {
    const documents = this.deps.documents();
    return new Map((only ? documents.filter((document) => only.has(document.id)) : documents).map((document) => [document.id, document]));
  }
}

const textLength = (document: ParagraphTexts) => document.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);

function described(links: readonly CopyLink[], summaries: ReadonlyMap<string, DocumentSummary>): SharedCopy[] {
  return links.flatMap((link) => {
    const summary = summaries.get(link.documentId);
    return summary
      ? [{ documentId: link.documentId, title: summary.title, outlet: summary.source, publishedAt: summary.publishedAt, blockIndex: link.block, start: link.start, end: link.end, similarity: link.similarity }]
      : [];
  });
}

async function expect<T>(reply: Promise<WorkerReply<T>> | WorkerReply<T>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`Shared text could not be compared: ${answer.error.message}`);
  return answer.value;
}
