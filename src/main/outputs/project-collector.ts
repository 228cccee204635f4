/**
 * Gathers what an export takes from the open notebook: the documents of its
 * scope with their current text, their passages placed in that text, and the
 * codebook, attributes and memos that go with them. Documents come a chunk at
 * a time, so ten thousand bodies are never read, placed or sent at once and
 * main's event loop is never held long.
 */
import type { ExportScope } from '../../shared/exports';
import type { LibraryQuery } from '../../shared/library-query';
import type { Attribute, Block, DocumentSummary, Memo, Passage, Tag } from '../../shared/model';
import { anchor } from '../../shared/anchoring/re-anchor';
import type { ProjectDocument, ProjectPassage, ProjectTag, ProjectUser } from './project-data';

/** What the collector reads, as the notebook's services answer it. */
export interface CollectorSources {
  documents: () => readonly DocumentSummary[];
  /** The ids of the documents a library query finds, in its order. */
  matching: (query: LibraryQuery) => Promise<string[]>;
  body: (documentId: string) => Promise<{ text: string; blocks: Block[] }>;
  passagesOf: (documentId: string) => Promise<readonly Passage[]>;
  /** The passages carrying any of these tags. */
  passagesWithAnyTag: (tagIds: Iterable<string>) => Promise<readonly Passage[]>;
  tags: () => readonly Tag[];
  tagPaths: () => ReadonlyMap<string, string>;
  subtree: (tagId: string) => Set<string>;
  attributes: () => Promise<Attribute[]> | Attribute[];
  memos: () => Promise<Memo[]> | Memo[];
  user: ProjectUser;
  now: () => Date;
}

/** Everything of a project but its documents and passages. */
export interface ProjectHeader {
  title: string;
  exportedAt: string;
  user: ProjectUser;
  tags: ProjectTag[];
  attributes: Attribute[];
  memos: Memo[];
}

export interface ProjectChunk {
  documents: ProjectDocument[];
  passages: ProjectPassage[];
}

export interface CollectedProject {
  header: ProjectHeader;
  /** How many documents the chunks will hold. */
  documentCount: number;
  chunks: () => AsyncGenerator<ProjectChunk>;
}

/** Documents per chunk: enough to keep the worker busy, few enough that placing them never stalls main. */
const CHUNK_DOCUMENTS = 100;
/** Bodies read at once: the disk, not one read after another, sets the pace. */
const READ_AHEAD = 16;

export const PROJECT_TITLE = 'Scholia notebook';

/** What `scope` takes from the notebook; `codebookOnly` leaves documents out (a codebook export). */
export async function collectProject(sources: CollectorSources, scope: ExportScope, codebookOnly = false): Promise<CollectedProject> {
  const { ids, tagIds } = codebookOnly ? { ids: [], tagIds: null } : await scopeOf(sources, scope);
  const paths = sources.tagPaths();
  const keptTags = tagIds ? withAncestors(sources.tags(), tagIds) : null;
  const tags = sources
    .tags()
    .filter((tag) => keptTags === null || keptTags.has(tag.id))
    .map((tag) => ({ ...tag, path: paths.get(tag.id) ?? tag.name }));
  const included = new Set(ids);
  const tagSet = new Set(tags.map((tag) => tag.id));
  const memos = (await sources.memos()).filter(
    (memo) => memo.about.kind === 'project' || (memo.about.kind === 'document' ? included.has(memo.about.id) : tagSet.has(memo.about.id)),
  );
  const header: ProjectHeader = {
    title: PROJECT_TITLE,
    exportedAt: sources.now().toISOString(),
    user: sources.user,
    tags: orderParentsFirst(tags),
    attributes: await sources.attributes(),
    memos,
  };
  const byId = new Map(sources.documents().map((document) => [document.id, document]));
  return {
    header,
    documentCount: ids.length,
    chunks: async function* () {
      for (let i = 0; i < ids.length; i += CHUNK_DOCUMENTS) {
        yield await chunkOf(sources, ids.slice(i, i + CHUNK_DOCUMENTS), byId, tagIds);
      }
    },
  };
}

