import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../src/main/search/top-k';

describe('selectTop', () => {
  const better = (a: { score: number; key: string }, b: { score: number; key: string }) =>
    a.score > b.score || (a.score === b.score && a.key < b.key);

  it.each([0, 1, 3, 10, 50, 200])('returns the same first %i as a full sort', (k) => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const items = Array.from({ length: 120 }, (_, index) => ({ score: Math.floor(random() * 20), key: `k${index}` }));
    const sorted = [...items].sort((a, b) => (better(a, b) ? -1 : 1));
    expect(selectTop(items, k, better)).toEqual(sorted.slice(0, k));
  });
});
