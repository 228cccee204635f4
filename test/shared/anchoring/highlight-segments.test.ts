import { describe, expect, it } from 'vitest';
import {
  segmentBlocks,
  type HighlightSegment,
  type PlacedRange,
} from '../../../src/shared/anchoring/highlight-segments';
import type { TextRange } from '../../../src/shared/model';
import { prng as seeded } from '../../support/prng';

/** Blocks laid out as the model does: the given lengths, separated by "\n\n". */
function layout(lengths: readonly number[]): TextRange[] {
  const blocks: TextRange[] = [];
  let at = 0;
  for (const length of lengths) {
    blocks.push({ start: at, end: at + length });
    at += length + 2;
  }
  return blocks;
}

const seg = (start: number, end: number, ...passageIds: string[]): HighlightSegment => ({
  start,
  end,
  passageIds,
  target: passageIds.at(-1) ?? null,
});

/** The obvious, slow answer: the covering set of every code unit, grouped into runs per block. */
function bruteForce(blocks: readonly TextRange[], passages: readonly PlacedRange[]): HighlightSegment[][] {
  const order = (a: PlacedRange, b: PlacedRange) =>
    b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return blocks.map((block) => {
    const segments: HighlightSegment[] = [];
    for (let at = block.start; at < block.end; at += 1) {
      const ids = passages
        .filter((p) => p.start <= at && at < p.end)
        .sort(order)
        .map((p) => p.id);
      const last = segments.at(-1);
      if (last && last.passageIds.join('\u0000') === ids.join('\u0000')) last.end = at + 1;
      else segments.push(seg(at, at + 1, ...ids));
    }
    return segments;
  });
}

describe('segmentBlocks', () => {
  const blocks = layout([10, 8, 0, 6]); // [0,10) [12,20) [22,22) [24,30)

  it.each<[string, PlacedRange[], HighlightSegment[][]]>([
    ['no passages: each block is one plain segment', [], [[seg(0, 10)], [seg(12, 20)], [], [seg(24, 30)]]],
    [
      'a nested passage is the click target inside its parent',
      [
        { id: 'outer', start: 2, end: 9 },
        { id: 'inner', start: 4, end: 6 },
      ],
      [[seg(0, 2), seg(2, 4, 'outer'), seg(4, 6, 'outer', 'inner'), seg(6, 9, 'outer'), seg(9, 10)], [seg(12, 20)], [], [seg(24, 30)]],
    ],
    [
      'overlapping passages: the shorter one wins the overlap',
      [
        { id: 'long', start: 1, end: 8 },
        { id: 'short', start: 5, end: 10 },
      ],
      [[seg(0, 1), seg(1, 5, 'long'), seg(5, 8, 'long', 'short'), seg(8, 10, 'short')], [seg(12, 20)], [], [seg(24, 30)]],
    ],
    [
      'equal lengths: the later start is innermost',
      [
        { id: 'b', start: 5, end: 9 },
        { id: 'a', start: 3, end: 7 },
      ],
      [[seg(0, 3), seg(3, 5, 'a'), seg(5, 7, 'a', 'b'), seg(7, 9, 'b'), seg(9, 10)], [seg(12, 20)], [], [seg(24, 30)]],
    ],
    [
      'identical ranges: ordered by id',
      [
        { id: 'y', start: 12, end: 14 },
        { id: 'x', start: 12, end: 14 },
      ],
      [[seg(0, 10)], [seg(12, 14, 'x', 'y'), seg(14, 20)], [], [seg(24, 30)]],
    ],
    [
      'a passage across paragraphs covers the end of one and the start of the next, not the separator',
      [{ id: 'span', start: 7, end: 15 }],
      [[seg(0, 7), seg(7, 10, 'span')], [seg(12, 15, 'span'), seg(15, 20)], [], [seg(24, 30)]],
    ],
    [
      'a passage across an empty block and a whole block',
      [{ id: 'wide', start: 10, end: 26 }],
      [[seg(0, 10)], [seg(12, 20, 'wide')], [], [seg(24, 26, 'wide'), seg(26, 30)]],
    ],
    [
      'empty, reversed and out-of-text passages draw nothing; overhanging ones are clipped',
      [
        { id: 'empty', start: 3, end: 3 },
        { id: 'reversed', start: 6, end: 2 },
        { id: 'gap', start: 20, end: 22 },
        { id: 'beyond', start: 40, end: 50 },
        { id: 'overhang', start: 28, end: 99 },
      ],
      [[seg(0, 10)], [seg(12, 20)], [], [seg(24, 28), seg(28, 30, 'overhang')]],
    ],
    [
      'back-to-back passages stay separate segments',
      [
        { id: 'first', start: 0, end: 4 },
        { id: 'second', start: 4, end: 10 },
      ],
      [[seg(0, 4, 'first'), seg(4, 10, 'second')], [seg(12, 20)], [], [seg(24, 30)]],
    ],
  ])('%s', (_, passages, expected) => {
    expect(segmentBlocks(blocks, passages)).toEqual(expected);
    expect(bruteForce(blocks, passages)).toEqual(expected);
  });

  it('matches the brute-force answer on a long document with 500 random passages', () => {
    const random = seeded(20261125);
    const lengths = Array.from({ length: 300 }, () => (random() < 0.05 ? 0 : 1 + Math.floor(random() * 120)));
    const big = layout(lengths);
    const textLength = big.at(-1)!.end;
    const passages: PlacedRange[] = Array.from({ length: 500 }, (_, i) => {
      const start = Math.floor(random() * textLength);
      // Mostly short passages, some spanning several blocks, a few empty.
      const length = random() < 0.1 ? Math.floor(random() * 600) : Math.floor(random() * 60);
      return { id: `p${String(i).padStart(3, '0')}`, start, end: start + length };
    });
    // Some exact duplicates and nested copies, the cases a random draw rarely hits.
    for (let i = 0; i < 20; i += 1) {
      const base = passages[i * 7]!;
      passages.push({ id: `dup${i}`, start: base.start, end: base.end });
      passages.push({ id: `in${i}`, start: base.start + 1, end: Math.max(base.start + 1, base.end - 1) });
    }
    const fast = segmentBlocks(big, passages);
    expect(fast).toEqual(bruteForce(big, passages));
    // Sanity: the case really exercised overlaps and cross-block passages.
    expect(fast.flat().some((s) => s.passageIds.length >= 3)).toBe(true);
    expect(fast.filter((segments) => segments.length > 1).length).toBeGreaterThan(100);
  });

  it('keeps block indices when blocks are given out of order', () => {
    const shuffled = [blocks[3]!, blocks[0]!, blocks[1]!];
    const passages = [{ id: 'p', start: 8, end: 26 }];
    expect(segmentBlocks(shuffled, passages)).toEqual(bruteForce(shuffled, passages));
  });
});

