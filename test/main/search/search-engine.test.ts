import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { SearchQueryError } from '../../../src/main/search/search-query-error';
import {
  allHits,
  asDocument,
  asPassage,
  hitBlockTexts,
  makeDocument,
  passageOver,
  sampleDocument,
  textsAt,
} from './search-fixtures';

const ALL_BLOCKS = { blocksPerDocument: 100 };

function sampleEngine() {
  const document = sampleDocument();
  const engine = new SearchEngine();
  engine.upsert([asDocument(document)]);
  return { engine, document };
}

describe('search over the sample article', () => {
  it('finds exactly the two paragraphs containing "cessation of hostilities", ranges on the phrase', () => {
    const { engine, document } = sampleEngine();
    const result = engine.search('"cessation of hostilities"', ALL_BLOCKS);
    const blocks = hitBlockTexts(document, result);
    expect(blocks).toHaveLength(2);
    expect(blocks.every((text) => text.includes('cessation of hostilities'))).toBe(true);
    const expectedBlocks = document.blocks
      .map((block) => document.text.slice(block.start, block.end))
      .filter((text) => text.includes('cessation of hostilities'));
    expect(blocks.sort()).toEqual(expectedBlocks.sort());
    for (const hit of allHits(result)) {
      expect(textsAt(document.text, hit.ranges)).toEqual(['cessation of hostilities']);
      expect(textsAt(hit.snippet.text, hit.snippet.highlights)).toEqual(['cessation of hostilities']);
    }
  });

  it('finds "patience" in the title, the standfirst and the quote paragraph', () => {
    const { engine, document } = sampleEngine();
    const result = engine.search('patience', ALL_BLOCKS);
    const kinds = allHits(result).map((hit) => document.blocks[hit.blockIndex!]!.kind);
    expect(kinds).toEqual(expect.arrayContaining(['title', 'standfirst']));
    expect(hitBlockTexts(document, result)).toEqual(
      expect.arrayContaining([expect.stringContaining('"Russia needs to understand that our patience is not infinite')]),
    );
    for (const hit of allHits(result)) expect(textsAt(document.text, hit.ranges)).toEqual(['patience']);
  });

  it('points every range exactly at a matched word in the document text', () => {
    const { engine, document } = sampleEngine();
    const result = engine.search('Syria Zarif', ALL_BLOCKS);
    const words = allHits(result).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(["Syria", "Syria's", 'Zarif']).toContain(word);
    const expectedCount = (document.text.match(/\bSyria('s)?\b|\bZarif\b/g) ?? []).length;
    expect(words).toHaveLength(expectedCount);
  });

  it('stems: "ceasefires" finds "ceasefire"', () => {
    const { engine, document } = sampleEngine();
    const words = allHits(engine.search('ceasefires', ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words)).toEqual(new Set(['ceasefire']));
  });

  it("finds the possessive Kerry's by Kerry, and Kerry by Kerry's", () => {
    const { engine, document } = sampleEngine();
    for (const query of ['Kerry', "Kerry's"]) {
      const words = allHits(engine.search(query, ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
      expect(words).toContain("Kerry's");
      expect(words).toContain('Kerry');
    }
  });

  it('restricts to a field', () => {
    const { engine, document } = sampleEngine();
    expect(engine.search('title:patience').totalItems).toBe(1);
    expect(engine.search('title:hostilities').totalItems).toBe(0);
    expect(textsAt(document.text, allHits(engine.search('byline:sheva')).flatMap((hit) => hit.ranges))).toEqual(['Sheva']);
  });

  it('expands prefixes and fuzzy terms', () => {
    const { engine, document } = sampleEngine();
    const prefixWords = allHits(engine.search('hostil*', ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(new Set(prefixWords)).toEqual(new Set(['hostilities']));
    // Like lunr, a fuzzy word is stemmed first, then matched within the edit distance.
    const fuzzyWords = allHits(engine.search('ceasfire~1', ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(new Set(fuzzyWords)).toEqual(new Set(['ceasefire']));
    expect(engine.search('ceasfire').totalItems).toBe(0);
  });

  it('throws SearchQueryError, not a lunr error, for a query that does not parse', () => {
    const { engine } = sampleEngine();
    expect(() => engine.search('title:')).toThrow(SearchQueryError);
    expect(() => engine.search('~~')).toThrow(SearchQueryError);
    expect(() => engine.search('"cessation of')).toThrow(SearchQueryError);
  });
});

describe('phrases on the sample article', () => {
  it.each([
    ['"Kerry\'s talks"', ["Kerry's talks"]],
    ['"kerry talks"', ["Kerry's talks"]],
    ['"the united nations says"', ['The United Nations says']],
    ['"Kerry tells Russia"', ['Kerry tells Russia']],
    ['"anti-government protests"', ['anti-government protests']],
    ['"600,000 Syrians"', ['600,000 Syrians']],
    ['"in March 2011"', ['in March 2011']],
    ['"patience is infinite"', []],
  ])('%s matches exactly %j', (query, expected) => {
    const { engine, document } = sampleEngine();
    const words = allHits(engine.search(query, ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(words).toEqual(expected);
  });
});

describe('phrase precision', () => {
  const near = makeDocument('near', 'Talks', ['The cessation of hostilities held for a week.']);
  const apart = makeDocument('apart', 'Talks', ['Hostilities resumed after the cessation of talks.']);
  const swapped = makeDocument('swapped', 'Talks', ['A cessation by hostilities was announced.']);
  const split = makeDocument('split', 'Talks', ['Cessation was agreed.', 'Of hostilities, little was said.']);

  it('matches only where the words are adjacent, in order, with the same stop words', () => {
    const engine = new SearchEngine();
    engine.upsert([near, apart, swapped, split].map(asDocument));
    const ids = (query: string) => engine.search(query).groups.map((group) => group.documentId);
    expect(ids('cessation hostilities').sort()).toEqual(['apart', 'near', 'split', 'swapped']);
    expect(ids('"cessation of hostilities"')).toEqual(['near']);
    expect(ids('"hostilities cessation"')).toEqual([]);
    expect(ids('"cessation by hostilities"')).toEqual(['swapped']);
    expect(ids('+cessation -"cessation of hostilities"').sort()).toEqual(['apart', 'split', 'swapped']);
  });
});

describe('phrases decided on the postings', () => {
  it('matches a word whose stem reads like a stop word ("one" stems to "on"), with or without stop words around it', () => {
    const engine = new SearchEngine();
    const document = makeDocument('council', 'Minutes', ['Only one council met; the other council sat on one bench.']);
    engine.upsert([asDocument(document)]);
    const phrases = (query: string) => allHits(engine.search(query, ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(phrases('"one council"')).toEqual(['one council']);
    expect(phrases('"only one council"')).toEqual(['Only one council']);
    expect(phrases('"on one bench"')).toEqual(['on one bench']);
    // "on" is a stop word: matched as written, so it does not read "one".
    expect(phrases('"only on council"')).toEqual([]);
  });

  it('ranges cover a last word longer than a position records', () => {
    const long = `b${'o'.repeat(299)}`;
    const document = makeDocument('long', 'Long', [`An alpha ${long} ends here, and alpha beta too.`]);
    const engine = new SearchEngine();
    engine.upsert([asDocument(document)]);
    const ranges = (query: string) => allHits(engine.search(query, ALL_BLOCKS)).flatMap((hit) => textsAt(document.text, hit.ranges));
    expect(ranges(`"alpha ${long}"`)).toEqual([`alpha ${long}`]);
    expect(ranges('"alpha beta"')).toEqual(['alpha beta']);
  });

  it('counts every occurrence for ranking, but finds ranges only for the items shown', () => {
    const documents = Array.from({ length: 30 }, (_, index) =>
      makeDocument(`d${index}`, `Report ${index}`, [Array.from({ length: 1 + (index % 5) }, () => 'The aid convoy arrived.').join(' ')]),
    );
    const engine = new SearchEngine({ segmentTokens: 40, recentTokens: 20 });
    engine.upsert(documents.map(asDocument));
    const result = engine.search('"aid convoy"', { limit: 5, blocksPerDocument: 100 });
    expect(result.totalItems).toBe(30);
    // The documents with the phrase five times rank first.
    expect(result.groups.map((group) => Number(group.documentId!.slice(1)) % 5)).toEqual([4, 4, 4, 4, 4]);
    for (const group of result.groups) {
      const document = documents.find((candidate) => candidate.id === group.documentId)!;
      expect(allHits({ groups: [group], totalItems: 1 }).flatMap((hit) => textsAt(document.text, hit.ranges))).toEqual(Array(5).fill('aid convoy'));
    }
  });
});

describe('passages, tags and scopes', () => {
  function codedEngine() {
    const document = sampleDocument();
    const zarif = passageOver(document, 'p-zarif', 'a meeting with his Iranian counterpart Mohammad Javad Zarif', {
      tags: ['actors/Zarif'],
      note: 'Iran as a broker',
    });
    const ceasefire = passageOver(document, 'p-truce', 'a fragile cessation of hostilities in Syria', {
      tags: ['themes/ceasefire', 'Themes/Ceasefire/Fragility'],
    });
    const kerry = passageOver(document, 'p-kerry', 'our patience is not infinite', { tags: ['actors/Kerry', 'themes/patience'] });
    const other = makeDocument('other', 'Elsewhere', ['A ceasefire in another war.']);
    const engine = new SearchEngine();
    engine.upsert([asDocument(document), asDocument(other), ...[zarif, ceasefire, kerry].map(asPassage)]);
    engine.upsert([{ kind: 'note', item: { id: 'n1', documentId: 'kerry', passageId: null, text: 'Compare with the ceasefire in Yemen.' } }]);
    engine.upsert([{ kind: 'note', item: { id: 'n2', documentId: null, passageId: null, text: 'A loose ceasefire idea.' } }]);
    return { engine, document };
  }

  const kindsAndIds = (result: ReturnType<SearchEngine['search']>) =>
    allHits(result)
      .map((hit) => `${hit.kind}:${hit.itemId}`)
      .filter((value, index, all) => all.indexOf(value) === index)
      .sort();

  it('tag: matches the tag and its children, case-insensitively', () => {
    const { engine } = codedEngine();
    expect(kindsAndIds(engine.search('tag:actors'))).toEqual(['passage:p-kerry', 'passage:p-zarif']);
    expect(kindsAndIds(engine.search('tag:actors/zarif'))).toEqual(['passage:p-zarif']);
    expect(kindsAndIds(engine.search('tag:themes/ceasefire'))).toEqual(['passage:p-truce']);
    expect(kindsAndIds(engine.search('tag:themes/ceasefire/fragility'))).toEqual(['passage:p-truce']);
    expect(kindsAndIds(engine.search('tag:act'))).toEqual([]);
    expect(kindsAndIds(engine.search('tag:themes -tag:themes/patience'))).toEqual(['passage:p-truce']);
    expect(kindsAndIds(engine.search('tag:themes in:notes ceasefire'))).toEqual([]);
    expect(kindsAndIds(engine.search('tag:themes in:notes in:passages ceasefire'))).toEqual(['passage:p-truce']);
    expect(kindsAndIds(engine.search('-tag:actors in:passages'))).toEqual([]);
    expect(kindsAndIds(engine.search('-tag:themes/ceasefire ceasefire'))).toEqual(['document:kerry', 'document:other', 'note:n1', 'note:n2']);
  });

  it('combines tag: with words and reports the passage tags and its ranges in the document', () => {
    const { engine, document } = codedEngine();
    const result = engine.search('tag:themes hostilities');
    const hits = allHits(result);
    expect(hits.map((hit) => hit.itemId)).toEqual(['p-truce']);
    expect(hits[0]!.tags).toEqual(['themes/ceasefire', 'Themes/Ceasefire/Fragility']);
    expect(textsAt(document.text, hits[0]!.ranges)).toEqual(['hostilities']);
    const passageStart = document.text.indexOf('a fragile cessation of hostilities in Syria');
    expect(hits[0]!.ranges[0]!.start).toBeGreaterThan(passageStart);
  });

  it('finds passages by their note and their tag words', () => {
    const { engine } = codedEngine();
    expect(kindsAndIds(engine.search('in:passages broker'))).toEqual(['passage:p-zarif']);
    expect(kindsAndIds(engine.search('in:passages fragility'))).toEqual(['passage:p-truce']);
    expect(kindsAndIds(engine.search('tags:zarif'))).toEqual(['passage:p-zarif']);
  });

  it('scopes with in:', () => {
    const { engine } = codedEngine();
    expect(kindsAndIds(engine.search('ceasefire in:notes'))).toEqual(['note:n1', 'note:n2']);
    expect(kindsAndIds(engine.search('ceasefire in:documents'))).toEqual(['document:kerry', 'document:other']);
    expect(kindsAndIds(engine.search('patience in:passages'))).toEqual(['passage:p-kerry']);
    expect(kindsAndIds(engine.search('ceasefire')).length).toBe(5);
  });

  it('groups hits by document, notes without a document apart', () => {
    const { engine } = codedEngine();
    const groups = engine.search('ceasefire').groups;
    expect(groups.map((group) => group.documentId).sort()).toEqual([null, 'kerry', 'other'].sort());
    const kerryGroup = groups.find((group) => group.documentId === 'kerry')!;
    // The passage matches by its tag themes/ceasefire.
    expect(new Set(kerryGroup.hits.map((hit) => hit.kind))).toEqual(new Set(['document', 'note', 'passage']));
    for (let index = 1; index < groups.length; index += 1) expect(groups[index - 1]!.score).toBeGreaterThanOrEqual(groups[index]!.score);
  });
});

describe('upserts and removals', () => {
  it('makes upserted items visible and removed items invisible', () => {
    const engine = new SearchEngine();
    const first = makeDocument('a', 'First', ['A durable truce was signed.']);
    engine.upsert([asDocument(first)]);
    expect(engine.search('truce').totalItems).toBe(1);
    engine.upsert([asDocument(makeDocument('b', 'Second', ['Another truce.']))]);
    expect(engine.search('truce').totalItems).toBe(2);
    engine.remove([{ kind: 'document', id: 'a' }]);
    expect(engine.search('truce').groups.map((group) => group.documentId)).toEqual(['b']);
  });

  it('replaces a passage on upsert: old tags and notes stop matching', () => {
    const engine = new SearchEngine();
    const document = sampleDocument();
    const passage = passageOver(document, 'p', 'our patience is not infinite', { tags: ['actors/Kerry'], note: 'warning' });
    engine.upsert([asDocument(document), asPassage(passage)]);
    expect(engine.search('tag:actors').totalItems).toBe(1);
    engine.upsert([asPassage({ ...passage, tags: ['themes/patience'], note: 'threat' })]);
    expect(engine.search('tag:actors').totalItems).toBe(0);
    expect(engine.search('in:passages warning').totalItems).toBe(0);
    expect(engine.search('in:passages threat').totalItems).toBe(1);
  });

  it('hides items of sealed segments with tombstones, across many segments', () => {
    // A tiny segment size seals a segment every few documents.
    const engine = new SearchEngine({ segmentTokens: 20, recentTokens: 20 });
    const documents = Array.from({ length: 30 }, (_, index) =>
      makeDocument(`d${index}`, `Report ${index}`, [`Delegates discussed the ceasefire number${index} in detail again.`]),
    );
    engine.upsert(documents.map(asDocument));
    expect(engine.stats().segments).toBeGreaterThan(5);
    expect(engine.search('ceasefire', { limit: 100 }).totalItems).toBe(30);
    engine.remove([{ kind: 'document', id: 'd3' }, { kind: 'document', id: 'd17' }]);
    const ids = engine.search('ceasefire', { limit: 100 }).groups.map((group) => group.documentId);
    expect(ids).toHaveLength(28);
    expect(ids).not.toContain('d3');
    expect(ids).not.toContain('d17');
    engine.upsert([asDocument(makeDocument('d5', 'Report 5', ['Nothing about truces here.']))]);
    expect(engine.search('ceasefire', { limit: 100 }).totalItems).toBe(27);
    expect(engine.search('truces').groups.map((group) => group.documentId)).toEqual(['d5']);
    expect(engine.search('number5').totalItems).toBe(0);
  });

  it('merges small and mostly-deleted segments without changing answers', () => {
    const engine = new SearchEngine({ segmentTokens: 40, recentTokens: 8 });
    for (let index = 0; index < 40; index += 1) {
      engine.upsert([asDocument(makeDocument(`d${index}`, `Note ${index}`, [`The truce number${index} held.`]))]);
    }
    engine.remove(Array.from({ length: 10 }, (_, index) => ({ kind: 'document' as const, id: `d${index * 2}` })));
    // Scores may shift (tombstoned items still count in statistics until merged), matches may not.
    const answer = () =>
      allHits(engine.search('truce', { limit: 100 }))
        .map((hit) => `${hit.itemId} ${JSON.stringify(hit.ranges)}`)
        .sort();
    const before = answer();
    const segmentsBefore = engine.stats().segments;
    expect(engine.needsMaintenance()).toBe(true);
    expect(engine.maintain()).toBe(true);
    expect(engine.stats().segments).toBeLessThan(segmentsBefore);
    expect(answer()).toEqual(before);
    expect(before).toHaveLength(30);
    expect(engine.search('number4').totalItems).toBe(0);
    expect(engine.search('"truce number5"').totalItems).toBe(1);
  });

  it('merges a step at a time, each about one segment of words, however many small segments wait', () => {
    // Documents arrive a few at a time, as a first build sends them, each batch sealed as a small segment.
    const engine = new SearchEngine({ segmentTokens: 60, recentTokens: 8 });
    for (let index = 0; index < 60; index += 1) {
      engine.upsert([asDocument(makeDocument(`d${index}`, `Note ${index}`, [`The truce number${index} held firm.`]))]);
    }
    const before = engine.search('truce', { limit: 100 }).groups.map((group) => group.documentId).sort();
    const counts = [engine.stats().segments];
    while (engine.maintain()) counts.push(engine.stats().segments);
    // One step used to merge every small segment at once; now each step merges only a few.
    expect(counts.length).toBeGreaterThan(4);
    for (let step = 1; step < counts.length; step += 1) expect(counts[step - 1]! - counts[step]!).toBeLessThan(counts[0]! / 3);
    expect(counts.at(-1)!).toBeLessThan(counts[0]! / 2);
    expect(engine.needsMaintenance()).toBe(false);
    expect(engine.search('truce', { limit: 100 }).groups.map((group) => group.documentId).sort()).toEqual(before);
  });

  it('scores a document the same whether it sits in a sealed or the recent segment', () => {
    const build = (segmentTokens: number) => {
      const engine = new SearchEngine({ segmentTokens, recentTokens: segmentTokens });
      engine.upsert(
        Array.from({ length: 12 }, (_, index) =>
          asDocument(makeDocument(`d${index}`, `Report ${index}`, [index % 3 === 0 ? 'The truce held.' : 'Talks went on.'])),
        ),
      );
      return engine.search('truce').groups.map((group) => [group.documentId, group.score.toFixed(6)]);
    };
    expect(build(10)).toEqual(build(1_000_000));
  });
});
