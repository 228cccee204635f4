import type { TextRange } from '../../../../shared/model';
import { offsetsToRange } from '../reader/dom-range';

/** One search hit in the open document: the matched words, or where to look when none are in the text. */
export interface SearchMatch {
  ranges: TextRange[];
  blockIndex: number | null;
  passageId: string | null;
}

const ALL = 'scholia-search';
const CURRENT = 'scholia-search-current';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/**
 * Lights up matched words with the CSS Custom Highlight API: the article's DOM
 * is not touched, so passage marks and selections work as before.
 */
export function paintSearchMatches(article: HTMLElement, matches: readonly SearchMatch[], current: number): Range | null {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  const toRanges = (ranges: readonly TextRange[]) =>
    ranges.flatMap((r) => {
      const range = offsetsToRange(article, r.start, r.end);
      return range ? [range] : [];
    });
  const currentRanges = toRanges(matches[current]?.ranges ?? []);
  if (registry && HighlightClass) {
    registry.set(ALL, new HighlightClass(...matches.flatMap((m, i) => (i === current ? [] : toRanges(m.ranges)))));
    registry.set(CURRENT, new HighlightClass(...currentRanges));
  }
  return currentRanges[0] ?? null;
}

export function clearSearchMatches(): void {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  registry?.delete(ALL);
  registry?.delete(CURRENT);
}
