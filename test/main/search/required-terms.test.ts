import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { allHits, asDocument, makeDocument } from './search-fixtures';

const ids = (engine: SearchEngine, query: string) => [...new Set(allHits(engine.search(query)).map((hit) => hit.itemId))].sort();

describe('required words', () => {
  const engine = new SearchEngine();
  engine.upsert([
    asDocument(makeDocument('a', 'Envoy talks', ['The envoy met rebels at the border crossing.'])),
    asDocument(makeDocument('b', 'Envoy again', ['The envoy spoke about the convoy and the border crossing.'])),
    asDocument(makeDocument('c', 'Convoy', ['An aid convoy reached the town.'])),
    asDocument(makeDocument('d', 'Quiet', ['Nothing about envoys here, only weather.'])),
  ]);

  it('keeps only items with every required word, whichever is rarer', () => {
    expect(ids(engine, '+envoy +convoy')).toEqual(['b']);
    expect(ids(engine, '+convoy +envoy')).toEqual(['b']);
  });

  it('lets optional words rank but not add items beside a required one', () => {
    expect(ids(engine, '+convoy rebels')).toEqual(['b', 'c']);
    const ranked = engine.search('+envoy convoy').groups.map((group) => group.documentId);
    expect(ranked[0]).toBe('b');
    expect(ranked).not.toContain('c');
  });

  it('checks a phrase only among the items the required words found', () => {
    expect(ids(engine, '+convoy +"border crossing"')).toEqual(['b']);
    expect(ids(engine, '+"border crossing" -convoy')).toEqual(['a']);
  });

  it('finds nothing when a required word is in no item', () => {
    expect(ids(engine, '+envoy +zanzibar')).toEqual([]);
    expect(engine.search('+zanzibar envoy').totalItems).toBe(0);
  });
});
