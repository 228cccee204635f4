/**
 * The library: every document's summary in one small file, its text in a file
 * of its own. Adding a document, changing its tags, and the document side of
 * tag merges and deletes go through here; what the user changes directly is
 * published on the change feed with a way to take it back.
 */
import { createHash } from 'node:crypto';
import type { DocumentOrigin, DocumentSummary, ImportOutcome } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import { swapTag } from '../coding/tag-names';
import type { ParsedArticle } from '../importers/plain-text';
import type { BodyStore } from '../store/body-store';
import { CorruptFileError } from '../store/json-file';
import type { BodyFile, LibraryFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';

export const MAX_DOCUMENT_TAGS = 50;

/** Changes to a document's tags; `addTagIds` and `removeTagIds` apply to the tags it has when the change is written. */
export interface DocumentTagChanges {
  tagIds?: string[];
  addTagIds?: string[];
  removeTagIds?: string[];
}

interface Collaborators {
  file: TransactionalFile<LibraryFile>;
  bodies: BodyStore;
  feed: ChangeFeed;
  /** The tags to store for the ids a change names (see Codebook.resolve); throws for unknown ones. */
  resolveTags: (ids: readonly string[]) => string[];
  tagExists: (id: string) => boolean;
  now: () => Date;
  newId: () => string;
}

export class Library {
  /** The documents by id, for the list the file holds now (each write replaces the list). */
  private indexed: { documents: readonly DocumentSummary[]; byId: Map<string, DocumentSummary> } | null = null;

  constructor(private readonly deps: Collaborators) {}

  /** Every document, newest first. */
  list(): DocumentSummary[] {
    return [...this.deps.file.data.documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  }

  /** The documents, in the stored order, for code that reads them all. */
  all(): readonly DocumentSummary[] {
    return this.deps.file.data.documents;
  }

  /** The summaries of the documents with these ids that are still here, in the order asked. */
  summaries(ids: readonly string[]): DocumentSummary[] {
    const byId = this.byId();
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  has(id: string): boolean {
    return this.byId().has(id);
  }

  find(id: string): DocumentSummary {
    const summary = this.byId().get(id);
    if (!summary) throw new ScholiaFailure('not-found', 'That document is not in this notebook.');
    return summary;
  }

  private byId(): Map<string, DocumentSummary> {
    const { documents } = this.deps.file.data;
    if (this.indexed?.documents !== documents) this.indexed = { documents, byId: new Map(documents.map((d) => [d.id, d])) };
    return this.indexed.byId;
  }

  /** A document's text and blocks; a damaged or missing text says so, and what to do. */
  /**
   * Another document that is the same article by its web address or, for a
   * title long enough to be telling, its title: the import may be its new
   * version. The newest such document, if several.
   */
  private sameArticle(imported: DocumentSummary): DocumentSummary | undefined {
    const url = imported.url === null ? null : comparableUrl(imported.url);
    const title = comparableTitle(imported.title);
    const documents = this.deps.file.data.documents;
    for (let i = documents.length - 1; i >= 0; i -= 1) {
      const d = documents[i]!;
      if (d.id === imported.id) continue;
      if ((url !== null && d.url !== null && comparableUrl(d.url) === url) || (title.length >= 16 && comparableTitle(d.title) === title)) return d;
    }
    return undefined;
  }

  /** A document as an importer would have read it: its details and its text. */
  async article(id: string): Promise<ParsedArticle> {
    const { title, byline, source, wordCount, publishedAt, url, language } = this.find(id);
    const { text, blocks } = await this.body(id);
    return { title, byline, source, text, blocks, wordCount, publishedAt, url, language };
  }

  async body(id: string): Promise<BodyFile> {
    const summary = this.find(id);
    return this.deps.bodies.get(id).catch((error: unknown) => {
      if (!(error instanceof CorruptFileError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const why = error instanceof CorruptFileError ? `is damaged (${error.reason})` : 'is missing from the notebook folder';
      throw new ScholiaFailure('internal', `The text of “${summary.title}” ${why}. Restore a backup from the Backups view, or import the article again.`);
    });
  }

  /**
   * Adds a parsed article unless the same text is already here (a duplicate is
   * reported with the document that has it). The text is written before the
   * library lists it, so a crash in between leaves no listed document without text.
   */
  async add(article: ParsedArticle, origin: Pick<DocumentOrigin, 'kind' | 'fileName'>): Promise<ImportOutcome> {
    const contentHash = hashText(article.text);
    const known = this.deps.file.data.documents.find((d) => d.contentHash === contentHash);
    if (known) return { status: 'duplicate', existing: known };
    const id = this.deps.newId();
    const at = this.deps.now().toISOString();
    await this.deps.bodies.put(id, article.text, article.blocks);
    const summary: DocumentSummary = {
      id,
      title: article.title,
      // A file's name is no outlet: with none named, the web address's site stands in, or nothing.
      source: article.source ?? article.siteName ?? siteOf(article.url) ?? '',
      byline: article.byline,
      addedAt: at,
      publishedAt: normalizeDate(article.publishedAt),
      wordCount: article.wordCount,
      contentHash,
      tags: [],
      origin: { kind: origin.kind, fileName: origin.fileName, importedAt: at },
      url: article.url ?? null,
      language: article.language ?? null,
      attributes: {},
      versions: [],
    };
    // Checked again where the library is written: two identical files imported at once add one document.
    const existing = await this.deps.file.update((library) => {
      const twin = library.documents.find((d) => d.contentHash === contentHash);
      if (!twin) library.documents.push(summary);
      return twin;
    });
    if (existing) {
      await this.deps.bodies.remove(id);
      return { status: 'duplicate', existing };
    }
    this.deps.feed.publish([{ scope: 'documents', kind: 'added', documents: [summary] }]);
    const sameArticleAs = this.sameArticle(summary);
    return { status: 'imported', document: summary, ...(sameArticleAs ? { sameArticleAs } : {}) };
  }

  /** Sets a document's tags, or adds and removes some of them (as of the moment the change is written). */
  async setTags(documentId: string, changes: DocumentTagChanges): Promise<DocumentSummary> {
    let before: string[] = [];
    const after = await this.update(documentId, (document) => {
      before = document.tags;
      const removed = new Set(changes.removeTagIds ?? []);
      const unique = [...new Set([...(changes.tagIds ?? document.tags), ...(changes.addTagIds ?? [])])].filter((id) => !removed.has(id));
      if (unique.length > MAX_DOCUMENT_TAGS) throw new ScholiaFailure('invalid-input', `A document can carry at most ${MAX_DOCUMENT_TAGS} tags.`);
      document.tags = this.deps.resolveTags(unique);
    });
    const putTags = async (tags: readonly string[]) => {
      const restored = await this.update(documentId, (document) => (document.tags = tags.filter((id) => this.deps.tagExists(id))));
      this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: [restored], fields: ['tags'] }]);
    };
    this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: [after], fields: ['tags'] }], {
      label: 'change document tags',
      documentId,
      revert: () => putTags(before),
      redo: () => putTags(after.tags),
    });
    return after;
  }

  /** Adds and removes tags on many documents in one write, as one change to undo. */
  async tagMany(ids: readonly string[], changes: { addTagIds?: string[]; removeTagIds?: string[] }): Promise<{ documentsChanged: number }> {
    const wanted = new Set(ids);
    const missing = [...wanted].filter((id) => !this.has(id)).length;
    if (missing > 0) throw new ScholiaFailure('not-found', `${missing === 1 ? 'A document is' : `${missing.toLocaleString()} documents are`} no longer in this notebook.`);
    const add = this.deps.resolveTags(changes.addTagIds ?? []);
    const remove = new Set(changes.removeTagIds ?? []);
    const before = new Map<string, string[]>();
    const changed = await this.rewriteTags((document) => {
      if (!wanted.has(document.id)) return null;
      const tags = [...new Set([...document.tags, ...add])].filter((id) => !remove.has(id));
      if (tags.length === document.tags.length && tags.every((id, i) => id === document.tags[i])) return null;
      if (tags.length > MAX_DOCUMENT_TAGS) throw new ScholiaFailure('invalid-input', `A document can carry at most ${MAX_DOCUMENT_TAGS} tags; “${document.title.slice(0, 60)}” would have ${tags.length}.`);
      before.set(document.id, document.tags);
      return tags;
    });
    const after = new Map(changed.map((document) => [document.id, document.tags]));
    const put = async (tagsOf: Map<string, string[]>) => {
      const restored = await this.rewriteTags((document) => tagsOf.get(document.id)?.filter((id) => this.deps.tagExists(id)) ?? null);
      this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: restored, fields: ['tags'] }]);
    };
    if (changed.length === 0) return { documentsChanged: 0 };
    this.deps.feed.publish([{ scope: 'documents', kind: 'updated', documents: changed, fields: ['tags'] }], {
      label: changed.length === 1 ? 'change document tags' : `change the tags of ${changed.length.toLocaleString()} documents`,
      documentId: changed.length === 1 ? changed[0]!.id : null,
      revert: () => put(before),
      redo: () => put(after),
    });
    return { documentsChanged: changed.length };
  }

  /**
   * Moves every document tagged `sourceId` to `targetId` (a merge), or takes the
   * tag off (a delete). Returns the documents changed and how to put their tags
   * back; the caller publishes, as part of its own commit.
   */
  async swapTag(sourceId: string, targetId: string | null): Promise<{ changed: DocumentSummary[]; restore: () => Promise<DocumentSummary[]> }> {
    // Read from the copy being written, not from what was committed: a tagging still being written is seen too.
    const before = new Map<string, string[]>();
    const changed = await this.rewriteTags((document) => {
      if (!document.tags.includes(sourceId)) return null;
      before.set(document.id, document.tags);
      return swapTag(document.tags, sourceId, targetId);
    });
    return {
      changed,
      restore: () => this.rewriteTags((document) => before.get(document.id)?.filter((id) => this.deps.tagExists(id)) ?? null),
    };
  }

  /** Takes tags the codebook no longer holds off every document (the start-up check); the caller publishes. */
  async stripMissingTags(): Promise<DocumentSummary[]> {
    if (!this.deps.file.data.documents.some((d) => d.tags.some((id) => !this.deps.tagExists(id)))) return [];
    return this.rewriteTags((document) => (document.tags.some((id) => !this.deps.tagExists(id)) ? document.tags.filter((id) => this.deps.tagExists(id)) : null));
  }

  /** Rewrites the tags of the documents `tagsOf` answers for (null: leave it), in one write; returns them as they now are. */
  private async rewriteTags(tagsOf: (document: DocumentSummary) => string[] | null): Promise<DocumentSummary[]> {
    return this.deps.file.update((library) => {
      const changed: DocumentSummary[] = [];
      library.documents = library.documents.map((document) => {
        const tags = tagsOf(document);
        if (tags === null) return document;
        const next = { ...document, tags };
        changed.push({ ...next });
        return next;
      });
      return changed;
    });
  }

  /**
   * Changes one document's record in one write and answers it as it now is;
   * the caller publishes. `change` gets a copy, which takes the record's
   * place: a committed record is never changed in place (the library file
   * copies only its list for a draft).
   */
  async update(id: string, change: (document: DocumentSummary) => void): Promise<DocumentSummary> {
    this.find(id);
    return this.deps.file.update((library) => {
      const index = library.documents.findIndex((d) => d.id === id);
      if (index === -1) throw new ScholiaFailure('not-found', 'That document is not in this notebook.');
      const next = editable(library.documents[index]!);
      change(next);
      library.documents[index] = next;
      return { ...next };
    });
  }

  /** Changes many documents' records in one write (`change` answers whether it changed one) and answers those changed; the caller publishes. */
  async updateMany(change: (document: DocumentSummary) => boolean): Promise<DocumentSummary[]> {
    return this.deps.file.update((library) => {
      const changed: DocumentSummary[] = [];
      library.documents = library.documents.map((document) => {
        const next = editable(document);
        if (!change(next)) return document;
        changed.push({ ...next });
        return next;
      });
      return changed;
    });
  }

  /** Takes documents off the list in one write, answering them as they were; the caller publishes. */
  async removeRecords(ids: readonly string[]): Promise<DocumentSummary[]> {
    const wanted = new Set(ids);
    return this.deps.file.update((library) => {
      const removed = library.documents.filter((d) => wanted.has(d.id));
      if (removed.length !== wanted.size) throw new ScholiaFailure('not-found', 'Some of those documents are no longer in this notebook.');
      library.documents = library.documents.filter((d) => !wanted.has(d.id));
      return removed;
    });
  }

  /** Puts documents back on the list exactly as they were (an undone delete); the caller publishes. */
  async restoreRecords(records: readonly DocumentSummary[]): Promise<void> {
    await this.deps.file.update((library) => {
      const listed = new Set(library.documents.map((d) => d.id));
      for (const record of records) {
        if (!listed.has(record.id)) library.documents.push({ ...record, tags: record.tags.filter((id) => this.deps.tagExists(id)) });
      }
    });
  }
}

/** An ISO date-time for a published date an importer found, or null when it is not a date. */
function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The content hash that identifies a document's text, for finding duplicates and stale indexes. */
export const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

/** An address as it names an article: no scheme, "www.", fragment or trailing slash. */
function comparableUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/#.*$/, '').replace(/\/+$/, '');
}

const comparableTitle = (title: string) => title.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The site of a web address ("reuters.com"), or null when it is none. */
function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A copy of a record that may be changed freely: its own lists and maps, sharing nothing a change could alter. */
function editable(document: DocumentSummary): DocumentSummary {
  return { ...document, tags: [...document.tags], attributes: { ...document.attributes }, versions: [...document.versions], origin: { ...document.origin } };
}
