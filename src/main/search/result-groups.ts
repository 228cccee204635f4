/** Results as the UI lists them: by document, best document first, best hit first within each. */
import type { SearchHit, SearchResultGroup } from './types';

export function groupByDocument(hits: readonly SearchHit[]): SearchResultGroup[] {
  const groups = new Map<string | null, SearchResultGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.documentId);
    if (group) {
      group.hits.push(hit);
      group.score = Math.max(group.score, hit.score);
    } else groups.set(hit.documentId, { documentId: hit.documentId, score: hit.score, hits: [hit] });
  }
  const sorted = [...groups.values()].sort((a, b) => b.score - a.score);
  for (const group of sorted) group.hits.sort((a, b) => b.score - a.score);
  return sorted;
}
