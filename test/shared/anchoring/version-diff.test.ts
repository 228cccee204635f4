/**
 * The version diff is evidence for re-anchoring and what the UI shows, so
 * it must never be wrong, only coarser under its bounds: kept and removed
 * stretches always read back as the old text, kept and added ones as the
 * new, for any texts, edits and bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffBounds, type DiffSegment, type VersionDiff } from '../../../src/shared/anchoring/version-diff';
import { ARTICLE, swap } from './article-fixtures';

const oldSide = (segments: readonly DiffSegment[]) => segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('');
const newSide = (segments: readonly DiffSegment[]) => segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('');
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** What breaks the promises the diff makes for any input (collected, not asserted one by one: property runs check thousands). */
function problemsOf(diff: VersionDiff, oldText: string, newText: string): string[] {
  const problems: string[] = [];
  if (oldSide(diff.segments) !== oldText) problems.push('kept and removed text do not read as the old text');
  if (newSide(diff.segments) !== newText) problems.push('kept and added text do not read as the new text');
  diff.segments.forEach((segment, i) => {
    if (segment.text === '') problems.push(`segment ${i} is empty`);
    const next = diff.segments[i + 1];
    // Neighbours of one kind are merged, and a change reads removed-then-added.
    if (next !== undefined && (next.kind === segment.kind || (segment.kind === 'added' && next.kind === 'removed'))) {
      problems.push(`segments ${i}, ${i + 1}: ${segment.kind} then ${next.kind}`);
    }
  });
  const kept = diff.segments.reduce((sum, s) => sum + (s.kind === 'same' ? s.text.length : 0), 0);
  const total = oldText.length + newText.length;
  const similarity = total === 0 ? 1 : (2 * kept) / total;
  if (Math.abs(diff.similarity - similarity) > 1e-12) problems.push(`similarity ${diff.similarity}, kept text says ${similarity}`);
  return problems;
}

const expectWellFormed = (diff: VersionDiff, oldText: string, newText: string) => expect(problemsOf(diff, oldText, newText)).toEqual([]);

/** True when no segment starts or ends between the two halves of a surrogate pair. */
function splitsNoPair(segments: readonly DiffSegment[]): boolean {
  return segments.every(({ text }) => !isLow(text.charCodeAt(0)) && !isHigh(text.charCodeAt(text.length - 1)));
}

// Tokens drawn for random texts: English and CJK words, emoji (astral, so
// surrogate pairs, some sharing a high surrogate), an astral letter, spaces,
// line breaks and punctuation. Few enough that random texts repeat phrases.
const TOKENS = ['the', 'ceasefire', 'Kerry', 'said', '停火', '会议', '\u{1F600}', '\u{1F601}', '\u{20000}', ' ', ' ', ' ', '\n', '\n\n', ',', '.', '"', '—'];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));

/** One random edit: delete a stretch, insert text, or cut a stretch and paste it elsewhere. */
const editArb = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'move'),
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 30 }),
  to: fc.nat(),
  insert: tokenText,
});
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

/** Applies an edit at code-point offsets, so that random edits never cut a character in half. */
function applyEdit(text: string, { kind, at, length, to, insert }: Edit): string {
  const chars = [...text];
  const from = at % (chars.length + 1);
  const upto = Math.min(chars.length, from + length);
  const join = (...parts: string[][]) => parts.flat().join('');
  if (kind === 'insert') return join(chars.slice(0, from), [insert], chars.slice(from));
  const rest = [...chars.slice(0, from), ...chars.slice(upto)];
  if (kind === 'delete') return rest.join('');
  const place = to % (rest.length + 1);
  return join(rest.slice(0, place), chars.slice(from, upto), rest.slice(place));
}

const boundsArb: fc.Arbitrary<DiffBounds> = fc.oneof(
  fc.constant({}),
  fc.record({ maxGapEdits: fc.integer({ min: 0, max: 6 }) }),
  fc.constant({ budgetMs: 0 }),
);