/** The documents of a scope, in the order the export lists them, and the tags it is limited to (null: all). */
async function scopeOf(sources: CollectorSources, scope: ExportScope): Promise<{ ids: string[]; tagIds: Set<string> | null }> {
  switch (scope.kind) {
    case 'all':
      return { ids: sources.documents().map((document) => document.id), tagIds: null };
    case 'filter':
      return { ids: await sources.matching(scope.query), tagIds: null };
    case 'document':
      if (!sources.documents().some((document) => document.id === scope.documentId)) throw new ScopeError('That document is no longer in the notebook.');
      return { ids: [scope.documentId], tagIds: null };
    case 'tag': {
      if (!sources.tags().some((tag) => tag.id === scope.tagId)) throw new ScopeError('That tag is no longer in the codebook.');
      const tagIds = sources.subtree(scope.tagId);
      const withPassages = new Set((await sources.passagesWithAnyTag(tagIds)).map((passage) => passage.documentId));
      const ids = sources
        .documents()
        .filter((document) => withPassages.has(document.id) || document.tags.some((id) => tagIds.has(id)))
        .map((document) => document.id);
      return { ids, tagIds };
    }
  }
}

/** A scope that names what is gone. */
export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
  }
}

async function chunkOf(sources: CollectorSources, ids: readonly string[], byId: Map<string, DocumentSummary>, tagIds: Set<string> | null): Promise<ProjectChunk> {
  const documents: ProjectDocument[] = [];
  const passages: ProjectPassage[] = [];
  for (let i = 0; i < ids.length; i += READ_AHEAD) {
    const read = await Promise.all(
      ids.slice(i, i + READ_AHEAD).map(async (id) => {
        const summary = byId.get(id);
        // Deleted while the export ran: it is simply not in it.
        if (!summary) return null;
        const [body, own] = await Promise.all([sources.body(id), sources.passagesOf(id)]);
        return { summary, body, own };
      }),
    );
    for (const item of read) {
      if (!item) continue;
      const { summary, body, own } = item;
      documents.push({
        ...summary,
        tags: tagIds ? summary.tags.filter((id) => tagIds.has(id)) : summary.tags,
        text: body.text,
        blocks: body.blocks,
      });
      passages.push(...placed(own, body.text, tagIds));
    }
  }
  return { documents, passages };
}

/** A document's passages in reading order, placed in its current text, limited to the scope's tags. */
function placed(own: readonly Passage[], text: string, tagIds: Set<string> | null): ProjectPassage[] {
  const kept = tagIds ? own.filter((passage) => passage.tagIds.some((id) => tagIds.has(id))) : own;
  return kept
    .map((passage) => {
      const found = anchor(text, { position: passage.position, quote: passage.quote });
      return {
        ...passage,
        tagIds: tagIds ? passage.tagIds.filter((id) => tagIds.has(id)) : passage.tagIds,
        anchor: found ? { start: found.start, end: found.end } : null,
      };
    })
    .sort((a, b) => (a.anchor?.start ?? Infinity) - (b.anchor?.start ?? Infinity) || (b.anchor?.end ?? 0) - (a.anchor?.end ?? 0));
}

/** A subtree's tags and their ancestors, so paths and hierarchy stay whole in the file. */
function withAncestors(tags: readonly Tag[], ids: Set<string>): Set<string> {
  const parentOf = new Map(tags.map((tag) => [tag.id, tag.parentId]));
  const kept = new Set<string>();
  for (const id of ids) {
    for (let at: string | null | undefined = id; at && !kept.has(at); at = parentOf.get(at)) kept.add(at);
  }
  return kept;
}

/** Parents before their children, siblings by name: how the codebook lists them. */
function orderParentsFirst(tags: ProjectTag[]): ProjectTag[] {
  return [...tags].sort((a, b) => a.path.localeCompare(b.path));
}
