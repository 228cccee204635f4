import { describe, expect, it } from 'vitest';
import { FieldTextCache } from '../../../src/main/search/field-text-cache';
import { TextGenerations } from '../../../src/main/search/text-generations';
import { buildSegment } from '../../../src/main/search/segment';
import { analyzeFields } from '../../../src/main/search/item-analysis';
import { Vocabulary } from '../../../src/main/search/vocabulary';

describe('texts kept in two generations', () => {
  it('stays within its budget however many texts pass, and gives back what it keeps', () => {
    const cache = new TextGenerations<object>(1_000);
    const owners = Array.from({ length: 50 }, () => ({}));
    let largest = 0;
    for (let round = 0; round < 20; round += 1) {
      owners.forEach((owner, at) => {
        const slot = round * 3 + (at % 3);
        cache.put(owner, slot, `${round}:${at}:`.padEnd(37, 'x'));
        largest = Math.max(largest, cache.length);
        expect(cache.get(owner, slot)).toBe(`${round}:${at}:`.padEnd(37, 'x'));
      });
    }
    // Each generation turns over once past half the budget: never more than the budget and a text.
    expect(largest).toBeLessThanOrEqual(1_000 + 37);
    expect(cache.get(owners[0]!, 0)).toBeUndefined();
  });

  it('keeps a text that is read again while others come and go', () => {
    const cache = new TextGenerations<object>(100);
    const hot = {};
    cache.put(hot, 0, 'hot');
    for (let at = 0; at < 200; at += 1) {
      cache.put({}, at, 'passing by');
      expect(cache.get(hot, 0)).toBe('hot');
    }
    expect(cache.length).toBeLessThanOrEqual(110);
  });
});

describe('the field texts phrase checks read', () => {
  it('reads each text once while it is in use, and holds no more than its budget', () => {
    const items = Array.from({ length: 400 }, (_, at) => analyzeFields(`i${at}`, { body: `envoy ${at}` }));
    const segment = buildSegment(items, new Vocabulary());
    let reads = 0;
    const cache = new FieldTextCache((key) => {
      reads += 1;
      return `the body of ${key}`.padEnd(50, '.');
    }, 2_000);
    for (let pass = 0; pass < 3; pass += 1) for (let item = 0; item < 10; item += 1) cache.get(segment, item, 2);
    expect(reads).toBe(10);
    for (let item = 0; item < 400; item += 1) expect(cache.get(segment, item, 2)).toBe(`the body of i${item}`.padEnd(50, '.'));
    expect(cache.length).toBeLessThanOrEqual(2_050);
  });
});
