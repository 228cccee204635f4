/**
 * The capped edit distance must agree with plain Levenshtein wherever the
 * distance is within the cap, and answer exactly `max + 1` beyond it: the
 * band it computes in is an optimisation, never a different answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../src/shared/anchoring/edit-distance';

/** Textbook full-table Levenshtein over UTF-16 code units, the reference the banded version must match. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('editDistanceWithin', () => {
  it.each([
    ['two empty strings', '', '', 0, 0],
    ['identical words', 'ceasefire', 'ceasefire', 0, 0],
    ['one substitution', 'ceasefire', 'ceasefore', 1, 1],
    ['one insertion', 'ceasefire', 'cease-fire', 1, 1],
    ['one deletion', 'the fragile truce', 'the fragle truce', 1, 1],
    ['kitten to sitting (three edits) with room', 'kitten', 'sitting', 3, 3],
    ['flaw to lawn (delete one end, add the other)', 'flaw', 'lawn', 5, 2],
    ['an empty side: every character is an edit', '', 'abc', 3, 3],
    ['transposed letters cost two', 'form', 'from', 2, 2],
  ])('measures %s', (_, a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
    expect(editDistanceWithin(b, a, max)).toBe(expected);
  });

  it.each([
    ['kitten to sitting, cap 2', 'kitten', 'sitting', 2],
    ['lengths further apart than the cap', 'a', 'abcdef', 3],
    ['an empty side longer than the cap', '', 'abc', 2],
    ['any difference at cap 0', 'ceasefire', 'ceasefirE', 0],
    ['a full rewrite of equal length', 'abcdefgh', 'stuvwxyz', 7],
  ])('answers max + 1 for %s', (_, a, b, max) => {
    expect(editDistanceWithin(a, b, max)).toBe(max + 1);
    expect(editDistanceWithin(b, a, max)).toBe(max + 1);
  });

  it('answers exactly at the cap and one past it', () => {
    // Three edits: 'kitten' → 'sitting'. Cap 3 is the last that sees them.
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 1)).toBe(2);
  });

  it('treats a negative cap as 0 and a fractional one as its floor', () => {
    expect(editDistanceWithin('abc', 'abc', -4)).toBe(0);
    expect(editDistanceWithin('abc', 'abd', -4)).toBe(1);
    // Three edits: a cap of 1.5 is a cap of 1, so the answer is 2 (not 3, as a cap of 2 would give).
    expect(editDistanceWithin('kitten', 'sitting', 1.5)).toBe(2);
    expect(editDistanceWithin('kitten', 'sitting', 3.2)).toBe(3);
  });

  it('counts UTF-16 code units, as every offset in the anchoring code does', () => {
    // U+1F600 and U+1F601 share their high surrogate: one code unit differs.
    expect(editDistanceWithin('\u{1F600}', '\u{1F601}', 4)).toBe(1);
    // An astral character against a BMP one: both units differ in the first place, then one more.
    expect(editDistanceWithin('\u{1F600}', 'a', 4)).toBe(2);
  });

  it('finds a path that leaves and re-enters the diagonal within the band', () => {
    // Deleting at the start and inserting at the end keeps the path one cell off the diagonal throughout.
    const a = `x${'abcdefghij'.repeat(5)}`;
    const b = `${'abcdefghij'.repeat(5)}y`;
    expect(editDistanceWithin(a, b, 2)).toBe(2);
    expect(editDistanceWithin(a, b, 1)).toBe(2);
  });

  it('agrees with full Levenshtein, capped, on random strings', () => {
    // A small alphabet makes near-matches (the cases the band must get right) common.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 24 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 12 }), (a, b, max) => {
        expect(editDistanceWithin(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with full Levenshtein on a string and a few random edits of it', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 3 }), insert: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(edit, { maxLength: 4 }), fc.integer({ min: 0, max: 8 }), (a, edits, max) => {
        let b = a;
        for (const { at, remove, insert } of edits) {
          const i = at % (b.length + 1);
          b = b.slice(0, i) + insert + b.slice(i + remove);
        }
        expect(editDistanceWithin(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});
