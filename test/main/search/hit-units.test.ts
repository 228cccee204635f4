import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/shared/model';
import { blockSentences, mergeOverlapping, unitRanges } from '../../../src/main/search/hit-units';

const title = 'Talks resume';
const p1 = 'Mr. Smith met U.S. envoys on Monday. They agreed to a cessation of hostilities. Fighting went on.';
const p2 = 'A cessation of hostilities, he said, was near.';
const text = `${title}\n\n${p1}\n\n${p2}`;
const blocks: Block[] = [
  { kind: 'title', start: 0, end: title.length },
  { kind: 'paragraph', start: title.length + 2, end: title.length + 2 + p1.length },
  { kind: 'paragraph', start: title.length + 4 + p1.length, end: text.length },
];
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('unitRanges', () => {
  it('keeps the matched words as they are', () => {
    expect(unitRanges(text, blocks, [at('cessation')], 'words').map(slice)).toEqual(['cessation']);
  });
  it('grows a match to its sentence, not stopping at "Mr." or "U.S."', () => {
    expect(unitRanges(text, blocks, [at('envoys')], 'sentence').map(slice)).toEqual(['Mr. Smith met U.S. envoys on Monday.']);
    expect(unitRanges(text, blocks, [at('hostilities')], 'sentence').map(slice)).toEqual(['They agreed to a cessation of hostilities.']);
  });
  it('grows a match to its block', () => {
    expect(unitRanges(text, blocks, [at('near')], 'paragraph').map(slice)).toEqual([p2]);
  });
  it('merges matches that grow into the same sentence or block', () => {
    const both = [at('cessation'), at('hostilities')];
    expect(unitRanges(text, blocks, both, 'sentence')).toHaveLength(1);
    const twoBlocks = [at('Monday'), at('Fighting'), at('near')];
    expect(unitRanges(text, blocks, twoBlocks, 'paragraph').map(slice)).toEqual([p1, p2]);
  });
});

describe('blockSentences', () => {
  it('splits at real sentence ends, including other languages’ quote marks', () => {
    const de = '„Wir verhandeln“, sagte er. Dann ging er.';
    expect(blockSentences(de, { start: 0, end: de.length }, 'de').map((r) => de.slice(r.start, r.end))).toEqual(['„Wir verhandeln“, sagte er.', 'Dann ging er.']);
  });
});

describe('mergeOverlapping', () => {
  it('joins overlapping ranges and keeps touching ones apart', () => {
    expect(mergeOverlapping([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }])).toEqual([{ start: 0, end: 9 }, { start: 9, end: 12 }]);
  });
});
