import { describe, expect, it } from 'vitest';
import { FIELD_COUNT } from '../../../src/main/search/fields';
import { analyzeFields } from '../../../src/main/search/item-analysis';
import { buildSegment } from '../../../src/main/search/segment';
import { SEARCH_FIELDS } from '../../../src/main/search/types';
import { Vocabulary } from '../../../src/main/search/vocabulary';
import { prng } from '../../support/prng';

describe("a term's entries by field", () => {
  it('bounds every field of every term as the per-field lookup does, the fields a term lacks included', () => {
    const random = prng(5);
    const words = ['truce', 'envoy', 'city', 'siege', 'council', 'harbour', 'vote'];
    const text = () => Array.from({ length: 1 + Math.floor(random() * 30) }, () => words[Math.floor(random() * words.length)]).join(' ');
    const items = Array.from({ length: 120 }, (_, at) =>
      analyzeFields(`i${at}`, Object.fromEntries(SEARCH_FIELDS.filter(() => random() < 0.5).map((field) => [field, text()]))),
    );
    const vocabulary = new Vocabulary();
    const segment = buildSegment(items, vocabulary);
    const bounds = new Uint32Array(FIELD_COUNT + 1);
    let checked = 0;
    for (let term = 0; term < segment.data.termIds.length; term += 1) {
      segment.fieldBounds(term, bounds);
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        expect([bounds[field], bounds[field + 1]]).toEqual(segment.fieldEntries(term, field));
        checked += 1;
      }
    }
    expect(checked).toBe(words.length * FIELD_COUNT);
  });

  it('bounds a term found in one field only, whichever field that is', () => {
    // Each field has words of its own, so every term takes the one-field path.
    const items = Array.from({ length: 40 }, (_, at) =>
      analyzeFields(`i${at}`, Object.fromEntries(SEARCH_FIELDS.map((field, number) => [field, `${field}word${at % 3} only${number}`]))),
    );
    const segment = buildSegment(items, new Vocabulary());
    const bounds = new Uint32Array(FIELD_COUNT + 1);
    for (let term = 0; term < segment.data.termIds.length; term += 1) {
      segment.fieldBounds(term, bounds);
      const fields = Array.from({ length: FIELD_COUNT }, (_, field) => segment.fieldEntries(term, field));
      expect(fields.filter(([from, to]) => to > from)).toHaveLength(1);
      fields.forEach((range, field) => expect([bounds[field], bounds[field + 1]]).toEqual(range));
    }
    expect(segment.data.termIds.length).toBe(SEARCH_FIELDS.length * 4);
  });
});

describe("the items' field lengths, field by field", () => {
  it('hold every item\'s length in every field where scoring reads it', () => {
    const random = prng(9);
    const items = Array.from({ length: 75 }, (_, at) =>
      analyzeFields(
        `i${at}`,
        Object.fromEntries(SEARCH_FIELDS.filter(() => random() < 0.6).map((field) => [field, Array.from({ length: 1 + Math.floor(random() * 12) }, (_, word) => `w${word}`).join(' ')])),
      ),
    );
    const segment = buildSegment(items, new Vocabulary());
    const lengths = segment.lengthsByField();
    const expected = Array.from({ length: FIELD_COUNT }, (_, field) => items.map((item) => item.fields.find((entry) => entry.field === field)?.length ?? 0));
    const read = Array.from({ length: FIELD_COUNT }, (_, field) => items.map((_, item) => lengths[field * segment.size + item]));
    expect(read).toEqual(expected);
    expect(expected.flat().some((length) => length > 1)).toBe(true);
    expect(segment.lengthsByField()).toBe(lengths);
  });
});
