import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { fieldNumber } from '../../../src/main/search/fields';
import { analyzeFields } from '../../../src/main/search/item-analysis';
import { findPhrase, phraseSpans } from '../../../src/main/search/phrase-matcher';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { buildSegment, type Segment } from '../../../src/main/search/segment';
import { mergeSegments } from '../../../src/main/search/segment-merge';
import { UNNUMBERED, Vocabulary } from '../../../src/main/search/vocabulary';
import { prng } from '../../support/prng';
import { asDocument, makeDocument } from './search-fixtures';

const BODY = fieldNumber('body');

const TEXTS = [
  'The siege of the city ended. Its people left, but over time the siege its critics feared returned.',
  'A cessation of hostilities was agreed, then the cessation failed.',
  'They spoke of a country at war, out of the question for most of country folk.',
];

function indexOf(texts: readonly string[], vocabulary = new Vocabulary()): { segment: Segment; texts: readonly string[] } {
  const items = texts.map((text, at) => analyzeFields(`d${at}`, { body: text }));
  return { segment: buildSegment(items, vocabulary), texts };
}

/** Phrase matches as (item, count, spans as text), and how many field texts were read to find them. */
function phrase(words: string[], { segment, texts }: { segment: Segment; texts: readonly string[] }) {
  let reads = 0;
  const fieldText = (_segment: Segment, item: number) => {
    reads += 1;
    return texts[item]!;
  };
  const found = findPhrase({ words, fields: [BODY], segments: [segment], isWanted: () => true, fieldText });
  const readsToFind = reads;
  const matches = found.map(({ item, count }) => ({
    item,
    count,
    spans: phraseSpans(words, segment, item, BODY, fieldText).map(({ start, end }) => texts[item]!.slice(start, end)),
  }));
  return { matches, reads: { find: readsToFind } };
}

