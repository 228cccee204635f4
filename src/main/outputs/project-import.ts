/**
 * Brings a project read from another tool's file (or Scholia's own) into the
 * open notebook: its codes into the codebook, its attributes, documents,
 * passages and memos. The file has been read and checked whole before this
 * runs; here every step goes through the services that own the data, as one
 * batch, so a step that fails takes back the steps before it and one undo
 * takes back the whole import. A document whose text the notebook holds
 * already is not added again: the project's codings land on it.
 */
import { basename } from 'node:path';
import type { ProjectImportReport } from '../../shared/exports';
import type { Attribute, AttributeValue, DocumentSummary, ImportOutcome, Memo, MemoAbout, Passage, PlacedPassage, Tag } from '../../shared/model';
import type { ChangeFeed, UndoEntry } from '../changes/change-feed';
import type { ParsedArticle } from '../importers/plain-text';
import type { ProjectData, ProjectTag } from './project-data';
import type { RefiImport } from './refi-qda/read-refi-qda';

interface Collaborators {
  feed: ChangeFeed;
  /** Reads and checks a REFI-QDA file the user chose (in a worker, in the app). */
  read: (path: string) => Promise<RefiImport>;
  tagPaths: () => ReadonlyMap<string, string>;
  createTag: (input: { name: string; parentId: string | null; color: string; description: string }) => Promise<Tag>;
  attributes: () => Attribute[];
  defineAttribute: (input: { name: string; type: Attribute['type']; choices: string[] }) => Promise<Attribute>;
  setAttribute: (documentIds: string[], attributeId: string, value: AttributeValue) => Promise<unknown>;
  addDocument: (article: ParsedArticle, fileName: string) => Promise<ImportOutcome>;
  setDocumentTags: (documentId: string, addTagIds: string[]) => Promise<unknown>;
  /** Deletes documents (with their passages), answering as a change the user could undo. */
  deleteDocuments: (ids: string[]) => Promise<unknown>;
  passagesOf: (documentId: string) => Promise<readonly Passage[]>;
  createPassage: (input: { documentId: string; start: number; end: number; tagIds: string[]; note: string }) => Promise<PlacedPassage>;
  memos: () => Memo[];
  createMemo: (input: { about: MemoAbout; title: string; body: string }) => Promise<Memo>;
  updateMemo: (id: string, changes: { body: string }) => Promise<Memo>;
}

/** The separator of tag paths, which a code's own name from another tool must not hold. */
const PATH_SEPARATOR = /\//g;

export class ProjectImport {
  constructor(private readonly deps: Collaborators) {}

  /** Reads the REFI-QDA project or codebook at `path` (a file the user chose), whole, then adds it to the notebook. */
  async importFile(path: string): Promise<ProjectImportReport> {
    const read = await this.deps.read(path);
    return this.apply(read.project, basename(path), read.summary.skipped);
  }

  /** Adds `project` to the notebook; `skipped` is what reading the file left out, to tell the user with the rest. */
  async apply(project: ProjectData, fileName: string, skipped: readonly string[]): Promise<ProjectImportReport> {
    const report: ProjectImportReport = { fileName, documents: 0, matched: 0, passages: 0, tags: 0, attributes: 0, memos: 0, skipped: [...skipped] };
    await this.deps.feed.batch(`import ${fileName}`, null, async () => {
      const tagIds = await this.tags(project.tags, report);
      const attributeIds = await this.attributes(project.attributes, report);
      const documentIds = await this.documents(project, fileName, tagIds, attributeIds, report);
      const passageIds = new Map<string, string>();
      const held = new Map<string, Set<string>>();
      for (const passage of project.passages) {
        const documentId = documentIds.get(passage.documentId);
        if (!documentId || !passage.anchor) continue;
        const input = { documentId, start: passage.anchor.start, end: passage.anchor.end, tagIds: passage.tagIds.flatMap((id) => tagIds.get(id) ?? []), note: passage.note };
        // The same file imported twice codes nothing twice.
        if (!held.has(documentId)) held.set(documentId, new Set((await this.deps.passagesOf(documentId)).map(passageKey)));
        if (held.get(documentId)!.has(passageKey({ position: input, tagIds: input.tagIds, note: input.note }))) continue;
        const created = await this.deps.createPassage(input);
        passageIds.set(passage.id, created.id);
        report.passages += 1;
      }
      const ids = new Map([...tagIds, ...documentIds, ...passageIds]);
      for (const memo of project.memos) await this.memo(memo, ids, report);
    });
    return report;
  }

