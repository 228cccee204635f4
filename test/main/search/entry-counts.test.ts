import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { countAt, CountsWriter, LARGE_COUNT, totalOfCounts } from '../../../src/main/search/entry-counts';
import { fieldNumber } from '../../../src/main/search/fields';
import type { Segment } from '../../../src/main/search/segment';
import { SearchEngine } from '../../../src/main/search/search-engine';
import { prng } from '../../support/prng';
import { allHits, asDocument, makeDocument } from './search-fixtures';

describe('occurrence counts in a byte each', () => {
  it('gives back every count, small or large, written in any order of entries', () => {
    const random = prng(5);
    const counts = Array.from({ length: 2_000 }, () => {
      const pick = random();
      return pick < 0.9 ? 1 + Math.floor(random() * 20) : pick < 0.95 ? LARGE_COUNT - 2 + Math.floor(random() * 4) : 255 + Math.floor(random() * 100_000);
    });
    const order = counts.map((_, entry) => entry).sort(() => random() - 0.5);
    const writer = new CountsWriter(counts.length);
    for (const entry of order) writer.set(entry, counts[entry]!);
    const large = writer.large();
    expect(large.length / 2).toBe(counts.filter((count) => count >= LARGE_COUNT).length);
    expect(counts.map((_, entry) => countAt(writer.small, large, entry))).toEqual(counts);
    expect(totalOfCounts(writer.small, large)).toBe(counts.reduce((sum, count) => sum + count, 0));
  });

  it.each([0, 1, 2, 3])('totals the bytes four at a time as one at a time would, at offset %i', (offset) => {
    const random = prng(11 + offset);
    for (const length of [0, 3, 257, 1_029]) {
      const backing = new Uint8Array(length + offset);
      const small = backing.subarray(offset);
      const pairs: number[] = [];
      for (let entry = 0; entry < length; entry += 1) {
        const pick = random();
        small[entry] = pick < 0.2 ? LARGE_COUNT : pick < 0.3 ? 254 : Math.floor(random() * 255);
        if (small[entry] === LARGE_COUNT) pairs.push(entry, 300 + entry);
      }
      const naive = [...small].reduce((sum, byte, entry) => sum + (byte === LARGE_COUNT ? 300 + entry : byte), 0);
      expect(totalOfCounts(small, new Uint32Array(pairs)), `length ${length}`).toBe(naive);
      // A 255 more than there are pairs for: refused.
      if (length > 0 && small[length - 1] !== LARGE_COUNT) {
        small[length - 1] = LARGE_COUNT;
        expect(totalOfCounts(small, new Uint32Array(pairs))).toBe(-1);
      }
    }
  });
});

/** The entry of `term` in the segment holding document `id`'s body, as [segment, entry]. */
function bodyEntry(engine: SearchEngine, id: string, term: string): [Segment, number] {
  for (const segment of engine['index'].segments() as readonly Segment[]) {
    const item = segment.data.keys.indexOf(`d:${id}`);
    const local = segment.termId(analyzeWord(term)!);
    if (item === -1 || local === -1 || segment.isDeleted(item)) continue;
    const [from, to] = segment.fieldEntries(local, fieldNumber('body'));
    const entry = segment.findEntry(from, to, item);
    if (entry !== -1) return [segment, entry];
  }
  throw new Error(`no entry of ${term} in ${id}`);
}

describe('a word said hundreds of times in one article', () => {
  const times = [1, 254, 255, 256, 1_000];
  const documents = times.map((count) => makeDocument(`d${count}`, `Times ${count}`, [`${'ceasefire talks '.repeat(count)}end`]));

  it('keeps its count, its occurrences and its rank through merges, a save and a load', () => {
    const folder = mkdtempSync(join(tmpdir(), 'scholia-counts-'));
    try {
      const engine = new SearchEngine({ segmentTokens: 600, recentTokens: 100 });
      for (const document of documents) engine.upsert([asDocument(document)]);
      while (engine.maintain());
      const order = (of: SearchEngine) => allHits(of.search('ceasefire', { limit: 10 })).map((hit) => [hit.itemId, hit.score]);
      const expected = order(engine);
      expect(expected.map(([id]) => id)).toEqual(['d1000', 'd256', 'd255', 'd254', 'd1']);
      engine.saveTo(join(folder, 'index.bin'));
      const restored = new SearchEngine({ segmentTokens: 600, recentTokens: 100 });
      expect(restored.loadFrom(join(folder, 'index.bin'))).toMatchObject({ loaded: true });
      expect(order(restored)).toEqual(expected);
      for (const count of times) {
        const [segment, entry] = bodyEntry(restored, `d${count}`, 'ceasefire');
        expect(segment.occurrenceCount(entry)).toBe(count);
        const occurrences = segment.occurrences(entry);
        expect(occurrences.length).toBe(count * 2);
        // The last occurrence is where the text puts it: the positions were read for the right count.
        const body = documents[times.indexOf(count)]!.text;
        expect(occurrences[(count - 1) * 2]).toBe(body.lastIndexOf('ceasefire'));
      }
      expect(restored.search('"ceasefire talks end"').totalItems).toBe(times.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
