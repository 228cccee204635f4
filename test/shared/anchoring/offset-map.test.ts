/**
 * The offset map carries passage ends across a diff: exactly through kept
 * text, to a fixed edge at changes, and never backwards. Small hand-made
 * diffs pin each rule; properties over real diffs check them everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMap } from '../../../src/shared/anchoring/offset-map';
import { diffVersions, type DiffSegment } from '../../../src/shared/anchoring/version-diff';
import { ARTICLE } from './article-fixtures';

const same = (text: string): DiffSegment => ({ kind: 'same', text });
const added = (text: string): DiffSegment => ({ kind: 'added', text });
const removed = (text: string): DiffSegment => ({ kind: 'removed', text });

const exact = (offset: number) => ({ offset, exact: true });

describe('offsetMap', () => {
  describe('through kept text', () => {
    // old "Kerry said today." → new "Kerry, the envoy, said today."
    const map = offsetMap([same('Kerry'), added(', the envoy,'), same(' said today.')]);

    it.each([
      ['the first character', 0, 0],
      ['inside the first kept stretch', 3, 3],
      ['inside the kept stretch after the insertion', 7, 7 + 12],
      ['the end of the text', 17, 17 + 12],
    ])('maps %s exactly, the same for starts and ends', (_, old, expected) => {
      // The end of the text is only a valid end, the first character only a valid start; both sides agree on the rest.
      if (old < 17) expect(map.start(old)).toEqual(exact(expected));
      if (old > 0) expect(map.end(old)).toEqual(exact(expected));
    });

    it('keeps an insertion outside a span that starts right after it or ends right before it', () => {
      // "Kerry" is old [0, 5): its end stays before the insertion.
      expect(map.end(5)).toEqual(exact(5));
      // " said" is old [5, 10): its start moves past the insertion.
      expect(map.start(5)).toEqual(exact(17));
    });

    it('takes an insertion into a span that contains it', () => {
      // "Kerry said" is old [0, 10): new [0, 22) reads "Kerry, the envoy, said".
      expect([map.start(0).offset, map.end(10).offset]).toEqual([0, 22]);
    });
  });

  describe('at and inside removed text', () => {
    // old "Kerry warned Moscow firmly on Friday." → new "Kerry warned on Friday."
    const map = offsetMap([same('Kerry warned '), removed('Moscow firmly '), same('on Friday.')]);
    const [gapFrom, gapTo, newEdge] = [13, 27, 13];

    it('maps both edges of the removed text to the one place it was', () => {
      expect(map.start(gapFrom)).toEqual(exact(newEdge));
      expect(map.end(gapFrom)).toEqual(exact(newEdge));
      expect(map.start(gapTo)).toEqual(exact(newEdge));
      expect(map.end(gapTo)).toEqual(exact(newEdge));
    });

    it('maps an offset strictly inside removed text to that place, flagged as not exact', () => {
      for (let old = gapFrom + 1; old < gapTo; old += 1) {
        expect(map.start(old)).toEqual({ offset: newEdge, exact: false });
        expect(map.end(old)).toEqual({ offset: newEdge, exact: false });
      }
    });
  });

  describe('inside replaced text', () => {
    // old "the truce held" → new "the fragile cessation held": "truce" (5) became "fragile cessation" (17).
    const map = offsetMap([same('the '), removed('truce'), added('fragile cessation'), same(' held')]);

    it('estimates by proportion within the replacement, flagged as not exact', () => {
      const mapped = [5, 6, 7, 8].map((old) => map.start(old));
      expect(mapped.every((m) => !m.exact)).toBe(true);
      // Each estimate lies inside the new side of the change, in order.
      const offsets = mapped.map((m) => m.offset);
      expect(offsets.every((o) => o > 4 && o < 21)).toBe(true);
      expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    });

    it('takes the new side whole at the edges of the change', () => {
      expect(map.start(4)).toEqual(exact(4));
      expect(map.end(9)).toEqual(exact(21));
    });
  });

  describe('insertions at the ends of the text', () => {
    const map = offsetMap([added('Breaking: '), same('Talks resumed.'), added(' More soon.')]);

    it('starts a span at the first old character after a leading insertion and ends it before a trailing one', () => {
      expect(map.start(0)).toEqual(exact(10));
      expect(map.end(14)).toEqual(exact(24));
    });

    it('maps an empty old text into the empty edges of the new one', () => {
      const onlyAdded = offsetMap([added('All new.')]);
      expect(onlyAdded.start(0)).toEqual(exact(8));
      expect(onlyAdded.end(0)).toEqual(exact(0));
    });
  });

  describe('origin', () => {
    // old "Kerry said A. Kerry said B." → new "Kerry said B. NEW": the first sentence was deleted, text added at the end.
    const segments = [removed('Kerry said A. '), same('Kerry said B.'), added(' NEW')];
    const map = offsetMap(segments);

    it('tells own kept text from kept text of elsewhere and from added text', () => {
      // New [0, 10) "Kerry said" is kept from old [14, 24).
      expect(map.origin(0, 10, 14, 27)).toEqual({ own: 10, elsewhere: 0 });
      expect(map.origin(0, 10, 0, 13)).toEqual({ own: 0, elsewhere: 10 });
      // New [13, 17) " NEW" was added: neither.
      expect(map.origin(13, 17, 0, 27)).toEqual({ own: 0, elsewhere: 0 });
      // Straddling kept and added text: counts only the kept part.
      expect(map.origin(11, 17, 14, 27)).toEqual({ own: 2, elsewhere: 0 });
    });

    it('splits a span kept partly from inside and partly from outside the own span', () => {
      expect(map.origin(0, 13, 20, 27)).toEqual({ own: 7, elsewhere: 6 });
    });
  });

  describe('changesWithin', () => {
    // old "a b c d" → new "X a c d Y": insertion at the start, "b " removed, insertion at the end.
    const map = offsetMap([added('X '), same('a '), removed('b '), same('c d'), added(' Y')]);

    it('lists a removal inside the span with both sides', () => {
      expect(map.changesWithin(0, 7)).toEqual([{ oldFrom: 2, oldTo: 4, newFrom: 4, newTo: 4 }]);
    });

    it('leaves out insertions at the edges of the span, which stay outside it', () => {
      expect(map.changesWithin(0, 7).some((c) => c.oldFrom === c.oldTo)).toBe(false);
    });

    it('lists nothing for a span of unchanged text', () => {
      expect(map.changesWithin(4, 7)).toEqual([]);
    });

    it('lists an insertion strictly inside the span', () => {
      const inner = offsetMap([same('a '), added('new '), same('b')]);
      expect(inner.changesWithin(0, 3)).toEqual([{ oldFrom: 2, oldTo: 2, newFrom: 2, newTo: 6 }]);
      expect(inner.changesWithin(2, 3)).toEqual([]);
    });
  });

  describe('on real diffs', () => {
    const WORDS = ['Kerry', 'said', 'the', 'ceasefire', 'is', 'fragile', '停火', '\u{1F600}'];
    const textArb = fc.array(fc.constantFrom(...WORDS, ' ', ' ', '\n\n', '.'), { maxLength: 40 }).map((t) => t.join(''));
    const pairArb = fc.oneof(
      fc.tuple(textArb, textArb),
      fc.tuple(fc.constantFrom(ARTICLE), fc.tuple(fc.nat(), fc.nat({ max: 200 }), textArb)).map(([text, [at, length, insert]]): [string, string] => {
        const from = at % text.length;
        return [text, text.slice(0, from) + insert + text.slice(from + length)];
      }),
    );

    // Checks collect what breaks rather than assert per offset: the article has thousands of offsets.
    it('maps every offset into the new text, never backwards, with ends never after starts', () => {
      fc.assert(
        fc.property(pairArb, ([oldText, newText]) => {
          const map = offsetMap(diffVersions(oldText, newText).segments);
          const broken: string[] = [];
          let last = { start: 0, end: 0 };
          for (let old = 0; old <= oldText.length; old += 1) {
            const here = { start: map.start(old).offset, end: map.end(old).offset };
            if (here.start < last.start || here.end < last.end) broken.push(`${old}: went backwards`);
            // Text inserted at an offset falls after an end there and before a start.
            if (here.end > here.start) broken.push(`${old}: end ${here.end} after start ${here.start}`);
            if (here.end < 0 || here.start > newText.length) broken.push(`${old}: outside the new text`);
            last = here;
          }
          expect(broken).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });

    it('carries every span of kept text to the same characters in the new text', () => {
      fc.assert(
        fc.property(pairArb, ([oldText, newText]) => {
          const segments = diffVersions(oldText, newText).segments;
          const map = offsetMap(segments);
          const broken: string[] = [];
          let old = 0;
          for (const { kind, text } of segments) {
            for (let from = old; kind === 'same' && from < old + text.length; from += 1) {
              const to = Math.min(old + text.length, from + 7);
              const [start, end] = [map.start(from), map.end(to)];
              if (!start.exact || !end.exact) broken.push(`${from}–${to}: not exact`);
              if (newText.slice(start.offset, end.offset) !== oldText.slice(from, to)) broken.push(`${from}–${to}: different text`);
            }
            if (kind !== 'added') old += text.length;
          }
          expect(broken).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  });
});
