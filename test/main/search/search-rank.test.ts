import { describe, expect, it } from 'vitest';
import { parseItemKey } from '../../../src/main/search/item-keys';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { SearchQueryError } from '../../../src/main/search/search-query-error';
import { allHits, asDocument, asPassage, makeDocument, passageOver, sampleDocument } from './search-fixtures';

function engineWithArticles(): SearchEngine {
  const document = sampleDocument();
  const others = Array.from({ length: 30 }, (_, index) =>
    makeDocument(`d${index}`, `Report ${index}`, [
      `The ceasefire held ${index % 3 === 0 ? 'barely, the ceasefire fragile' : 'for a day'}.`,
      index % 2 === 0 ? 'Talks in Geneva resumed.' : 'Rebels shelled the town.',
    ]),
  );
  const engine = new SearchEngine();
  engine.upsert([asDocument(document), ...others.map(asDocument)]);
  engine.upsert([asPassage(passageOver(document, 'p-truce', 'cessation of hostilities', { tags: ['themes/ceasefire'] }))]);
  return engine;
}

/** The items a search shows, best first, as `kind:id`. */
function shownItems(engine: SearchEngine, query: string, limit: number): string[] {
  const hits = allHits(engine.search(query, { limit }));
  return [...new Map(hits.map((hit) => [`${hit.kind}:${hit.itemId}`, hit.score])).entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([item]) => item);
}

describe('ranking without hits', () => {
  const engine = engineWithArticles();

  it.each(['ceasefire', 'ceasefire geneva', '+ceasefire +rebels', '"the ceasefire"', 'cease*', 'ceasfire~1', 'tag:themes'])(
    'ranks the same items as search does for %s, with the same total',
    (query) => {
      const ranked = engine.rank(query, 10);
      const named = ranked.keys.map((key) => {
        const { kind, id } = parseItemKey(key);
        return `${kind}:${id}`;
      });
      expect(named.length).toBeGreaterThan(0);
      expect(named.length).toBeLessThanOrEqual(10);
      expect(new Set(named)).toEqual(new Set(shownItems(engine, query, 10)));
      expect(ranked.totalItems).toBe(engine.search(query, { limit: 10 }).totalItems);
    },
  );

  it('keeps the best first and stops at the limit', () => {
    const all = engine.rank('ceasefire', 100);
    expect(all.totalItems).toBeGreaterThan(10);
    expect(engine.rank('ceasefire', 5).keys).toEqual(all.keys.slice(0, 5));
  });

  it('refuses a malformed query as search does, and finds nothing for an unknown word', () => {
    expect(() => engine.rank('"unclosed', 10)).toThrow(SearchQueryError);
    expect(engine.rank('zzyzx', 10)).toEqual({ keys: [], totalItems: 0 });
  });
});