describe('diffVersions', () => {
  describe('on any texts', () => {
    it('reconstructs both versions from random texts and random edits, under any bounds', () => {
      fc.assert(
        fc.property(tokenText, fc.array(editArb, { minLength: 1, maxLength: 5 }), boundsArb, (oldText, edits, bounds) => {
          const newText = edits.reduce(applyEdit, oldText);
          const diff = diffVersions(oldText, newText, bounds);
          expectWellFormed(diff, oldText, newText);
          expect(splitsNoPair(diff.segments)).toBe(true);
        }),
        { numRuns: 600 },
      );
    });

    it('reconstructs two unrelated random strings of any code points', () => {
      const text = fc.string({ unit: 'binary', maxLength: 40 });
      fc.assert(
        fc.property(text, text, (oldText, newText) => {
          const diff = diffVersions(oldText, newText);
          expectWellFormed(diff, oldText, newText);
          expect(splitsNoPair(diff.segments)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('reconstructs text holding lone surrogate halves', () => {
      const unit = fc.oneof(fc.constantFrom('a', ' ', '\u{1F600}'), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)));
      const text = fc.string({ unit, maxLength: 30 });
      fc.assert(
        fc.property(text, text, (oldText, newText) => {
          expectWellFormed(diffVersions(oldText, newText), oldText, newText);
        }),
        { numRuns: 300 },
      );
    });

    it('reconstructs the article after random edits', () => {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
          const newText = edits.reduce(applyEdit, ARTICLE);
          expectWellFormed(diffVersions(ARTICLE, newText), ARTICLE, newText);
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('similarity', () => {
    it('is 1 for identical texts, reported as one kept stretch', () => {
      expect(diffVersions(ARTICLE, ARTICLE)).toEqual({ segments: [{ kind: 'same', text: ARTICLE }], similarity: 1, truncated: false });
    });

    it('is 0 for texts without a word in common', () => {
      // The spaces both share sit between changes, so they join the change rather than count as kept.
      expect(diffVersions('alpha beta gamma', 'delta epsilon zeta')).toEqual({
        segments: [
          { kind: 'removed', text: 'alpha beta gamma' },
          { kind: 'added', text: 'delta epsilon zeta' },
        ],
        similarity: 0,
        truncated: false,
      });
    });

    it('is near 0 for an unrelated English text and near 1 after a one-word correction', () => {
      const gardening = 'Gardening notes.\n\nTomatoes need sun, water and patience in equal measure; compost heaps are turned every few weeks.';
      // Only a few common words ("and", "in", "the") can line up by chance.
      expect(diffVersions(ARTICLE, gardening).similarity).toBeLessThan(0.05);
      const corrected = swap(ARTICLE, 'on Wednesday', 'on Thursday');
      // Two words of 2,468 characters changed on each side.
      expect(diffVersions(ARTICLE, corrected).similarity).toBeGreaterThan(0.99);
    });
  });

  describe('empty texts', () => {
    it.each([
      ['both empty', '', '', [], 1],
      ['the old text empty', '', 'New text.', [{ kind: 'added', text: 'New text.' }], 0],
      ['the new text empty', 'Old text.', '', [{ kind: 'removed', text: 'Old text.' }], 0],
    ])('handles %s', (_, oldText, newText, segments, similarity) => {
      expect(diffVersions(oldText, newText)).toEqual({ segments, similarity, truncated: false });
    });
  });

  describe('granularity', () => {
    it('reports a changed word whole, not the letters that differ', () => {
      expect(diffVersions('the cat sat', 'the car sat').segments).toEqual([
        { kind: 'same', text: 'the ' },
        { kind: 'removed', text: 'cat' },
        { kind: 'added', text: 'car' },
        { kind: 'same', text: ' sat' },
      ]);
    });

    it('reads a reworded phrase as one change, not as words swapped around kept spaces', () => {
      expect(diffVersions('He said the talks failed today.', 'He argued the negotiations collapsed today.').segments).toEqual([
        { kind: 'same', text: 'He ' },
        { kind: 'removed', text: 'said' },
        { kind: 'added', text: 'argued' },
        { kind: 'same', text: ' the ' },
        { kind: 'removed', text: 'talks failed' },
        { kind: 'added', text: 'negotiations collapsed' },
        { kind: 'same', text: ' today.' },
      ]);
    });

    it('keeps every paragraph but the edited one when a word changes in the middle of the article', () => {
      const edited = swap(ARTICLE, 'a visit to Norway', 'a visit to Oslo, Norway');
      const diff = diffVersions(ARTICLE, edited);
      expect(diff.segments.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'added', text: 'Oslo, ' }]);
    });
  });

  describe('CJK and emoji', () => {
    it.each([
      // U+1F600 and U+1F601 share their high surrogate, so a code-unit comparison agrees one unit too far.
      ['emoji sharing a high surrogate', '会议 \u{1F600} 结束', '会议 \u{1F601} 结束', '\u{1F600}', '\u{1F601}'],
      // U+20000 and U+24000 share their low surrogate: the same trap from the end.
      ['astral letters sharing a low surrogate', '\u{20000} end', '\u{24000} end', '\u{20000}', '\u{24000}'],
      ['an emoji at the very end', 'Talks resumed \u{1F600}', 'Talks resumed \u{1F64F}', '\u{1F600}', '\u{1F64F}'],
    ])('never splits a surrogate pair: %s', (_, oldText, newText, removed, added) => {
      const diff = diffVersions(oldText, newText);
      expectWellFormed(diff, oldText, newText);
      expect(splitsNoPair(diff.segments)).toBe(true);
      expect(diff.segments.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual([removed]);
      expect(diff.segments.filter((s) => s.kind === 'added').map((s) => s.text)).toEqual([added]);
    });

    it('keeps every CJK character an edit did not touch', () => {
      const oldText = '美国国务卿克里周三表示，俄罗斯必须明白，我们的耐心不是无限的。停火协议十分脆弱。';
      const newText = '美国国务卿克里周四表示，俄罗斯必须明白，我们的耐心不是无限的。停火协议十分脆弱。';
      const diff = diffVersions(oldText, newText);
      expectWellFormed(diff, oldText, newText);
      const kept = diff.segments.filter((s) => s.kind === 'same').map((s) => s.text).join('');
      expect(kept).toContain('俄罗斯必须明白，我们的耐心不是无限的。停火协议十分脆弱。');
      // Each character is a token: the one corrected character is all that changed.
      expect(diff.segments.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.text])).toEqual([
        ['removed', '三'],
        ['added', '四'],
      ]);
      expect(diff.similarity).toBeGreaterThan(0.9);
    });
  });

  describe('bounds', () => {
    const OLD = 'one two three four five six seven eight';
    const NEW = 'one 2 three 4 five 6 seven 8';

    it('aligns word by word within the default bounds', () => {
      const diff = diffVersions(OLD, NEW);
      expect(diff.truncated).toBe(false);
      expect(diff.segments.filter((s) => s.kind === 'same').map((s) => s.text)).toEqual(['one ', ' three ', ' five ', ' seven ']);
    });

    it.each([
      ['an edit cap below the edits needed', { maxGapEdits: 1 }],
      ['no edits allowed at all', { maxGapEdits: 0 }],
      ['no time at all', { budgetMs: 0 }],
    ])('reports the stretch whole and flags the diff as truncated under %s', (_, bounds: DiffBounds) => {
      const diff = diffVersions(OLD, NEW, bounds);
      expectWellFormed(diff, OLD, NEW);
      expect(diff.truncated).toBe(true);
      // Only the shared head (up to a word boundary) is still kept.
      expect(diff.segments).toEqual([
        { kind: 'same', text: 'one ' },
        { kind: 'removed', text: 'two three four five six seven eight' },
        { kind: 'added', text: '2 three 4 five 6 seven 8' },
      ]);
    });

    it('is not truncated when separate edits far apart each align word by word', () => {
      // The head and tail stop at the first and last edit; shared cuts split what lies between.
      const edited = swap(swap(ARTICLE, 'on Wednesday', 'late on Wednesday'), 'in March 2011', 'in the spring of 2011');
      const diff = diffVersions(ARTICLE, edited);
      expectWellFormed(diff, ARTICLE, edited);
      expect(diff.truncated).toBe(false);
      expect(diff.segments.filter((s) => s.kind !== 'same')).toEqual([
        { kind: 'added', text: 'late ' },
        { kind: 'removed', text: 'March' },
        { kind: 'added', text: 'the spring of' },
      ]);
    });

    it('is not truncated when there is nothing to align (a pure insertion), even with no time', () => {
      const diff = diffVersions('one two three', 'one two and a half three', { budgetMs: 0 });
      expect(diff).toEqual({
        segments: [
          { kind: 'same', text: 'one two ' },
          { kind: 'added', text: 'and a half ' },
          { kind: 'same', text: 'three' },
        ],
        similarity: (2 * 'one two three'.length) / ('one two three'.length + 'one two and a half three'.length),
        truncated: false,
      });
    });

    it('gives up only on the stretches the cap cannot align, keeping the shared text between them', () => {
      // Two paragraphs far apart, every word rewritten: the head and tail
      // cannot reach the paragraphs between them, only shared cuts can.
      const rewritten = [
        ['US Secretary of State says Assad regime must respect fragile ceasefire', 'Washington tells Damascus it expects its fragile truce honoured'],
        ['Russia launched air strikes in support of the government in September.', 'Moscow began bombing raids backing Damascus last autumn, officials recalled.'],
      ].reduce((text, [from, to]) => swap(text, from!, to!), ARTICLE);
      const diff = diffVersions(ARTICLE, rewritten, { maxGapEdits: 2 });
      expectWellFormed(diff, ARTICLE, rewritten);
      expect(diff.truncated).toBe(true);
      const kept = diff.segments.filter((s) => s.kind === 'same').map((s) => s.text).join('');
      expect(kept).toContain('"Russia needs to understand that our patience is not infinite');
      expect(diff.similarity).toBeGreaterThan(0.9);
    });
  });
});
