import { describe, expect, it } from 'vitest';
import { paragraphLocator, paragraphNumberAt } from '../../src/shared/paragraph-number';
import type { Block } from '../../src/shared/model';

// title [0,10) byline [12,20) standfirst [22,40) paragraph [42,60) caption [62,70) paragraph [72,90)
const BLOCKS: Block[] = [
  { kind: 'title', start: 0, end: 10 },
  { kind: 'byline', start: 12, end: 20 },
  { kind: 'standfirst', start: 22, end: 40 },
  { kind: 'paragraph', start: 42, end: 60 },
  { kind: 'caption', start: 62, end: 70 },
  { kind: 'paragraph', start: 72, end: 90 },
];

describe('paragraph numbers', () => {
  it.each<[number, number | null, string]>([
    [0, null, 'in the headline'],
    [9, null, 'at the headline’s last character'],
    [11, null, 'between headline and byline (the byline follows)'],
    [15, null, 'in the byline'],
    [22, 1, 'at the standfirst’s first character'],
    [39, 1, 'at the standfirst’s last character'],
    [40, 2, 'on the blank line after the standfirst (the next block)'],
    [42, 2, 'in the first paragraph'],
    [65, 3, 'in a caption, which the reader counts'],
    [89, 4, 'at the last character'],
    [90, null, 'past the last block'],
  ])('offset %i gives %s (%s)', (offset, expected, _where) => {
    expect(paragraphNumberAt(BLOCKS, offset)).toBe(expected);
  });

  it('numbers blocks in text order even when they are listed out of order', () => {
    const locate = paragraphLocator([...BLOCKS].reverse());
    expect([locate(25), locate(50), locate(75)]).toEqual([1, 2, 4]);
  });

  it('has no number for a document without blocks', () => {
    expect(paragraphNumberAt([], 0)).toBeNull();
  });
});
