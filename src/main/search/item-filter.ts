/**
 * Scopes (`in:passages`) and tag filters (`tag:actors`, `-tag:actors/Zarif`)
 * as one predicate on item keys, applied while postings are read so filtered
 * items are never scored.
 */
import type { ParsedQuery } from './query-parser';
import type { TagIndex } from './tag-index';

export interface ItemFilter {
  accepts(key: string): boolean;
  /** Passages the required tags allow, or null when no tag is required. */
  allowedPassages: ReadonlySet<string> | null;
}

const KIND_PREFIX = { document: 'd', passage: 'p', note: 'n' } as const;

/** null when the query neither scopes nor filters by tag. */
export function buildItemFilter(parsed: ParsedQuery, tags: TagIndex): ItemFilter | null {
  if (parsed.scopes.length === 0 && parsed.tags.length === 0) return null;
  const required = parsed.tags.filter((tag) => tag.presence === 'required');
  const prohibited = parsed.tags.filter((tag) => tag.presence === 'prohibited');
  // Key prefixes of the kinds searched; null searches every kind.
  let prefixes: Set<string> | null = parsed.scopes.length === 0 ? null : new Set(parsed.scopes.map((scope) => KIND_PREFIX[scope]));
  // Only passages carry tags, so a required tag limits the search to passages (or to nothing: `in:notes tag:x`).
  if (required.length > 0) prefixes = prefixes === null || prefixes.has('p') ? new Set(['p']) : new Set();
  const excluded = new Set(prohibited.flatMap((tag) => [...tags.passagesUnder(tag.name)]));
  const allowed = allowedPassages(
    required.map((tag) => tags.passagesUnder(tag.name)),
    excluded,
  );
  const checkPassages = allowed !== null || excluded.size > 0;
  return {
    allowedPassages: allowed,
    accepts: (key) => {
      const prefix = key[0]!;
      if (prefixes !== null && !prefixes.has(prefix)) return false;
      if (prefix !== 'p' || !checkPassages) return true;
      const id = key.slice(2);
      return allowed !== null ? allowed.has(id) : !excluded.has(id);
    },
  };
}

/** Passages carrying every required tag and no excluded one; shares the tag index's set when it can. */
function allowedPassages(carrying: ReadonlySet<string>[], excluded: ReadonlySet<string>): ReadonlySet<string> | null {
  if (carrying.length === 0) return null;
  if (carrying.length === 1 && excluded.size === 0) return carrying[0]!;
  const [smallest, ...others] = [...carrying].sort((a, b) => a.size - b.size);
  const allowed = new Set<string>();
  for (const id of smallest!) {
    if (!excluded.has(id) && others.every((set) => set.has(id))) allowed.add(id);
  }
  return allowed;
}
