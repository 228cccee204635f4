/** Documents travel to the worker in messages of bounded size, main taking a turn between them. */
import { describe, expect, it } from 'vitest';
import { inTurns, packets } from '../../../src/main/shared-text/paced-chunks';
import { clusterDates, clusterOutlets } from '../../../src/main/shared-text/cluster-summary';

describe('packets', () => {
  it.each([
    { sizes: [], budget: 10, expected: [] },
    { sizes: [3, 3, 3], budget: 10, expected: [[3, 3, 3]] },
    { sizes: [4, 4, 4, 4], budget: 10, expected: [[4, 4], [4, 4]] },
    { sizes: [2, 30, 2], budget: 10, expected: [[2], [30], [2]] },
    { sizes: [10, 1], budget: 10, expected: [[10], [1]] },
  ])('cuts $sizes into runs of at most $budget', ({ sizes, budget, expected }) => {
    const runs = packets(sizes, (size) => size, budget);
    expect(runs).toEqual(expected);
    expect(runs.flat()).toEqual(sizes);
  });
});

describe('inTurns', () => {
  it('lets a timer run between two pieces of work, and keeps the answers in order', async () => {
    const events: string[] = [];
    setImmediate(() => events.push('other work'));
    const answers = await inTurns([1, 2], async (n) => {
      events.push(`piece ${n}`);
      return n * 10;
    });
    expect(answers).toEqual([10, 20]);
    expect(events).toEqual(['piece 1', 'other work', 'piece 2']);
  });
});

describe('cluster summary', () => {
  const members = [
    { outlet: 'Reuters', publishedAt: '2016-04-02' },
    { outlet: 'AFP', publishedAt: '2016-03-30' },
    { outlet: 'Reuters', publishedAt: null },
    { outlet: '', publishedAt: '2016-04-09' },
  ];
  it('names outlets most frequent first and spans the dates', () => {
    expect(clusterOutlets(members)).toEqual(['Reuters', 'AFP']);
    expect(clusterDates(members)).toEqual({ firstPublished: '2016-03-30', lastPublished: '2016-04-09' });
    expect(clusterDates([{ outlet: 'AFP', publishedAt: null }])).toEqual({ firstPublished: null, lastPublished: null });
  });
});
