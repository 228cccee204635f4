import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeRanges } from '../../../src/main/search/snippets';

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

describe('mergeRanges', () => {
  it('sorts and joins overlapping ranges', () => {
    expect(mergeRanges([{ start: 10, end: 12 }, { start: 0, end: 3 }, { start: 2, end: 5 }, { start: 10, end: 11 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 12 },
    ]);
  });
});
