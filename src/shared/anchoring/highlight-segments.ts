/**
 * Splits a document's blocks into runs of text covered by the same set of
 * passages, so the reader can draw overlapping and nested highlights as flat
 * sibling elements (no nesting, no broken markup across paragraphs) and still
 * know which passage each click means.
 */

import type { TextRange } from '../model';

/** A passage already placed in the current text (see `anchor`): its id and range. */
export interface PlacedRange extends TextRange {
  id: string;
}

/** A maximal run of one block's text covered by the same passages. */
export interface HighlightSegment {
  start: number;
  end: number;
  /** Every passage covering the run, outermost first: longest, then earliest start, then id. Empty for plain text. */
  passageIds: string[];
  /** The passage a click on the run opens: the innermost (last of passageIds), or null for plain text. */
  target: string | null;
}

/**
 * For each block, by index, the segments that tile it exactly from
 * `block.start` to `block.end` (an empty block has none). A passage crossing
 * blocks covers the end of one and the start of the next; the separator text
 * between blocks is not drawn. Passages with start >= end are ignored; passage ids
 * should be unique and blocks must not overlap (as the model guarantees). Runs in O((B + P) log(B + P))
 * plus the size of the output.
 */
export function segmentBlocks(blocks: readonly TextRange[], passages: readonly PlacedRange[]): HighlightSegment[][] {
  const result: HighlightSegment[][] = blocks.map(() => []);
  const live = passages.filter((p) => p.start < p.end);
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const byEnd = [...live].sort((a, b) => a.end - b.end);
  const blockOrder = blocks.map((_, index) => index).sort((a, b) => blocks[a]!.start - blocks[b]!.start);

  const cuts = new Set<number>();
  for (const b of blocks) cuts.add(b.start).add(b.end);
  for (const p of live) cuts.add(p.start).add(p.end);
  const points = [...cuts].sort((a, b) => a - b);

  const active = new Set<PlacedRange>();
  let nextStart = 0;
  let nextEnd = 0;
  let nextBlock = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (nextStart < byStart.length && byStart[nextStart]!.start <= from) active.add(byStart[nextStart++]!);
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end <= from) active.delete(byEnd[nextEnd++]!);
    while (nextBlock < blockOrder.length && blocks[blockOrder[nextBlock]!]!.end <= from) nextBlock += 1;
    const blockIndex = blockOrder[nextBlock];
    // Every block edge is a cut, so [from, to) lies wholly inside this block or outside all blocks.
    if (blockIndex === undefined || blocks[blockIndex]!.start > from) continue;
    // Each cut inside a block starts or ends a passage, so neighbouring runs differ: every run is maximal.
    const passageIds = [...active].sort(outermostFirst).map((p) => p.id);
    result[blockIndex]!.push({ start: from, end: to, passageIds, target: passageIds.at(-1) ?? null });
  }
  return result;
}

function outermostFirst(a: PlacedRange, b: PlacedRange): number {
  const byLength = b.end - b.start - (a.end - a.start);
  if (byLength !== 0) return byLength;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
