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
      for (let at = start; at < end; at += 4) found.push([...ranges.flat.subarray(at, at + 4)]);
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

  it('grows past its first capacity and keeps every range', () => {
    const ranges = new TermRanges(2);
    for (let at = 0; at < 500; at += 1) ranges.add(at < 200 ? 0 : 1, at, 0, at, at + 1);
    expect(ranges.ofSegment(0)).toEqual([0, 800]);
    expect(ranges.ofSegment(1)).toEqual([800, 2000]);
    expect(ranges.flat[1998]).toBe(499);
  });

  it('refuses a range added after a later segment', () => {
    const ranges = new TermRanges(3);
    ranges.add(2, 0, 0, 0, 1);
    expect(() => ranges.add(1, 0, 0, 0, 1)).toThrow(/segment by segment/);
  });
});
