/**
 * The codebook: every tag with its colour, description and place in the
 * hierarchy, in one small file.
 */
import type { Tag } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { CodebookFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';
import { nextTagColor } from './tag-colors';
import { checkTagName, depthOf, findSibling, MAX_TAG_DEPTH, parseTagPath, subtreeIds, tagPaths } from './tag-names';

export interface TagChanges {
  name?: string;
  color?: string;
  description?: string;
  parentId?: string | null;
}

export const MAX_TAGS = 5000;

export class Codebook {
  /**
   * Tags being merged (into their target) or deleted (null), and those gone
   * this session: a change that names one lands on its target, or drops it,
   * instead of pointing at a tag that is gone.
   */
  private readonly replaced = new Map<string, string | null>();
  private pathsOf: { tags: readonly Tag[]; paths: ReadonlyMap<string, string> } | null = null;

  constructor(
    private readonly file: TransactionalFile<CodebookFile>,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  list(): readonly Tag[] {
    return this.file.data.tags;
  }

  has(id: string): boolean {
    return this.file.data.tags.some((tag) => tag.id === id);
  }

  get(id: string): Tag {
    const tag = this.file.data.tags.find((t) => t.id === id);
    if (!tag) throw new ScholiaFailure('not-found', 'That tag is not in the codebook.');
    return tag;
  }

  paths(): ReadonlyMap<string, string> {
    // Each commit replaces the list, so the paths stay good until the next one; a search
    // index's start asks for one path per passage, 300,000 times in a large notebook.
    const { tags } = this.file.data;
    if (this.pathsOf?.tags !== tags) this.pathsOf = { tags, paths: tagPaths(tags) };
    return this.pathsOf.paths;
  }

  /** The tag and all its descendants. */
  subtree(id: string): Set<string> {
    this.get(id);
    return subtreeIds(this.file.data.tags, id);
  }

  /**
   * The tags a change should store for `ids`: a tag being merged, or merged
   * earlier this session, becomes its target; a deleted one is dropped.
   * Refuses any other id not in the codebook.
   */
  resolve(ids: readonly string[]): string[] {
    const resolved = ids.flatMap((id) => {
      let current: string | null = id;
      // A chain of merges (a into b, b into c) is followed; a cycle cannot arise, since a merged tag is gone.
      for (let hops = 0; current !== null && this.replaced.has(current) && hops < 64; hops += 1) current = this.replaced.get(current)!;
      return current === null ? [] : [current];
    });
    const unique = [...new Set(resolved)];
    this.requireAll(unique);
    return unique;
  }

  /** From now on, changes naming `sourceId` land on `targetId` (a merge), or drop it (null, a delete). */
  beginReplacing(sourceId: string, targetId: string | null): void {
    this.replaced.set(sourceId, targetId);
  }

  /** The merge or delete did not happen: `sourceId` stands for itself again. */
  cancelReplacing(sourceId: string): void {
    this.replaced.delete(sourceId);
  }

  /** Refuses tag ids that are not in the codebook, naming how many. */
  requireAll(ids: readonly string[]): void {
    const missing = ids.filter((id) => !this.has(id));
    if (missing.length > 0) {
      throw new ScholiaFailure('invalid-input', `${missing.length === 1 ? 'A tag is' : `${missing.length} tags are`} not in the codebook.`);
    }
  }

  /**
   * Finds or creates the tag at `path` ("actors/Kerry"), creating missing
   * parents on the way, so typing a new path is all it takes to extend the
   * hierarchy. Returns the tag and the tags that had to be created.
   */
  async ensure(path: string, options: { parentId?: string | null; color?: string; description?: string } = {}): Promise<{ tag: Tag; created: Tag[] }> {
    const parts = parseTagPath(path);
    return this.file.update((draft) => {
      let parentId = options.parentId ?? null;
      if (parentId !== null && !draft.tags.some((t) => t.id === parentId)) {
        throw new ScholiaFailure('invalid-input', 'The parent tag is not in the codebook.');
      }
      if (depthOf(draft.tags, parentId) + parts.length > MAX_TAG_DEPTH) {
        throw new ScholiaFailure('invalid-input', `Tags can be nested at most ${MAX_TAG_DEPTH} levels deep.`);
      }
      const created: Tag[] = [];
      let tag: Tag | undefined;
      parts.forEach((name, index) => {
        tag = findSibling(draft.tags, parentId, name);
        if (!tag) {
          if (draft.tags.length >= MAX_TAGS) throw new ScholiaFailure('invalid-input', `A codebook can hold at most ${MAX_TAGS} tags.`);
          const last = index === parts.length - 1;
          tag = {
            id: this.newId(),
            name,
            parentId,
            color: last && options.color ? options.color : nextTagColor(draft.tags.length),
            description: last ? (options.description ?? '') : '',
            createdAt: this.now().toISOString(),
          };
          draft.tags.push(tag);
          created.push(tag);
        }
        parentId = tag.id;
      });
      return { tag: tag!, created };
    });
  }

  /** Renames, recolours, describes or moves one tag; returns it as it was and as it is. */
  async change(id: string, changes: TagChanges): Promise<{ before: Tag; after: Tag }> {
    return this.file.update((draft) => {
      const tag = draft.tags.find((t) => t.id === id);
      if (!tag) throw new ScholiaFailure('not-found', 'That tag is not in the codebook.');
      const before = { ...tag };
      const parentId = changes.parentId === undefined ? tag.parentId : changes.parentId;
      if (parentId !== null) {
        if (!draft.tags.some((t) => t.id === parentId)) throw new ScholiaFailure('invalid-input', 'The new parent tag is not in the codebook.');
        if (subtreeIds(draft.tags, id).has(parentId)) {
          throw new ScholiaFailure('invalid-input', 'A tag cannot be moved inside itself or one of its own children.');
        }
      }
      const name = changes.name === undefined ? tag.name : checkTagName(changes.name);
      const clash = findSibling(draft.tags, parentId, name);
      if (clash && clash.id !== id) {
        const where = parentId ? `under "${tagPaths(draft.tags).get(parentId)}"` : 'at the top level';
        throw new ScholiaFailure('invalid-input', `There is already a tag "${clash.name}" ${where}. Merge the two tags instead.`);
      }
      const height = maxDepthBelow(draft.tags, id);
      if (depthOf(draft.tags, parentId) + height > MAX_TAG_DEPTH) {
        throw new ScholiaFailure('invalid-input', `Tags can be nested at most ${MAX_TAG_DEPTH} levels deep.`);
      }
      Object.assign(tag, { name, parentId, color: changes.color ?? tag.color, description: changes.description ?? tag.description });
      return { before, after: { ...tag } };
    });
  }

  /**
   * Removes one tag; its children move up to its parent so no part of the
   * hierarchy is lost. Returns what is needed to put everything back.
   */
  async remove(id: string): Promise<{ removed: Tag; movedChildren: Tag[] }> {
    return this.file.update((draft) => {
      const index = draft.tags.findIndex((t) => t.id === id);
      if (index === -1) throw new ScholiaFailure('not-found', 'That tag is not in the codebook.');
      const [removed] = draft.tags.splice(index, 1) as [Tag];
      const movedChildren: Tag[] = [];
      for (const child of draft.tags.filter((t) => t.parentId === id)) {
        movedChildren.push({ ...child });
        child.parentId = removed.parentId;
        // Two children with one name would clash once they share a parent.
        if (draft.tags.some((t) => t !== child && t.parentId === child.parentId && t.name.toLocaleLowerCase() === child.name.toLocaleLowerCase())) {
          child.name = `${child.name} (${removed.name})`;
        }
      }
      return { removed, movedChildren };
    });
  }

  /** Puts tags back exactly as they were (for undo): re-added when missing, replaced when present. */
  async restore(tags: readonly Tag[], removeIds: readonly string[] = []): Promise<void> {
    // A tag put back stands for itself again, not for what it was merged into.
    for (const tag of tags) this.replaced.delete(tag.id);
    await this.file.update((draft) => {
      draft.tags = draft.tags.filter((t) => !removeIds.includes(t.id));
      for (const tag of tags) {
        const index = draft.tags.findIndex((t) => t.id === tag.id);
        if (index === -1) draft.tags.push({ ...tag });
        else draft.tags[index] = { ...tag };
      }
    });
  }
}

function maxDepthBelow(tags: readonly Tag[], id: string): number {
  const children = tags.filter((t) => t.parentId === id);
  return 1 + Math.max(0, ...children.map((child) => maxDepthBelow(tags, child.id)));
}
