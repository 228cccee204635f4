/**
 * Where a keyboard caret goes in a document's text, by character, word,
 * sentence or paragraph, counted in the document's offsets (UTF-16 code
 * units of its normalized text). Pure, so it is tested with tables. Words,
 * sentences and characters (grapheme clusters, so an emoji or an accented
 * letter is one step) come from Intl.Segmenter in the document's language.
 * A caret lives inside a block, edges included; the separators between
 * blocks are not places it can stop.
 */

export type StepUnit = 'character' | 'word' | 'sentence' | 'paragraph';
export type StepDirection = 1 | -1;

/** A block of the document as the caret sees it: a half-open range of the text. */
export interface CaretBlock {
  start: number;
  end: number;
}

export type Granularity = 'grapheme' | 'word' | 'sentence';

const segmenters = new Map<string, Intl.Segmenter>();
/** One segmenter per language and granularity: making one costs more than a segmentation. */
export function segmenter(locale: string | undefined, granularity: Granularity): Intl.Segmenter {
  const key = `${locale ?? ''}|${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** The block holding `offset` (its end counts as inside), or the nearest one after it. */
export function blockIndexAt(blocks: readonly CaretBlock[], offset: number): number {
  const index = blocks.findIndex((block) => offset <= block.end);
  return index === -1 ? blocks.length - 1 : index;
}

/** The offset one step of `unit` from `offset` in `direction`; the same offset at the document's ends. */
export function stepOffset(text: string, blocks: readonly CaretBlock[], offset: number, unit: StepUnit, direction: StepDirection, locale?: string): number {
  if (blocks.length === 0) return offset;
  const index = blockIndexAt(blocks, offset);
  const block = blocks[index]!;
  const at = Math.min(Math.max(offset, block.start), block.end);
  if (at !== offset) return at;
  const next = blocks[index + direction];
  const atEdge = direction === 1 ? at === block.end : at === block.start;
  if (unit === 'paragraph') {
    if (direction === -1) return at > block.start ? block.start : (next?.start ?? at);
    return next?.start ?? block.end;
  }
  const inside = stepInBlock(text.slice(block.start, block.end), at - block.start, unit, direction, locale);
  if (inside !== null) return block.start + inside;
  if (!next) return atEdge ? at : direction === 1 ? block.end : block.start;
  // Crossing into the next block is one step, like a line break; a word or sentence goes on to its edge there.
  const entered = direction === 1 ? next.start : next.end;
  if (!atEdge) return direction === 1 ? block.end : block.start;
  if (unit === 'character') return entered;
  const further = stepInBlock(text.slice(next.start, next.end), entered - next.start, unit, direction, locale);
  return further === null ? entered : next.start + further;
}

/** A step inside one block's text; null when it would leave the block. */
function stepInBlock(text: string, local: number, unit: Exclude<StepUnit, 'paragraph'>, direction: StepDirection, locale: string | undefined): number | null {
  const granularity: Granularity = unit === 'character' ? 'grapheme' : unit;
  const edges: number[] = [];
  for (const part of segmenter(locale, granularity).segment(text)) {
    if (unit === 'word' && !part.isWordLike) continue;
    const start = part.index;
    // A sentence ends where its words do, not after the spaces that follow it.
    const end = unit === 'sentence' ? start + part.segment.trimEnd().length : start + part.segment.length;
    if (direction === 1 && end > local) return end;
    if (direction === -1) {
      if (start < local) edges.push(start);
      else break;
    }
  }
  if (direction === -1) return edges.at(-1) ?? null;
  return null;
}
