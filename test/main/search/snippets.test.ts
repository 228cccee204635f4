import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeOwnRanges, mergeRanges } from '../../../src/main/search/snippets';
import { tokenize } from '../../../src/main/search/tokenizer';

/** Whether a cut at `at` leaves every word of the text whole. */
function cutsNoWord(text: string, at: number): boolean {
  return tokenize(text).every((token) => token.end <= at || token.start >= at);
}

describe('makeSnippet', () => {
  it('keeps a short text whole with its highlights', () => {
    expect(makeSnippet('Kerry said', [{ start: 0, end: 5 }])).toEqual({
      text: 'Kerry said',
      highlights: [{ start: 0, end: 5 }],
      truncatedStart: false,
      truncatedEnd: false,
    });
  });

  it('cuts a long text around the first match at word boundaries, highlights still on the word', () => {
    const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
    words[80] = 'ceasefire';
    const text = words.join(' ');
    const start = text.indexOf('ceasefire');
    const snippet = makeSnippet(text, [{ start, end: start + 9 }], 100);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(snippet.truncatedStart && snippet.truncatedEnd).toBe(true);
    expect(snippet.highlights.map((range) => snippet.text.slice(range.start, range.end))).toEqual(['ceasefire']);
    expect(snippet.text.startsWith('word')).toBe(true);
    expect(text.includes(` ${snippet.text} `)).toBe(true);
  });
});

describe('makeSnippet in a text without spaces', () => {
  const half = '叙利亚政府军周二表示停火协议已经生效俄罗斯外交部长说各方应当遵守协议美国国务卿克里将于下周访问莫斯科'.repeat(3);

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('cuts between the words a dictionary tells, the word found marked (%i characters earlier)', (shift) => {
    const text = `${half.slice(0, half.length - shift)}在北京举行会谈${half}`;
    const start = text.indexOf('北京');
    const snippet = makeSnippet(text, [{ start, end: start + 2 }], 100);
    const offset = text.indexOf(snippet.text);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(snippet.truncatedStart && snippet.truncatedEnd).toBe(true);
    expect(snippet.highlights.map((range) => snippet.text.slice(range.start, range.end))).toEqual(['北京']);
    expect(cutsNoWord(text, offset)).toBe(true);
    expect(cutsNoWord(text, offset + snippet.text.length)).toBe(true);
  });

  it('never cuts a character written as two code units in half', () => {
    const astral = '𠀀𠀁𠀂𠀃'.repeat(60);
    const snippet = makeSnippet(astral, [{ start: 240, end: 242 }], 101);
    expect(snippet.text.length).toBeLessThanOrEqual(101);
    expect(/^(?:[\ud800-\udbff][\udc00-\udfff])+$/.test(snippet.text)).toBe(true);
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlapping ranges', () => {
    expect(mergeRanges([{ start: 10, end: 12 }, { start: 0, end: 3 }, { start: 2, end: 5 }, { start: 10, end: 11 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 12 },
    ]);
  });
});

describe('mergeOwnRanges', () => {
  it('sorts and merges the ranges it is given in place, as mergeRanges does on copies', () => {
    const ranges = [
      { start: 20, end: 25 },
      { start: 0, end: 4 },
      { start: 3, end: 8 },
      { start: 30, end: 31 },
      { start: 24, end: 26 },
    ];
    const copied = mergeRanges(ranges);
    expect(ranges[0]).toEqual({ start: 20, end: 25 });
    const merged = mergeOwnRanges(ranges);
    expect(merged).toBe(ranges);
    expect(merged).toEqual([
      { start: 0, end: 8 },
      { start: 20, end: 26 },
      { start: 30, end: 31 },
    ]);
    expect(copied).toEqual(merged);
    expect(mergeOwnRanges([{ start: 1, end: 2 }, { start: 2, end: 5 }])).toEqual([{ start: 1, end: 5 }]);
  });
});
