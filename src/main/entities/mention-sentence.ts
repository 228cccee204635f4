/** The sentence around a mention, for reviewing it before it is coded: the same sentence "Code all hits" would propose. */
import type { Block } from '../../shared/model';
import { unitRanges } from '../search/hit-units';

/** Past this, a run-on "sentence" (a list, a table) is cut, so the review list stays readable. */
const MAX_CHARS = 480;

export function sentenceAround(text: string, blocks: readonly Block[], start: number, end: number): string {
  const sentence = unitRanges(text, blocks, [{ start, end }], 'sentence')[0] ?? { start, end };
  const from = Math.max(sentence.start, start - MAX_CHARS / 2);
  const to = Math.min(sentence.end, end + MAX_CHARS / 2);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
