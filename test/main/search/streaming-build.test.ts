import { describe, expect, it, vi } from 'vitest';
import type { AnalyzedItem } from '../../../src/main/search/item-analysis';
import { SegmentedIndex } from '../../../src/main/search/segmented-index';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { allHits, asDocument, makeDocument } from './search-fixtures';

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

/** Forty short articles, each with a word of its own ("uniqueN") beside shared ones. */
const articles = Array.from({ length: 40 }, (_, index) =>
  makeDocument(`doc-${index}`, `Report ${WORDS[index % WORDS.length]}`, [`unique${index} ceasefire talks ${WORDS.join(' ')} envoy convoy.`]),
);

describe('building a large batch', () => {
  it('cuts segments as it goes and still finds every item', () => {
    const engine = new SearchEngine({ segmentTokens: 120, recentTokens: 40 });
    engine.upsert(articles.map(asDocument));
    expect(engine.stats().segments).toBeGreaterThan(3);
    for (let index = 0; index < articles.length; index += 1) {
      expect(allHits(engine.search(`unique${index}`)).map((hit) => hit.itemId)).toEqual([`doc-${index}`]);
    }
    expect(engine.search('ceasefire', { limit: 100 }).totalItems).toBe(40);
  });

  it('holds about one segment of analyses at a time, not the whole batch', () => {
    const handed = vi.spyOn(SegmentedIndex.prototype, 'upsert');
    try {
      new SearchEngine({ segmentTokens: 120, recentTokens: 40 }).upsert(articles.map(asDocument));
      const batches = handed.mock.calls.map(([items]) => (items as AnalyzedItem[]).reduce((sum, item) => sum + item.tokenCount, 0));
      expect(batches.length).toBeGreaterThan(3);
      // A batch closes at the first item that brings it to a segment's size.
      const largestItem = 20;
      for (const tokens of batches) expect(tokens).toBeLessThanOrEqual(120 + largestItem);
    } finally {
      handed.mockRestore();
    }
  });

  it('ranks the same as an index built in one piece', () => {
    const streamed = new SearchEngine({ segmentTokens: 120, recentTokens: 40 });
    const whole = new SearchEngine();
    streamed.upsert(articles.map(asDocument));
    whole.upsert(articles.map(asDocument));
    const order = (engine: SearchEngine) => engine.search('alpha envoy', { limit: 100 }).groups.map((group) => group.documentId);
    expect(order(streamed)).toEqual(order(whole));
  });
});
