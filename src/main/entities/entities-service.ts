/**
 * The notebook's entities on main. The mentions of each document are kept
 * by content hash, in memory and in a cache file; documents that are new or
 * changed are read in the worker, in small chunks, in the background, and
 * the change feed brings later ones. The merged list is computed once per
 * change and answered from memory, so the view asks as often as it likes.
 */
import { ENTITY_KINDS, type EntityAliasEdit, type EntityCodingProposal, type EntityKind, type EntityList, type EntityMention, type EntityRow, type EntitySort } from '../../shared/entities';
import type { Block, DocumentSummary } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed, Commit } from '../changes/change-feed';
import type { WorkerClient, WorkerReply } from '../workers/worker-channel';
import type { EntitiesApi } from './entities-protocol';
import type { FoundMention } from './extract-entities';
import type { EntityEditsStore } from './entity-edits';
import { entityKey, mergeEntitiesPaced, type MergedEntity } from './entity-merge';
import { readMentionCache, writeMentionCache, type CachedDocument } from './mention-cache';
import { sentenceAround } from './mention-sentence';
import { blockIndexAt } from '../search/hit-builder';
import { nextTurn } from '../pacing/next-turn';

interface Collaborators {
  feed: ChangeFeed;
  documents: () => readonly DocumentSummary[];
  body: (id: string) => Promise<{ text: string; blocks: readonly Block[] }>;
  cacheFile: string;
  connect: () => WorkerClient<EntitiesApi>;
  edits: EntityEditsStore;
}

export interface ListOptions {
  kind?: EntityKind;
  query?: string;
  sort?: EntitySort;
  descending?: boolean;
  limit: number;
  includeHidden?: boolean;
}

/** Documents read at once: their bodies are copied to the worker, so a chunk stays small. */
const CHUNK = 20;
const CALL_TIME_LIMIT_MS = 60_000;
/** Documents read since the cache was written that make writing it again worth it before close. */
const WORTH_SAVING = 100;
/** How old a list may be while documents are still being read. */
const STALE_WHILE_READING_MS = 5_000;
const FOLDERS: Record<EntityKind, string> = { person: 'people', place: 'places', organisation: 'organisations' };


/** The merged list, with the documents and mention lists it was merged from (kept, so a list a moment old still points right). */
interface Merged {
  entities: MergedEntity[];
  byId: Map<string, MergedEntity>;
  documents: DocumentSummary[];
  mentions: (readonly FoundMention[])[];
}

export class Entities {
  private readonly cache = new Map<string, CachedDocument>();
  private readonly dirty = new Set<string>();
  /** The merged list, with the documents and mention lists it was merged from (kept, so a list a moment old still points right). */
  private merged: Merged | null = null;
  /** The merge under way, and how many times the list went out of date, so a merge begun before an edit is not answered after it. */
  private merging: Promise<Merged> | null = null;
  private generation = 0;
  private client: WorkerClient<EntitiesApi> | null = null;
  private started: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<(pending: number) => void>();
  private closed = false;
  private unsaved = 0;
  private stale = false;
  private mergedAt = 0;

  constructor(private readonly deps: Collaborators) {
    deps.feed.subscribe((commit) => this.follow(commit));
    deps.edits.onChange(() => this.changed(true));
  }