  /** The project's codes by their id in the file: existing tags of the same path are reused, the others created. */
  private async tags(tags: readonly ProjectTag[], report: ProjectImportReport): Promise<Map<string, string>> {
    const byPath = new Map([...this.deps.tagPaths()].map(([id, path]) => [path, id]));
    const ids = new Map<string, string>();
    const pathOf = new Map<string, string>();
    // Parents come before their children in the project, so a child's parent is always mapped already.
    for (const tag of tags) {
      const name = tag.name.replace(PATH_SEPARATOR, '∕').trim() || 'code';
      const parentPath = tag.parentId ? pathOf.get(tag.parentId) : undefined;
      const path = parentPath ? `${parentPath}/${name}` : name;
      pathOf.set(tag.id, path);
      const existing = byPath.get(path);
      if (existing) {
        ids.set(tag.id, existing);
        continue;
      }
      const parentId = tag.parentId ? (ids.get(tag.parentId) ?? null) : null;
      const created = await this.deps.createTag({ name, parentId, color: tag.color, description: tag.description });
      ids.set(tag.id, created.id);
      byPath.set(path, created.id);
      report.tags += 1;
    }
    return ids;
  }

  /** Attributes by name: one of the same name and type is reused, another of that name gets a distinct one. */
  private async attributes(attributes: readonly Attribute[], report: ProjectImportReport): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const attribute of attributes) {
      const known = this.deps.attributes();
      const same = known.find((a) => a.name === attribute.name && a.type === attribute.type);
      if (same) {
        ids.set(attribute.id, same.id);
        continue;
      }
      const name = known.some((a) => a.name === attribute.name) ? `${attribute.name} (${attribute.type})` : attribute.name;
      const defined = await this.deps.defineAttribute({ name, type: attribute.type, choices: attribute.choices });
      ids.set(attribute.id, defined.id);
      report.attributes += 1;
    }
    return ids;
  }

  private async documents(project: ProjectData, fileName: string, tagIds: Map<string, string>, attributeIds: Map<string, string>, report: ProjectImportReport): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const added: string[] = [];
    for (const document of project.documents) {
      const outcome = await this.deps.addDocument(articleOf(document), fileName);
      const summary: DocumentSummary = outcome.status === 'imported' ? outcome.document : outcome.existing;
      ids.set(document.id, summary.id);
      if (outcome.status === 'imported') added.push(summary.id);
    }
    report.documents = added.length;
    report.matched = project.documents.length - added.length;
    // Before anything is changed on the documents: undone last, the deletion then finds them as they were added.
    if (added.length > 0) this.offerRemoval(added);
    for (const document of project.documents) {
      const id = ids.get(document.id)!;
      const documentTags = document.tags.flatMap((tagId) => tagIds.get(tagId) ?? []);
      if (documentTags.length > 0) await this.deps.setDocumentTags(id, documentTags);
      for (const [attributeId, value] of Object.entries(document.attributes)) {
        const attribute = attributeIds.get(attributeId);
        if (attribute) await this.deps.setAttribute([id], attribute, value);
      }
    }
    return ids;
  }

  /**
   * Adding a document is no change the user undoes on its own (an import is
   * deleted instead), so the batch gets an entry that deletes what was added
   * and, made again, puts it back from that deletion.
   */
  private offerRemoval(ids: string[]): void {
    let deletion: UndoEntry[] = [];
    this.deps.feed.publish([], {
      label: 'add the documents',
      documentId: null,
      revert: async () => {
        deletion = await this.deps.feed.capture(() => this.deps.deleteDocuments(ids));
      },
      redo: async () => {
        for (const entry of [...deletion].reverse()) await entry.revert();
      },
    });
  }

  /** A memo of the project; one about a document or tag that has a memo already is added to it. */
  private async memo(memo: Memo, ids: Map<string, string>, report: ProjectImportReport): Promise<void> {
    const body = relinked(memo.body, ids);
    const about: MemoAbout | null = memo.about.kind === 'project' ? memo.about : ids.has(memo.about.id) ? { kind: memo.about.kind, id: ids.get(memo.about.id)! } : null;
    if (!about) return;
    const existing = about.kind === 'project' ? undefined : this.deps.memos().find((m) => m.about.kind === about.kind && m.about.id === about.id);
    if (existing) {
      if (!existing.body.includes(body)) await this.deps.updateMemo(existing.id, { body: `${existing.body}\n\n${body}` });
    } else await this.deps.createMemo({ about, title: memo.title, body });
    report.memos += 1;
  }
}

function passageKey(passage: { position: { start: number; end: number }; tagIds: readonly string[]; note: string }): string {
  return JSON.stringify([passage.position.start, passage.position.end, [...passage.tagIds].sort(), passage.note]);
}

function articleOf(document: ProjectData['documents'][number]): ParsedArticle {
  return {
    title: document.title,
    byline: document.byline,
    source: document.source === '' ? null : document.source,
    text: document.text,
    blocks: document.blocks,
    wordCount: document.wordCount,
    publishedAt: document.publishedAt,
    url: document.url,
    language: document.language,
  };
}

/** A memo's links to passages, documents and tags of the file, pointed at what they became in the notebook. */
function relinked(body: string, ids: Map<string, string>): string {
  return body.replace(/scholia:\/\/(document|tag|passage)\/([A-Za-z0-9_-]+)(?:\/([A-Za-z0-9_-]+))?/g, (link, kind: string, first: string, second?: string) => {
    const mapped = ids.get(first);
    if (!mapped) return link;
    return second ? `scholia://${kind}/${mapped}/${ids.get(second) ?? second}` : `scholia://${kind}/${mapped}`;
  });
}
