import { useMemo } from 'react';
import type { TagView } from '../../../shared/model';
import { codebookQuestion } from './queries';
import { useQuery } from './use-query';

export interface Codebook {
  tags: TagView[];
  byId: Map<string, TagView>;
  loading: boolean;
}

/** The codebook, shared by every view that shows or applies tags. */
export function useCodebook(): Codebook {
  const query = useQuery(codebookQuestion);
  return useMemo(() => {
    const tags = query.data ?? [];
    return { tags, byId: new Map(tags.map((tag) => [tag.id, tag])), loading: query.loading };
  }, [query.data, query.loading]);
}

/**
 * Tags whose path contains what was typed, best first: a name that starts
 * with it, then a path segment that does, then anywhere.
 */
export function filterTags(tags: readonly TagView[], typed: string): TagView[] {
  const needle = typed.trim().toLocaleLowerCase();
  if (needle === '') return [...tags];
  const rank = (tag: TagView) => {
    const path = tag.path.toLocaleLowerCase();
    if (tag.name.toLocaleLowerCase().startsWith(needle) || path.startsWith(needle)) return 0;
    if (path.split('/').some((part) => part.startsWith(needle))) return 1;
    return path.includes(needle) ? 2 : -1;
  };
  return tags
    .map((tag) => ({ tag, rank: rank(tag) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.tag.path.localeCompare(b.tag.path))
    .map((entry) => entry.tag);
}
