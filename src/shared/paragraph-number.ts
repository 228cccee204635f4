/**
 * "Paragraph 7": where a passage sits, numbered the way a reader counts the
 * article's body, so a citation in an export leads back to the same place.
 */
import type { Block, BlockKind } from './model';
import { lowerBound } from './lower-bound';

/** The headline and the byline are not part of the body; every other block counts, a standfirst or caption included. */
const UNNUMBERED: ReadonlySet<BlockKind> = new Set(['title', 'byline']);

/**
 * A lookup from an offset (UTF-16 code units into the document's text) to the
 * 1-based number of the body block it falls in, or null for the headline, the
 * byline or past the last block. An offset between two blocks (on the blank
 * line that separates them) belongs to the block that follows. Built once per
 * document, it answers by binary search, so a document with thousands of
 * passages costs no more than its blocks.
 */
export function paragraphLocator(blocks: readonly Block[]): (offset: number) => number | null {
  const ordered = [...blocks].sort((a, b) => a.start - b.start);
  const numbers: (number | null)[] = [];
  let counted = 0;
  for (const block of ordered) numbers.push(UNNUMBERED.has(block.kind) ? null : (counted += 1));
  return (offset) => {
    const at = lowerBound(ordered, (block) => block.end > offset);
    return at < ordered.length ? numbers[at]! : null;
  };
}

/** The paragraph number of one offset; use `paragraphLocator` for many offsets of the same document. */
export function paragraphNumberAt(blocks: readonly Block[], offset: number): number | null {
  return paragraphLocator(blocks)(offset);
}
