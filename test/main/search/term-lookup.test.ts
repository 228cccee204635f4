import { describe, expect, it } from 'vitest';
import { TermLookup } from '../../../src/main/search/term-lookup';
import { prng } from '../../support/prng';

describe('TermLookup', () => {
  const sortedIds = (count: number, spread: number, seed: number) => {
    const random = prng(seed);
    const ids = new Set<number>();
    while (ids.size < count) ids.add(Math.floor(random() * spread));
    return Uint32Array.from([...ids].sort((a, b) => a - b));
  };

  it.each([
    ['dense', 5_000, 6_000],
    ['sparse', 300, 1_000_000],
    ['clustered at the start', 50, 60],
  ])('finds every id of a %s list where a scan finds it, and no id that is absent', (_, count, spread) => {
    const ids = sortedIds(count, spread, count);
    const lookup = new TermLookup(ids);
    for (let id = 0; id < Math.min(spread + 10, 20_000); id += 1) expect(lookup.localOf(id)).toBe(ids.indexOf(id));
    for (const id of ids) expect(lookup.localOf(id)).toBe(ids.indexOf(id));
    expect(lookup.localOf(spread * 4)).toBe(-1);
  });

  it('answers an empty list, and a list of one id, including id 0', () => {
    expect(new TermLookup(new Uint32Array()).localOf(0)).toBe(-1);
    expect(new TermLookup(new Uint32Array([0])).localOf(0)).toBe(0);
    expect(new TermLookup(new Uint32Array([0])).localOf(1)).toBe(-1);
    expect(new TermLookup(new Uint32Array([4_000_000_000])).localOf(4_000_000_000)).toBe(0);
  });
});
