/** The pure rules of the Quotes list: tag names from a pattern, sound findings, stable ids, the findings cache. */
import { describe, expect, it } from 'vitest';
import { FindingsCache } from '../../../src/main/quote-review/findings-cache';
import { documentQuotes, quoteId, soundFindings } from '../../../src/main/quote-review/quote-suggestions';
import { quoteTagPath } from '../../../src/shared/quote-review';
import type { QuoteFinding } from '../../../src/shared/quotes';

const finding = (start: number, end: number, overrides: Partial<QuoteFinding> = {}): QuoteFinding => ({
  start,
  end,
  parts: [{ start: start + 1, end: end - 1 }],
  kind: 'direct',
  speaker: 'Kerry',
  via: 'name',
  cue: null,
  ...overrides,
});

describe('quoteTagPath', () => {
  it.each([
    ['quotes/<Speaker>', 'Kerry', 'direct', 'quotes/Kerry'],
    ['quotes/<Speaker>', null, 'direct', 'quotes/Unknown speaker'],
    ['quotes/<Kind>/<Speaker>', 'John Kerry', 'indirect', 'quotes/indirect/John Kerry'],
    ['<speaker> (<KIND>)', 'Zarif', 'direct', 'Zarif (direct)'],
    ['quotes/<Speaker>', 'AC/DC', 'direct', 'quotes/AC-DC'],
    ['quotes/<Speaker>', '  Ban\u0007 Ki-moon  ', 'direct', 'quotes/Ban Ki-moon'],
    ['quotes/<Speaker>', '   ', 'direct', 'quotes/Unknown speaker'],
    ['quotes/all', 'Kerry', 'direct', 'quotes/all'],
    ['quotes/<Speaker>', 'x'.repeat(100), 'direct', `quotes/${'x'.repeat(60)}`],
  ] as const)('%s with %j (%s) gives %s', (pattern, speaker, kind, expected) => {
    expect(quoteTagPath(pattern, speaker, kind)).toBe(expected);
  });
});

describe('soundFindings', () => {
  it('drops spans outside the text or empty, folds repeats, sorts by place', () => {
    const found = soundFindings([finding(50, 60), finding(10, 20), finding(10, 20), finding(-1, 5), finding(30, 30), finding(90, 120), finding(10, 20, { kind: 'indirect' })], 100);
    expect(found.map((f) => [f.start, f.end, f.kind])).toEqual([
      [10, 20, 'direct'],
      [10, 20, 'indirect'],
      [50, 60, 'direct'],
    ]);
  });
});

describe('quote ids and the list', () => {
  it('gives the same quotation the same id, and another document, span or kind another one', () => {
    const id = quoteId('doc-1', finding(10, 20));
    expect(quoteId('doc-1', finding(10, 20))).toBe(id);
    expect(new Set([id, quoteId('doc-2', finding(10, 20)), quoteId('doc-1', finding(10, 21)), quoteId('doc-1', finding(10, 20, { kind: 'indirect' }))]).size).toBe(4);
  });

  it('shows the quoted words of both halves, hides rejected ones, lays corrections over and marks coded ones', () => {
    const text = '"We will," he said, "not wait." "Enough," Kerry said.';
    const split = finding(0, 31, { parts: [{ start: 1, end: 8 }, { start: 21, end: 30 }], speaker: null, via: 'unknown' });
    const enough = finding(32, 41);
    const splitId = quoteId('d', split);
    const list = documentQuotes('d', text, [split, enough], { [splitId]: { rejected: false, speaker: 'Kerry', decidedAt: '2026-03-01T09:00:00.000Z' } }, new Set(['32:41']));
    expect(list.quotes.map((q) => [q.text, q.correctedSpeaker, q.accepted])).toEqual([
      ['We will … not wait.', 'Kerry', false],
      ['Enough,', null, true],
    ]);
    const rejected = documentQuotes('d', text, [split, enough], { [quoteId('d', enough)]: { rejected: true, decidedAt: '2026-03-01T09:00:00.000Z' } }, new Set());
    expect(rejected.quotes.map((q) => q.id)).toEqual([splitId]);
    expect(rejected.rejected).toBe(1);
  });
});

describe('FindingsCache', () => {
  it('misses on another content hash and lets the least recently read go first', () => {
    const cache = new FindingsCache(2);
    cache.put('a', 'h1', [finding(0, 5)]);
    cache.put('b', 'h1', []);
    expect(cache.get('a', 'h2')).toBeUndefined();
    expect(cache.get('a', 'h1')).toHaveLength(1);
    cache.put('c', 'h1', []);
    expect(cache.get('b', 'h1')).toBeUndefined();
    expect(cache.get('a', 'h1')).toHaveLength(1);
    cache.forget('a');
    expect(cache.size).toBe(1);
  });
});
