/**
 * The sample news article and the small text operations the anchoring tests
 * share: selectors made the way the app makes them, and edits that fail
 * loudly when they do not apply (an edit that silently changes nothing would
 * let a re-anchoring test pass for the wrong reason).
 */
import { describeRange, type PassageSelectors } from '../../../src/shared/anchoring/selectors';
import { sampleBytes } from '../../support/sample';

/** The news article bundled with the app (resources/), decoded as UTF-8: a headline and fifteen paragraphs. */
export const ARTICLE = new TextDecoder().decode(sampleBytes());

/** Offsets of the n-th occurrence (0-based) of `needle` in `text`. */
export function find(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`text lacks occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  return { start, end: start + needle.length };
}

/** Selectors for the n-th occurrence of `needle` in `text`, as the app stores them. */
export function select(text: string, needle: string, occurrence = 0): PassageSelectors {
  const { start, end } = find(text, needle, occurrence);
  return selectRange(text, start, end);
}

/** Selectors for [start, end) of `text`, as the app stores them. */
export function selectRange(text: string, start: number, end: number): PassageSelectors {
  const described = describeRange(text, start, end);
  if (!described.ok) throw new Error(described.error.message);
  return described.value;
}

/** String.replace that throws instead of silently changing nothing. */
export function swap(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`edit did not apply: ${String(from)}`);
  return result;
}

/** The text's paragraphs (split at blank lines, as the article is stored). */
export const paragraphsOf = (text: string) => text.split('\n\n');

/** The index of the one paragraph starting with `opening`. */
export function paragraphIndex(paragraphs: readonly string[], opening: string): number {
  const found = paragraphs.flatMap((p, i) => (p.startsWith(opening) ? [i] : []));
  if (found.length !== 1) throw new Error(`expected one paragraph opening ${JSON.stringify(opening)}, found ${found.length}`);
  return found[0]!;
}

/** Number of times `needle` occurs in `text` (overlaps included). */
export function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}
