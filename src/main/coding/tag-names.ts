/**
 * Tag names and paths. A tag is stored with its own name and a parent; its
 * path ("actors/Kerry") is derived, so renaming or moving a tag touches one
 * record and never the passages that carry it.
 */
import { ScholiaFailure } from '../../shared/result';

export const PATH_SEPARATOR = '/';
export const MAX_TAG_NAME_LENGTH = 80;
export const MAX_TAG_DEPTH = 8;

interface TagLike {
  id: string;
  name: string;
  parentId: string | null;
}

/** Splits "actors / Kerry" into ["actors", "Kerry"], refusing empty or overlong parts. */
export function parseTagPath(input: string): string[] {
  const parts = input.split(PATH_SEPARATOR).map((part) => part.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (parts.some((part) => part === '')) {
    throw new ScholiaFailure('invalid-input', `"${input}" is not a tag name: a name cannot be empty or have an empty part between slashes.`);
  }
  if (parts.length > MAX_TAG_DEPTH) {
    throw new ScholiaFailure('invalid-input', `Tags can be nested at most ${MAX_TAG_DEPTH} levels deep.`);
  }
  for (const part of parts) checkTagName(part);
  return parts;
}

/** Checks one level's name, as typed when renaming. */
export function checkTagName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ScholiaFailure('invalid-input', 'A tag needs a name.');
  if (clean.includes(PATH_SEPARATOR)) {
    throw new ScholiaFailure('invalid-input', `A tag's own name cannot contain "${PATH_SEPARATOR}"; choose a parent to nest it.`);
  }
  if (clean.length > MAX_TAG_NAME_LENGTH) {
    throw new ScholiaFailure('invalid-input', `A tag name can be at most ${MAX_TAG_NAME_LENGTH} characters.`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(clean)) throw new ScholiaFailure('invalid-input', 'A tag name cannot contain control characters.');
  return clean;
}

/** Full paths of every tag, by id. */
export function tagPaths(tags: readonly TagLike[]): Map<string, string> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const paths = new Map<string, string>();
  const pathOf = (tag: TagLike, depth: number): string => {
    const known = paths.get(tag.id);
    if (known !== undefined) return known;
    const parent = tag.parentId ? byId.get(tag.parentId) : undefined;
    // The depth guard only matters for a damaged file with a parent cycle.
    const path = parent && depth < MAX_TAG_DEPTH * 4 ? `${pathOf(parent, depth + 1)}${PATH_SEPARATOR}${tag.name}` : tag.name;
    paths.set(tag.id, path);
    return path;
  };
  for (const tag of tags) pathOf(tag, 0);
  return paths;
}

/** The tag and everything below it. */
export function subtreeIds(tags: readonly TagLike[], rootId: string): Set<string> {
  const children = new Map<string | null, string[]>();
  for (const tag of tags) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag.id]);
  const ids = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** Finds a sibling with the same name, ignoring case, since "Kerry" and "kerry" would confuse any reader of the codebook. */
export function findSibling<T extends TagLike>(tags: readonly T[], parentId: string | null, name: string): T | undefined {
  const wanted = name.toLocaleLowerCase();
  return tags.find((tag) => tag.parentId === parentId && tag.name.toLocaleLowerCase() === wanted);
}

/** A tag list with `sourceId` replaced by `targetId` (a merge) or taken out (target null, a delete), without duplicates. */
export function swapTag(tagIds: readonly string[], sourceId: string, targetId: string | null): string[] {
  return [...new Set(tagIds.flatMap((id) => (id === sourceId ? (targetId ? [targetId] : []) : [id])))];
}

export function depthOf(tags: readonly TagLike[], id: string | null): number {
  let depth = 0;
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  for (let current = id ? byId.get(id) : undefined; current; current = current.parentId ? byId.get(current.parentId) : undefined) {
    depth += 1;
    if (depth > MAX_TAG_DEPTH * 4) break;
  }
  return depth;
}