  /** Calls `listener` with the documents still to read whenever the entities changed. */
  onChange(listener: (pending: number) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Loads the cache and reads the documents it lacks; resolves once every document is in. */
  start(): Promise<void> {
    this.started ??= (async () => {
      for (const [id, document] of await readMentionCache(this.deps.cacheFile)) this.cache.set(id, document);
      for (const document of this.deps.documents()) this.dirty.add(document.id);
      for (const id of this.cache.keys()) this.dirty.add(id);
      await this.drain();
    })();
    return this.started;
  }

  /** Resolves once every change committed so far is read. */
  async settled(): Promise<void> {
    await this.start();
    while (this.running || this.dirty.size > 0) await (this.running ?? this.drain());
  }

  get pending(): number {
    return this.dirty.size;
  }

  async list(options: ListOptions): Promise<EntityList> {
    void this.start();
    const query = options.query?.trim().toLowerCase() ?? '';
    const matching = (await this.current()).entities.filter(
      (entity) =>
        (options.includeHidden || !entity.hidden) &&
        (!options.kind || entity.kind === options.kind) &&
        (!query || entity.name.toLowerCase().includes(query) || entity.aliases.some((alias) => alias.toLowerCase().includes(query))),
    );
    const sorted = matching.sort(comparator(options.sort ?? 'mentions', options.descending));
    return { entities: sorted.slice(0, options.limit).map(row), total: matching.length, pending: this.pending };
  }

  async mentions(entityId: string, limit: number): Promise<{ mentions: EntityMention[]; truncated: boolean }> {
    const entity = await this.entity(entityId);
    const { documents, mentions: lists } = await this.current();
    const mentions: EntityMention[] = [];
    const bodies = new Map<number, { text: string; blocks: readonly Block[] } | null>();
    for (let i = 0; i < entity.refs.length && mentions.length < limit; i += 2) {
      const d = entity.refs[i]!;
      const summary = documents[d]!;
      const found = lists[d]![entity.refs[i + 1]!];
      if (!bodies.has(d)) bodies.set(d, await this.deps.body(summary.id).catch(() => null));
      const body = bodies.get(d);
      if (!found || !body || found.end > body.text.length) continue;
      mentions.push({ documentId: summary.id, start: found.start, end: found.end, text: body.text.slice(found.start, found.end), headline: summary.title, blockIndex: Math.max(0, blockIndexAt(body.blocks, found.start)), sentence: sentenceAround(body.text, body.blocks, found.start, found.end) });
    }
    return { mentions, truncated: entity.mentionCount > mentions.length };
  }

  /** The tag an entity would be coded with and its mentions, for the user to review before anything is written. */
  async proposal(entityId: string, limit: number): Promise<EntityCodingProposal> {
    const entity = await this.entity(entityId);
    const { mentions, truncated } = await this.mentions(entityId, limit);
    const tagName = entity.name.replace(/\//g, '-');
    return { entityId, tagPath: `${FOLDERS[entity.kind]}/${tagName}`, label: `code the mentions of ${entity.name}`, mentions, truncated };
  }

  /** Makes one of the user's corrections. */
  async edit(edit: EntityAliasEdit): Promise<void> {
    switch (edit.action) {
      case 'merge':
        return this.merge(edit.entityId, edit.intoId);
      case 'rename':
        return this.rename(edit.entityId, edit.name);
      case 'split':
        return this.split(edit.entityId, edit.alias);
      case 'hide':
        return this.setHidden(edit.entityId, edit.hidden);
    }
  }

  async merge(entityId: string, intoId: string): Promise<void> {
    const from = await this.entity(entityId);
    const into = await this.entity(intoId);
    if (from.kind !== into.kind) throw new ScholiaFailure('invalid-input', `A ${from.kind} cannot be merged with a ${into.kind}.`);
    return this.deps.edits.merge(from.key, into.key, `merge ${from.name} into ${into.name}`);
  }

  async rename(entityId: string, name: string): Promise<void> {
    const entity = await this.entity(entityId);
    return this.deps.edits.rename(entity.key, name, `rename ${entity.name}`);
  }

  /** Splits one written form off an entity: it stands as an entity of its own. */
  async split(entityId: string, alias: string): Promise<void> {
    const entity = await this.entity(entityId);
    if (!entity.aliases.includes(alias)) throw new ScholiaFailure('invalid-input', `“${alias}” is not a name of ${entity.name}.`);
    const formKey = entityKey(entity.kind, alias);
    const edits = this.deps.edits.current;
    const separable = Object.hasOwn(edits.merges, formKey) || (entity.kind === 'person' && !alias.includes(' '));
    if (!separable) throw new ScholiaFailure('invalid-input', `“${alias}” is written for ${entity.name} in the documents themselves; rename it or merge others instead.`);
    return this.deps.edits.split(formKey, `split ${alias} off ${entity.name}`);
  }

  async setHidden(entityId: string, hidden: boolean): Promise<void> {
    const entity = await this.entity(entityId);
    return this.deps.edits.setHidden(entity.key, hidden, `${hidden ? 'hide' : 'show'} ${entity.name}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running?.catch(() => undefined);
    if (this.unsaved > 0) await writeMentionCache(this.deps.cacheFile, this.cache).catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.close();
  }

  private async entity(id: string): Promise<MergedEntity> {
    const entity = (await this.current()).byId.get(id);
    if (!entity) throw new ScholiaFailure('not-found', 'That entity is not in the notebook (any more).');
    return entity;
  }

  private async current(): Promise<Merged> {
    // While documents are still being read, a list a few seconds old is answered rather than merging after every chunk.
    if (this.merged && (!this.stale || (this.dirty.size > 0 && Date.now() - this.mergedAt < STALE_WHILE_READING_MS))) return this.merged;
    this.merging ??= this.remerge().finally(() => (this.merging = null));
    return this.merging;
  }

  /** Merges every cached mention, a few milliseconds at a time, again if the list went out of date meanwhile. */
  private async remerge(): Promise<Merged> {
    for (;;) {
      const generation = this.generation;
      this.stale = false;
      const documents = this.deps.documents().filter((document) => this.cache.get(document.id)?.contentHash === document.contentHash);
      const mentions = documents.map((document) => this.cache.get(document.id)!.mentions);
      const entities = await mergeEntitiesPaced(
        documents.map((document, d) => ({ id: document.id, outlet: document.source, publishedAt: document.publishedAt, mentions: mentions[d]! })),
        this.deps.edits.current,
        nextTurn,
      );
      if (generation !== this.generation && this.merged === null) continue;
      this.merged = { entities, byId: new Map(entities.map((entity) => [entity.id, entity])), documents, mentions };
      this.mergedAt = Date.now();
      return this.merged;
    }
  }

  private follow(commit: Commit): void {
    let touched = false;
    for (const change of commit.changes) {
      if (change.scope !== 'documents') continue;
      touched = true;
      if (change.kind !== 'updated') for (const document of change.documents) this.dirty.add(document.id);
    }
    if (!touched) return;
    this.changed();
    if (this.started && !this.closed) void this.drain();
  }

  /** Reads the dirty documents, a chunk at a time, yielding between chunks; one run at a time. */
  private drain(): Promise<void> {
    this.running ??= (async () => {
      try {
        while (this.dirty.size > 0 && !this.closed) {
          const present = new Map(this.deps.documents().map((document) => [document.id, document]));
          // Documents the cache holds in their current version need no reading: all of them are let go at once.
          for (const id of this.dirty) {
            const summary = present.get(id);
            if (summary && this.cache.get(id)?.contentHash === summary.contentHash) this.dirty.delete(id);
          }
          const ids = [...this.dirty].slice(0, CHUNK);
          for (const id of ids) this.dirty.delete(id);
          const texts: { id: string; hash: string; text: string; blocks: Block[] }[] = [];
          for (const id of ids) {
            const summary = present.get(id);
            if (!summary) {
              if (this.cache.delete(id)) this.unsaved++;
              continue;
            }
            if (this.cache.get(id)?.contentHash === summary.contentHash) continue;
            const body = await this.deps.body(id).catch(() => null);
            if (body) texts.push({ id, hash: summary.contentHash, text: body.text, blocks: [...body.blocks] });
          }
          if (texts.length > 0) {
            const found = await expect(this.worker().call('extract', [texts.map(({ id, text, blocks }) => ({ id, text, blocks }))], { timeoutMs: CALL_TIME_LIMIT_MS }));
            found.forEach((document, i) => this.cache.set(document.id, { contentHash: texts[i]!.hash, mentions: document.mentions }));
            this.unsaved += texts.length;
          }
          this.changed();
          await nextTurn();
        }
      } finally {
        this.running = null;
      }
      // A few documents are quickly read again after a crash; many are written out now, not only on close.
      if (this.unsaved >= WORTH_SAVING && !this.closed) {
        this.unsaved = 0;
        await writeMentionCache(this.deps.cacheFile, this.cache).catch((error: unknown) => console.error('[scholia] the entities cache could not be written:', error));
      }
    })();
    return this.running;
  }

  /** The merged list is out of date; an edit the user made must show at once (`now`), documents read may wait a little. */
  private changed(now = false): void {
    if (now) this.merged = null;
    this.generation++;
    this.stale = true;
    for (const listener of this.listeners) listener(this.pending);
  }

  private worker(): WorkerClient<EntitiesApi> {
    if (this.client?.alive) return this.client;
    this.client = this.deps.connect();
    return this.client;
  }
}

function row(entity: MergedEntity): EntityRow {
  const { id, kind, name, aliases, mentionCount, documents, outlets, first, last, hidden } = entity;
  return { id, kind, name, aliases, mentions: mentionCount, documents, outlets, first, last, hidden };
}

function comparator(sort: EntitySort, descending = sort === 'mentions' || sort === 'documents' || sort === 'outlets' || sort === 'last'): (a: MergedEntity, b: MergedEntity) => number {
  const byName = (a: MergedEntity, b: MergedEntity) => a.name.localeCompare(b.name);
  const key: (a: MergedEntity, b: MergedEntity) => number = {
    name: byName,
    kind: (a: MergedEntity, b: MergedEntity) => ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind),
    mentions: (a: MergedEntity, b: MergedEntity) => a.mentionCount - b.mentionCount,
    documents: (a: MergedEntity, b: MergedEntity) => a.documents - b.documents,
    outlets: (a: MergedEntity, b: MergedEntity) => a.outlets.length - b.outlets.length,
    first: (a: MergedEntity, b: MergedEntity) => (a.first ?? '9999').localeCompare(b.first ?? '9999'),
    last: (a: MergedEntity, b: MergedEntity) => (a.last ?? '').localeCompare(b.last ?? ''),
  }[sort];
  const sign = descending ? -1 : 1;
  return (a, b) => sign * key(a, b) || byName(a, b);
}

async function expect<T>(reply: Promise<WorkerReply<T>>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`Entities could not be found: ${answer.error.message}`);
  return answer.value;
}
