import { describe, expect, it } from 'vitest';
import { analyzeFields, type AnalyzedItem } from '../../../src/main/search/item-analysis';
import { buildSegment, type Segment } from '../../../src/main/search/segment';
import { mergeSegments } from '../../../src/main/search/segment-merge';
import { SEARCH_FIELDS } from '../../../src/main/search/types';
import { Vocabulary } from '../../../src/main/search/vocabulary';
import { prng } from '../../support/prng';

// Stop words among the words, so occurrences carry neighbour bytes.
const WORDS = 'the truce of a siege held in city envoy said council and but harbour vote over talks'.split(' ');

function randomItems(count: number, seed: number): AnalyzedItem[] {
  const random = prng(seed);
  const text = () => Array.from({ length: 1 + Math.floor(random() * 25) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, at) =>
    analyzeFields(`s${seed}-i${at}`, Object.fromEntries(SEARCH_FIELDS.filter(() => random() < 0.6).map((field) => [field, text()]))),
  );
}

function arraysOf(segment: Segment) {
  const { keys, fieldLengths, termIds, termStart, entryItem, entryField, entryOccurrences, largeOccurrences, entryOffset, occurrenceBytes } = segment.data;
  return { keys, fieldLengths, termIds, termStart, entryItem, entryField, entryOccurrences, largeOccurrences, entryOffset, occurrenceBytes };
}

describe('merging segments', () => {
  it('makes, array for array, the segment a build from the live items would make', () => {
    const vocabulary = new Vocabulary();
    // Some words occur 255 times or more in an item: their counts are kept apart (entry-counts) and must follow their entries' new numbers.
    const repeated = (key: string, times: number) => analyzeFields(key, { body: `${'truce held '.repeat(times)}envoy`, note: 'siege '.repeat(times + 3) });
    const batches = [randomItems(40, 1), [...randomItems(25, 2), repeated('r1', 300), repeated('r2', 254)], [repeated('r3', 256), ...randomItems(60, 3)]];
    const sources = batches.map((items) => buildSegment(items, vocabulary));
    const random = prng(9);
    const live = batches.flatMap((items, source) =>
      items.filter((_, item) => {
        if (random() >= 0.3) return true;
        sources[source]!.tombstone(item);
        return false;
      }),
    );
    expect(live.length).toBeLessThan(128);
    expect(sources.map((source) => source.data.largeOccurrences.length)).toEqual([0, 8, 6]);
    expect(arraysOf(mergeSegments(sources, vocabulary))).toEqual(arraysOf(buildSegment(live, vocabulary)));
  });

  it('drops a term whose every item is deleted, and merges segments left empty into an empty one', () => {
    const vocabulary = new Vocabulary();
    const only = buildSegment([analyzeFields('a', { body: 'zanzibar truce' }), analyzeFields('b', { body: 'truce' })], vocabulary);
    only.tombstone(0);
    const merged = mergeSegments([only], vocabulary);
    expect(merged.data.keys).toEqual(['b']);
    expect(merged.termId('zanzibar')).toBe(-1);
    expect(merged.termId('truce')).not.toBe(-1);
    only.tombstone(1);
    const empty = mergeSegments([only], vocabulary);
    expect(empty.size).toBe(0);
    expect(empty.data.termIds).toHaveLength(0);
  });
});
