import { describe, expect, it } from 'vitest';
import { analyzeFields } from '../../../src/main/search/item-analysis';
import { buildSegment, MAX_SEGMENT_ITEMS } from '../../../src/main/search/segment';
import { SearchEngine } from '../../../src/main/search/search-engine';
import type { IndexableItem } from '../../../src/main/search/types';
import { Vocabulary } from '../../../src/main/search/vocabulary';
import { allHits, asDocument, makeDocument } from './search-fixtures';

const SIZES = { segmentTokens: 10_000, recentTokens: 5_000, segmentItems: 10, recentItems: 4 };

const sizesOf = (engine: SearchEngine) => (engine['index'].segments() as readonly { size: number }[]).map((segment) => segment.size);

/** Notes without words: they add items to a segment but no tokens, so only the item bounds hold them. */
const emptyNotes = (count: number, from = 0): IndexableItem[] =>
  Array.from({ length: count }, (_, at) => ({ kind: 'note', item: { id: `n${from + at}`, documentId: null, passageId: null, text: '' } }) as IndexableItem);

describe('how many items a segment holds', () => {
  it('refuses a segment of more items than an entry can number', () => {
    const vocabulary = new Vocabulary();
    const items = Array.from({ length: MAX_SEGMENT_ITEMS + 1 }, (_, at) => analyzeFields(`i${at}`, {}));
    expect(() => buildSegment(items, vocabulary)).toThrow(/at most 65536 items/);
    expect(buildSegment(items.slice(1), vocabulary).size).toBe(MAX_SEGMENT_ITEMS);
  });

  it('cuts a large batch of short items by their number, not only their words, and finds each', () => {
    const engine = new SearchEngine(SIZES);
    const documents = Array.from({ length: 37 }, (_, at) => makeDocument(`d${at}`, `Brief ${at}`, [`word${at} truce`]));
    engine.upsert(documents.map(asDocument));
    expect(sizesOf(engine).every((size) => size <= SIZES.segmentItems)).toBe(true);
    expect(sizesOf(engine).reduce((sum, size) => sum + size, 0)).toBe(37);
    for (let at = 0; at < 37; at += 1) expect(allHits(engine.search(`word${at}`)).map((hit) => hit.itemId)).toEqual([`d${at}`]);
  });

  it('seals the recent segment at its item bound, and merges small segments without passing the bound', () => {
    const engine = new SearchEngine(SIZES);
    for (let at = 0; at < 60; at += 1) engine.upsert(emptyNotes(1, at));
    expect(sizesOf(engine).at(-1)).toBeLessThan(SIZES.recentItems);
    let steps = 0;
    while (engine.maintain() && steps < 100) steps += 1;
    expect(steps).toBeLessThan(100);
    expect(sizesOf(engine).every((size) => size <= SIZES.segmentItems)).toBe(true);
    expect(sizesOf(engine).reduce((sum, size) => sum + size, 0)).toBe(60);
    // Merged: no more than a few segments are left under half the bound.
    expect(sizesOf(engine).slice(0, -1).filter((size) => size <= SIZES.segmentItems / 2).length).toBeLessThan(4);
  });
});
