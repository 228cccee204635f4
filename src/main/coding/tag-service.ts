/**
 * The codebook as the user works with it: tags with their usage, created,
 * renamed, moved, merged and deleted, each change published on the change
 * feed with its undo. A merge or delete reaches the passages and documents
 * that carry the tag, in the same commit.
 */
import type { Tag, TaggedPassage, TagView } from '../../shared/model';
import type { RetagReport } from '../../shared/api';
import { ScholiaFailure } from '../../shared/result';
import { passageChanges, type Change, type ChangeFeed } from '../changes/change-feed';
import type { Library } from '../library/library';
import type { Codebook, TagChanges } from './codebook';
import type { Passages } from './passages';
import { parseTagPath } from './tag-names';
import { tagUsage } from './tag-usage';

interface Collaborators {
  codebook: Codebook;
  passages: Passages;
  library: Library;
  feed: ChangeFeed;
}

export class TagService {
  constructor(private readonly deps: Collaborators) {}

  /** Every tag with its full path and usage, by path. */
  async list(): Promise<TagView[]> {
    const { codebook, passages, library } = this.deps;
    const paths = codebook.paths();
    const usage = tagUsage(codebook.list(), await passages.all(), library.all());
    const views = codebook.list().map((tag) => ({ ...tag, path: paths.get(tag.id) ?? tag.name, ...usage(tag.id) }));
    return views.sort((a, b) => a.path.localeCompare(b.path, undefined, { sensitivity: 'base' }));
  }

  async create(input: { name: string; parentId?: string | null; color?: string; description?: string }): Promise<TagView> {
    const { codebook, feed } = this.deps;
    const { tag, created } = await codebook.ensure(input.name, input);
    if (created.length > 0) {
      const ids = created.map((t) => t.id);
      feed.publish([{ scope: 'tags', kind: 'added', tags: created }], {
        label: `create tag ${this.pathOf(tag.id)}`,
        documentId: null,
        revert: async () => {
          await codebook.restore([], ids);
          feed.publish([{ scope: 'tags', kind: 'removed', tags: created }]);
        },
        redo: async () => {
          await codebook.restore(created);
          feed.publish([{ scope: 'tags', kind: 'added', tags: created }]);
        },
      });
    }
    return this.view(tag.id);
  }

  /**
   * Renames, recolours, describes or moves a tag. A new name with slashes
   * ("themes/humanitarian") is a path: the tag moves under it, creating any
   * missing parent, as a user typing a path would expect.
   */
  async update(id: string, changes: TagChanges): Promise<TagView> {
    const { codebook, feed } = this.deps;
    codebook.get(id);
    let resolved = changes;
    let createdParents: Tag[] = [];
    if (changes.name !== undefined && changes.name.includes('/')) {
      const parts = parseTagPath(changes.name);
      const name = parts.pop()!;
      let parentId: string | null = changes.parentId ?? null;
      if (parts.length > 0) {
        const parent = await codebook.ensure(parts.join('/'), { parentId });
        parentId = parent.tag.id;
        createdParents = parent.created;
      }
      resolved = { ...changes, name, parentId };
    }
    let before: Tag;
    let after: Tag;
    try {
      ({ before, after } = await codebook.change(id, resolved));
    } catch (error) {
      // A refused move leaves no stray parents behind.
      if (createdParents.length > 0) await codebook.restore([], createdParents.map((t) => t.id));
      throw error;
    }
    const createdIds = createdParents.map((t) => t.id);
    feed.publish(
      [
        ...(createdParents.length > 0 ? [{ scope: 'tags' as const, kind: 'added' as const, tags: createdParents }] : []),
        { scope: 'tags', kind: 'updated', tags: [after] },
      ],
      {
        label: `change tag ${before.name}`,
        documentId: null,
        revert: async () => {
          await codebook.restore([before], createdIds);
          feed.publish([
            { scope: 'tags', kind: 'updated', tags: [before] },
            ...(createdParents.length > 0 ? [{ scope: 'tags' as const, kind: 'removed' as const, tags: createdParents }] : []),
          ]);
        },
        redo: async () => {
          await codebook.restore([...createdParents, after]);
          feed.publish([
            ...(createdParents.length > 0 ? [{ scope: 'tags' as const, kind: 'added' as const, tags: createdParents }] : []),
            { scope: 'tags', kind: 'updated', tags: [after] },
          ]);
        },
      },
    );
    return this.view(id);
  }

