import { describe, expect, it } from 'vitest';
import { TopSlots } from '../../../src/main/search/top-slots';
import { prng } from '../../support/prng';

describe('TopSlots', () => {
  // Few distinct scores, so ties are common and the tie-break is exercised.
  const board = (count: number, seed: number) => {
    const random = prng(seed);
    return Float64Array.from({ length: count }, () => Math.floor(random() * 20) / 4);
  };
  const shuffled = (items: number[], seed: number) => {
    const random = prng(seed);
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  };
  const byRank = (scores: Float64Array) => (a: number, b: number) => scores[b]! - scores[a]! || a - b;

  it.each([0, 1, 3, 10, 50, 200, Number.MAX_SAFE_INTEGER])('keeps the same first %i as a full sort, whatever order slots are offered in', (k) => {
    const scores = board(2_500, 7);
    const slots = Array.from(scores.keys());
    const expected = [...slots].sort(byRank(scores)).slice(0, k);
    for (const order of [slots, [...slots].reverse(), shuffled(slots, k)]) {
      const top = new TopSlots(k, scores, (a, b) => a < b);
      for (const slot of order) top.offer(slot);
      expect(top.best()).toEqual(expected);
    }
  });

  it('breaks a tie of equal scores by the given order, not by which came first', () => {
    const scores = new Float64Array([1, 1, 1, 1, 2]);
    const top = new TopSlots(2, scores, (a, b) => a > b);
    for (const slot of [0, 1, 2, 3, 4]) top.offer(slot);
    expect(top.best()).toEqual([4, 3]);
  });
});