/** What a reader of the text finds: the phrase's words, in order, with only spaces or punctuation between them (overlaps counted). */
function byReading(words: string[], texts: readonly string[]): { item: number; count: number }[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?=${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}]))`, 'giu');
  return texts.flatMap((text, item) => {
    const count = text.match(pattern)?.length ?? 0;
    return count > 0 ? [{ item, count }] : [];
  });
}

describe('phrases with stop words, decided on the words recorded beside each occurrence', () => {
  it('finds a stop word beside an indexed word without reading any text', () => {
    const index = indexOf(TEXTS);
    for (const words of [['siege', 'its'], ['but', 'over'], ['of', 'country'], ['cessation', 'of', 'hostilities'], ['the', 'cessation'], ['out', 'of', 'the'], ['of', 'the', 'city'], ['siege', 'of', 'the'], ['the', 'city', 'ended']]) {
      const { matches, reads } = phrase(words, index);
      expect(reads.find, words.join(' ')).toBe(0);
      expect(matches.map(({ item, count }) => ({ item, count })), words.join(' ')).toEqual(byReading(words, TEXTS));
    }
    expect(phrase(['siege', 'its'], index).matches).toEqual([{ item: 0, count: 1, spans: ['siege its'] }]);
    expect(phrase(['of', 'country'], index).matches).toEqual([{ item: 2, count: 1, spans: ['of country'] }]);
  });

  it('tells one stop word from another: "the cessation" is not "a cessation"', () => {
    const index = indexOf(TEXTS);
    expect(phrase(['the', 'cessation'], index).matches.map(({ count }) => count)).toEqual([1]);
    expect(phrase(['a', 'cessation'], index).matches.map(({ count }) => count)).toEqual([1]);
    expect(phrase(['an', 'cessation'], index).matches).toEqual([]);
    expect(phrase(['cessation', 'failed'], index).matches.map(({ item }) => item)).toEqual([1]);
  });

  it('tells two stop words apart from two others: "of the city" is not "at the city"', () => {
    const index = indexOf(['They met at the city gate.', 'The siege of the city ended.', 'Rebels of a city held.']);
    expect(phrase(['of', 'the', 'city'], index)).toMatchObject({ matches: [{ item: 1, count: 1 }], reads: { find: 0 } });
    expect(phrase(['at', 'the', 'city'], index)).toMatchObject({ matches: [{ item: 0, count: 1 }], reads: { find: 0 } });
    expect(phrase(['city', 'held'], index).matches.map(({ item }) => item)).toEqual([2]);
    expect(phrase(['rebels', 'of', 'the'], index)).toEqual({ matches: [], reads: { find: 0 } });
  });

  it('still reads the text where a stop word is three words from any indexed one, and only for candidates', () => {
    const index = indexOf(TEXTS);
    const { matches, reads } = phrase(['for', 'most', 'of', 'country'], index);
    expect(matches).toEqual([{ item: 2, count: 1, spans: ['for most of country'] }]);
    expect(reads.find).toBe(1);
    // No "war" has "of the" after it: nothing to read.
    expect(phrase(['war', 'of', 'the', 'a'], index)).toEqual({ matches: [], reads: { find: 0 } });
  });

  it('agrees with reading the text on random phrases over random texts', () => {
    const random = prng(11);
    const words = ['siege', 'city', 'of', 'the', 'a', 'its', 'but', 'over', 'country', 'war', 'at', 'to'];
    const pick = () => words[Math.floor(random() * words.length)]!;
    const texts = Array.from({ length: 30 }, () => Array.from({ length: 40 }, pick).join(random() < 0.5 ? ' ' : ', '));
    const index = indexOf(texts);
    for (let trial = 0; trial < 300; trial += 1) {
      const phraseWords = Array.from({ length: 2 + Math.floor(random() * 3) }, pick);
      if (phraseWords.every((word) => analyzeWord(word) === null)) continue;
      const found = phrase(phraseWords, index).matches.map(({ item, count }) => ({ item, count }));
      expect(found, phraseWords.join(' ')).toEqual(byReading(phraseWords, texts));
    }
  });

  it('keeps the numbers through merges, and across save and load', () => {
    const vocabulary = new Vocabulary();
    const first = indexOf(TEXTS.slice(0, 2), vocabulary).segment;
    const second = indexOf(TEXTS.slice(2), vocabulary).segment;
    const merged = mergeSegments([first, second], vocabulary);
    expect(phrase(['the', 'cessation'], { segment: merged, texts: TEXTS }).matches.map(({ item }) => item)).toEqual([1]);
    expect(phrase(['of', 'country'], { segment: merged, texts: TEXTS }).matches.map(({ item }) => item)).toEqual([2]);

    const engine = new SearchEngine({ segmentTokens: 20, recentTokens: 20 });
    engine.upsert(TEXTS.map((text, at) => asDocument(makeDocument(`d${at}`, `Dispatch ${at}`, [text]))));
    while (engine.maintain());
    const restored = new SearchEngine({ segmentTokens: 20, recentTokens: 20 });
    expect(restored.loadFromFile(Buffer.concat(engine.serializeToFile()))).toMatchObject({ loaded: true });
    restored.upsert([asDocument(makeDocument('late', 'Late', ['Then the cessation of fire held.']))]);
    while (restored.maintain());
    for (const query of ['"the cessation"', '"a cessation"', '"of country"', '"siege its"', '"cessation of"']) {
      const ids = (search: SearchEngine) => search.search(query, { limit: 50 }).groups.map((group) => group.documentId).sort();
      expect(ids(restored), query).toEqual(query === '"the cessation"' || query === '"cessation of"' ? [...ids(engine), 'late'].sort() : ids(engine));
    }
  });

  it('falls back to the text once the index has numbered as many stop words as a byte holds', () => {
    const vocabulary = new Vocabulary();
    for (let at = 1; at < UNNUMBERED; at += 1) vocabulary.neighbourNumber(`filler${at}`);
    const index = indexOf(TEXTS, vocabulary);
    const { matches, reads } = phrase(['the', 'cessation'], index);
    expect(matches.map(({ item, count }) => ({ item, count }))).toEqual([{ item: 1, count: 1 }]);
    expect(reads.find).toBeGreaterThan(0);
  });
});