  /** Moves every use of `sourceId` to `targetId`, then removes the source tag. */
  async merge(sourceId: string, targetId: string): Promise<RetagReport> {
    const { codebook } = this.deps;
    if (sourceId === targetId) throw new ScholiaFailure('invalid-input', 'A tag cannot be merged into itself.');
    const target = codebook.get(targetId);
    const source = codebook.get(sourceId);
    if (codebook.subtree(sourceId).has(target.id)) {
      throw new ScholiaFailure('invalid-input', `"${this.pathOf(targetId)}" is inside "${this.pathOf(sourceId)}"; move it out before merging.`);
    }
    return this.retire(source.id, target.id, `merge ${this.pathOf(sourceId)} into ${this.pathOf(targetId)}`);
  }

  /** Removes a tag: passages and documents keep their other tags; a passage left with none stays as a highlight. */
  async delete(id: string): Promise<RetagReport> {
    this.deps.codebook.get(id);
    return this.retire(id, null, `delete tag ${this.pathOf(id)}`);
  }

  /** Every passage carrying the tag (and, if asked, its children), across all documents. */
  async passagesOf(tagId: string, includeChildren: boolean): Promise<TaggedPassage[]> {
    const { codebook, passages, library } = this.deps;
    const tagIds = includeChildren ? codebook.subtree(tagId) : (codebook.get(tagId), new Set([tagId]));
    const titles = new Map(library.all().map((d) => [d.id, d.title]));
    const found = await passages.withAnyTag(tagIds);
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

  /**
   * Takes a tag out of use everywhere (moving its uses to `targetId` if given),
   * then out of the codebook, as one commit. Redoing it retires the tag again,
   * and the next undo puts back what that second time changed.
   */
  private async retire(sourceId: string, targetId: string | null, label: string): Promise<RetagReport> {
    const { feed } = this.deps;
    const first = await this.retireOnce(sourceId, targetId);
    let revert = first.revert;
    feed.publish(first.changes, {
      label,
      documentId: null,
      revert: () => revert(),
      redo: async () => {
        const again = await this.retireOnce(sourceId, targetId);
        revert = again.revert;
        feed.publish(again.changes);
      },
    });
    return first.report;
  }

  /** Retires the tag and answers what changed and how to put it back; the caller publishes. */
  private async retireOnce(sourceId: string, targetId: string | null): Promise<{ changes: Change[]; report: RetagReport; revert: () => Promise<void> }> {
    const { codebook, passages, library, feed } = this.deps;
    // Changes from now on land on the target; those already written are waited for, then retagged with the rest.
    codebook.beginReplacing(sourceId, targetId);
    let retagged: Awaited<ReturnType<Passages['retag']>>;
    let documents: Awaited<ReturnType<Library['swapTag']>>;
    let removal: Awaited<ReturnType<Codebook['remove']>>;
    try {
      await passages.settle();
      retagged = await passages.retag(sourceId, targetId);
      documents = await library.swapTag(sourceId, targetId);
      removal = await codebook.remove(sourceId);
    } catch (error) {
      codebook.cancelReplacing(sourceId);
      throw error;
    }
    const { removed, movedChildren } = removal;
    const childrenNow = movedChildren.map((child) => codebook.get(child.id));
    const changes: Change[] = [
      ...passageChanges('updated', retagged.after),
      ...(documents.changed.length > 0 ? [{ scope: 'documents' as const, kind: 'updated' as const, documents: documents.changed, fields: ['tags' as const] }] : []),
      { scope: 'tags', kind: 'removed', tags: [removed] },
      ...(childrenNow.length > 0 ? [{ scope: 'tags' as const, kind: 'updated' as const, tags: childrenNow }] : []),
    ];
    const revert = async () => {
      await codebook.restore([removed, ...movedChildren]);
      feed.publish([
        { scope: 'tags', kind: 'added', tags: [removed] },
        ...(movedChildren.length > 0 ? [{ scope: 'tags' as const, kind: 'updated' as const, tags: movedChildren }] : []),
      ]);
      await passages.restore(retagged.before);
      const restored = await documents.restore();
      if (restored.length > 0) feed.publish([{ scope: 'documents', kind: 'updated', documents: restored, fields: ['tags'] }]);
    };
    return { changes, report: { passagesChanged: retagged.before.length, documentsChanged: documents.changed.length }, revert };
  }

  private async view(id: string): Promise<TagView> {
    const view = (await this.list()).find((tag) => tag.id === id);
    if (!view) throw new ScholiaFailure('not-found', 'That tag is not in the codebook.');
    return view;
  }

  private pathOf(tagId: string): string {
    return this.deps.codebook.paths().get(tagId) ?? 'tag';
  }
}
