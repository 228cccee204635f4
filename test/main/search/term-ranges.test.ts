import { describe, expect, it } from 'vitest';
import { FIELD_COUNT } from '../../../src/main/search/fields';
import { TermRanges } from '../../../src/main/search/term-ranges';

describe('TermRanges', () => {
  it("finds each segment's ranges, segments without any included", () => {
    const ranges = new TermRanges(5);
    ranges.add(1, 0, 2, 10, 20);
    ranges.add(1, 3, 0, 4, 6);
    ranges.add(3, 1, 1, 0, 9);
    const of = (segment: number) => {
      const [start, end] = ranges.ofSegment(segment);
      const found: number[][] = [];
      for (let at = start; at < end; at += 4) found.push(ranges.flat.slice(at, at + 4));
      return found;
    };
    expect(of(0)).toEqual([]);
    expect(of(1)).toEqual([
      [1, 2, 10, 20],
      [1, 3 * FIELD_COUNT, 4, 6],
    ]);
    expect(of(2)).toEqual([]);
    expect(of(3)).toEqual([[3, FIELD_COUNT + 1, 0, 9]]);
    expect(of(4)).toEqual([]);
  });

  it('refuses a range added after a later segment', () => {
    const ranges = new TermRanges(3);
    ranges.add(2, 0, 0, 0, 1);
    expect(() => ranges.add(1, 0, 0, 0, 1)).toThrow(/segment by segment/);
  });
});
