/**
 * The Analysis service on main: keeps the analysis worker's dataset in step
 * with the notebook and asks it the user's questions. The dataset is built
 * on the first question (documents sent in chunks, yielding between them),
 * then follows the change feed: a commit marks the documents it touched, and
 * before the next question only those are sent again, whole. Main does no
 * counting itself, so a question never stalls its event loop.
 */
import type { AnalysisCell, AnalysisMatrix, AnalysisScope, CellPassages, Cooccurrence, CooccurrenceUnit, Frequencies, MatrixColumns, MatrixSplit } from '../../../shared/analysis';
import type { LibraryFilter } from '../../../shared/library-query';
import { MAX_SELECTION } from '../../../shared/library-query';
import type { Block, DocumentSummary, Passage } from '../../../shared/model';
import { ScholiaFailure } from '../../../shared/result';
import type { ChangeFeed, Commit } from '../../changes/change-feed';
import type { WorkerClient, WorkerReply } from '../../workers/worker-channel';
import type { AnalysisTag } from './analysis-dataset';
import type { AnalysisApi } from './analysis-protocol';
import { analysisDocument, BlockStartCache } from './analysis-records';
import type { WorkerScope } from './analysis-scope';
import { nextTurn } from '../../pacing/next-turn';

interface Collaborators {
  feed: ChangeFeed;
  documents: () => readonly DocumentSummary[];
  /** Every passage, for the first build (the passage index has them in memory). */
  allPassages: () => Promise<Passage[]>;
  passagesOf: (documentId: string) => Promise<Passage[]>;
  blocksOf: (documentId: string) => Promise<readonly Block[]>;
  tags: () => AnalysisTag[];
  /** The ids of the documents the library filter matches. */
  matching: (filter: LibraryFilter) => Promise<string[]>;
  attributeExists: (id: string) => boolean;
  /** Starts the worker (again, after one stopped). */
  connect: () => WorkerClient<AnalysisApi>;
}

/** Documents sent to the worker at once: small enough that copying them never holds main for long. */
const CHUNK = 200;
/** A question the worker has not answered in this time has gone wrong; the worker is stopped and started again. */
const QUESTION_TIME_LIMIT_MS = 60_000;


export class Analysis {
  private client: WorkerClient<AnalysisApi> | null = null;
  private built: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  private tagsChanged = false;
  /** Every step that talks to the worker, one after another, so puts and questions never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly blocks: BlockStartCache;

  constructor(private readonly deps: Collaborators) {
    this.blocks = new BlockStartCache(deps.blocksOf);
    deps.feed.subscribe((commit) => this.follow(commit));
  }

  frequencies(scope: AnalysisScope): Promise<Frequencies> {
    return this.ask(scope, [], (client, resolved) => client.call('frequencies', [resolved], { timeoutMs: QUESTION_TIME_LIMIT_MS }));
  }

  async matrix(input: { scope: AnalysisScope; columns: MatrixColumns; rolled: boolean; tagIds?: string[]; split?: MatrixSplit }): Promise<AnalysisMatrix> {
    const { columns, split, tagIds } = input;
    for (const kind of [columns, ...(split ? [split.by] : [])]) {
      if (kind.kind === 'attribute' && !this.deps.attributeExists(kind.attributeId)) throw new ScholiaFailure('not-found', 'That attribute is not defined in this notebook.');
    }
    return this.ask(input.scope, [...(tagIds ?? []), ...(split ? [split.tagId] : [])], (client, scope) =>
      client.call('matrix', [{ scope, columns, rolled: input.rolled, ...(tagIds ? { tagIds } : {}), ...(split ? { split } : {}) }], { timeoutMs: QUESTION_TIME_LIMIT_MS }),
    );
  }

  cooccurrence(input: { scope: AnalysisScope; unit: CooccurrenceUnit; rolled: boolean; tagIds?: string[] }): Promise<Cooccurrence> {
    return this.ask(input.scope, input.tagIds ?? [], (client, scope) =>
      client.call('cooccurrence', [{ scope, unit: input.unit, rolled: input.rolled, ...(input.tagIds ? { tagIds: input.tagIds } : {}) }], { timeoutMs: QUESTION_TIME_LIMIT_MS }),
    );
  }

  passages(input: { scope: AnalysisScope; cell: AnalysisCell }): Promise<CellPassages> {
    const { cell } = input;
    const named = cell.kind === 'pair' ? [cell.a, cell.b] : [cell.tagId];
    return this.ask(input.scope, named, (client, scope) => client.call('passages', [scope, cell], { timeoutMs: QUESTION_TIME_LIMIT_MS }));
  }

  /** Stops the worker; a later question starts it again. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.built = null;
    await client?.close();
  }

  private follow(commit: Commit): void {
    for (const change of commit.changes) {
      if (change.scope === 'documents') for (const document of change.documents) this.dirty.add(document.id);
      else if (change.scope === 'passages') this.dirty.add(change.documentId);
      else if (change.scope === 'tags') this.tagsChanged = true;
    }
  }

  /** Checks the codes a question names, brings the dataset up to date, then asks. */
  private async ask<T>(scope: AnalysisScope, tagIds: readonly string[], question: (client: WorkerClient<AnalysisApi>, scope: WorkerScope) => Promise<WorkerReply<T>>): Promise<T> {
    const known = new Set(this.deps.tags().map((tag) => tag.id));
    for (const id of [...tagIds, ...(scope.tagId ? [scope.tagId] : [])]) {
      if (!known.has(id)) throw new ScholiaFailure('not-found', 'A code this analysis names is not in the codebook.');
    }
    const resolved = await this.resolve(scope);
    const reply = await this.step(async () => {
      const client = await this.current();
      return question(client, resolved);
    });
    if (!reply.ok) throw new Error(`The analysis could not be made: ${reply.error.message}`);
    return reply.value;
  }

  private step<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async resolve(scope: AnalysisScope): Promise<WorkerScope> {
    const { filter, ...rest } = scope;
    const filtered = filter !== undefined && Object.values(filter).some((value) => value !== undefined);
    return filtered ? { ...rest, documentIds: await this.deps.matching(filter) } : rest;
  }

  /** The worker, with a dataset that holds every change committed so far. */
  private async current(): Promise<WorkerClient<AnalysisApi>> {
    if (!this.client) {
      const client = this.deps.connect();
      client.onStop(() => {
        if (this.client !== client) return;
        this.client = null;
        this.built = null;
      });
      this.client = client;
    }
    const client = this.client;
    this.built ??= this.build(client);
    try {
      await this.built;
    } catch (error) {
      this.built = null;
      throw error;
    }
    if (this.tagsChanged) {
      this.tagsChanged = false;
      await expect(client.call('setTags', [this.deps.tags()]));
    }
    if (this.dirty.size > 0) await this.sendAgain(client);
    return client;
  }

  private async build(client: WorkerClient<AnalysisApi>): Promise<void> {
    // What changes while the build runs is marked again and sent after it.
    this.dirty.clear();
    this.tagsChanged = false;
    await expect(client.call('clear', []));
    await expect(client.call('setTags', [this.deps.tags()]));
    const byDocument = new Map<string, Passage[]>();
    for (const passage of await this.deps.allPassages()) {
      let list = byDocument.get(passage.documentId);
      if (!list) byDocument.set(passage.documentId, (list = []));
      list.push(passage);
    }
    const documents = [...this.deps.documents()];
    this.blocks.keepOnly(new Set(documents.map((document) => document.contentHash)));
    for (let i = 0; i < documents.length; i += CHUNK) {
      const chunk = documents.slice(i, i + CHUNK);
      const records = await Promise.all(chunk.map(async (summary) => analysisDocument(summary, byDocument.get(summary.id) ?? [], await this.blocks.of(summary))));
      await expect(client.call('put', [records]));
      await nextTurn();
    }
  }

  private async sendAgain(client: WorkerClient<AnalysisApi>): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    const present = new Map(this.deps.documents().map((document) => [document.id, document]));
    const gone = ids.filter((id) => !present.has(id));
    if (gone.length > 0) await expect(client.call('remove', [gone]));
    const changed = ids.flatMap((id) => present.get(id) ?? []);
    for (let i = 0; i < changed.length; i += CHUNK) {
      const records = await Promise.all(
        changed.slice(i, i + CHUNK).map(async (summary) => analysisDocument(summary, await this.deps.passagesOf(summary.id), await this.blocks.of(summary))),
      );
      await expect(client.call('put', [records]));
      if (i + CHUNK < changed.length) await nextTurn();
    }
  }
}

async function expect<T>(reply: Promise<WorkerReply<T>>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`The analysis worker could not take the notebook's data: ${answer.error.message}`);
  return answer.value;
}

/** The ids a library filter matches, through the library's own query. */
export const filterIds = (ids: (query: { sort: 'added'; descending: boolean; filter: LibraryFilter }, offset: number, limit: number) => Promise<string[]>) => (filter: LibraryFilter) =>
  ids({ sort: 'added', descending: true, filter }, 0, MAX_SELECTION);
