/**
 * Finding a quote and weighing where it stands. The rule that matters most:
 * without the old text, only the stored context tells the passage's own
 * occurrence from another with the same words, so a passage whose words
 * are gone is orphaned (null), never moved onto the other occurrence.
 */
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../src/shared/anchoring/quote-anchor';
import {
  bestOf,
  contextConfirms,
  contextSimilarity,
  exactMatches,
  fuzzyMatches,
  fuzzyNear,
  MAX_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  maxErrorsFor,
  MIN_CONTEXT_SIMILARITY,
  scoreCandidates,
  SELF_EVIDENT_LENGTH,
  type Scored,
} from '../../../src/shared/anchoring/quote-search';
import type { TextQuoteSelector } from '../../../src/shared/anchoring/selectors';
import { ARTICLE, countOf, find, paragraphIndex, paragraphsOf, select, swap } from './article-fixtures';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

describe('maxErrorsFor', () => {
  it.each([
    ['a quote too short for a single error', 'abc', 0],
    ['the shortest quote allowed one error', 'abcd', 1],
    ['a sentence-length quote', 'x'.repeat(40), 10],
    ['a quote whose quarter is fractional', 'x'.repeat(43), 10],
  ])('allows a quarter of the length, rounded down, for %s', (_, exact, expected) => {
    expect(maxErrorsFor(exact)).toBe(expected);
    expect(expected).toBe(Math.floor(exact.length * MAX_ERROR_RATE));
  });

  it('caps the errors for a whole-page quote', () => {
    expect(maxErrorsFor('x'.repeat(4 * MAX_FUZZY_ERRORS))).toBe(MAX_FUZZY_ERRORS);
    expect(maxErrorsFor('x'.repeat(20_000))).toBe(MAX_FUZZY_ERRORS);
  });
});

describe('exactMatches', () => {
  it('lists every occurrence, overlapping ones included', () => {
    expect(exactMatches('aaaa', 'aa').map((m) => m.start)).toEqual([0, 1, 2]);
    expect(exactMatches(ARTICLE, 'cessation of hostilities')).toEqual([
      { ...find(ARTICLE, 'cessation of hostilities', 0), errors: 0 },
      { ...find(ARTICLE, 'cessation of hostilities', 1), errors: 0 },
    ]);
    expect(exactMatches(ARTICLE, 'not in the article')).toEqual([]);
  });
});

describe('fuzzyMatches and fuzzyNear', () => {
  it('finds nothing approximate for a quote too short to allow an error', () => {
    expect(fuzzyMatches('the cat sat', 'cat', undefined)).toEqual([]);
    expect(fuzzyNear('the cat sat', 'cat', 4)).toEqual([]);
  });

  it('finds a lightly edited quote with its error count', () => {
    expect(fuzzyMatches('They must respect a fragile cease-fire now.', 'a fragile ceasefire', undefined)).toEqual([
      { start: 18, end: 38, errors: 1 },
    ]);
  });

  it('never returns a span of nothing but whitespace', () => {
    // Against a run of spaces, 'x' plus four spaces is one error from many blank spans.
    const text = `Kerry said.${' '.repeat(12)}Aides agreed.`;
    const found = fuzzyMatches(text, 'x    ', undefined);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(text.slice(m.start, m.end).trim()).not.toBe('');
  });

  it('keeps the near, lightly edited copy a candidate when a closer look-alike stands elsewhere', () => {
    const filler = 'Filler sentence in between. '.repeat(20);
    const text = `The fragile trace held. ${filler}The fragile truce was held.`;
    const exact = 'The fragile truce held.';
    const near = find(text, 'The fragile truce was held.');
    // Alone, the whole-text search reports only the lowest error count: the look-alike at the start (1 error).
    expect(fuzzyMatches(text, exact, undefined).map((m) => m.start)).toEqual([0]);
    // With the old position as a hint, the passage's own (4-error) copy is a candidate too.
    expect(fuzzyMatches(text, exact, near.start).some((m) => m.start === near.start && m.end === near.end)).toBe(true);
    // fuzzyNear looks around the hint only.
    const around = fuzzyNear(text, exact, near.start);
    expect(around.length).toBeGreaterThan(0);
    expect(around.every((m) => m.start >= near.start - exact.length - maxErrorsFor(exact))).toBe(true);
  });
});

describe('contextSimilarity', () => {
  it('anchors the comparison at the passage: an insertion next to it costs one error, not a misaligned context', () => {
    expect(contextSimilarity('a fragile ', 'respect a fragile ')).toBe(1);
    expect(contextSimilarity('a fragile ', 'respect a very fragile ')).toBeLessThan(1);
    expect(contextSimilarity('a fragile ', 'respect a fragile, ')).toBeCloseTo(1 - 1 / 10, 10);
    expect(contextSimilarity('a fragile ', 'respect a fragile')).toBeCloseTo(1 - 1 / 10, 10);
  });

  it('never goes below 0, however long the context', () => {
    expect(contextSimilarity('x'.repeat(32), 'abc')).toBe(0);
    expect(contextSimilarity('x'.repeat(32), '')).toBe(0);
  });
});

describe('scoreCandidates, contextConfirms and bestOf', () => {
  const TEXT = 'They must respect a fragile ceasefire, warning that time is short. Later the ceasefire collapsed entirely.';
  const STORED = quote('ceasefire', 'respect a fragile ', ', warning that');
  const [own, other] = exactMatches(TEXT, 'ceasefire');

  it('gives full context to the occurrence whose surroundings are the stored ones', () => {
    const [ownScored, otherScored] = scoreCandidates(TEXT, STORED, undefined, [own!, other!]);
    expect(ownScored!.context).toBe(1);
    expect(otherScored!.context).toBeLessThan(MIN_CONTEXT_SIMILARITY);
    expect(contextConfirms(ownScored!)).toBe(true);
    expect(contextConfirms(otherScored!)).toBe(false);
  });

  it('lets context outrank nearness to the old position', () => {
    // The hint sits on the other occurrence; context still ranks the own one first.
    const scored = scoreCandidates(TEXT, STORED, other!.start, [other!, own!]);
    expect(bestOf(scored)).toMatchObject({ start: own!.start });
  });

  it('lets nearness decide between occurrences of equal context', () => {
    const text = 'Again and again. Again and again. Again and again.';
    const candidates = exactMatches(text, 'and');
    const scored = scoreCandidates(text, quote('and'), candidates[2]!.start, candidates);
    expect(bestOf(scored)).toMatchObject({ start: candidates[2]!.start });
  });

  it('counts only the context that was stored: none at the start of a document neither helps nor hurts', () => {
    const noPrefix = quote('ceasefire', '', ', warning that');
    const [ownScored] = scoreCandidates(TEXT, noPrefix, undefined, [own!]);
    expect(ownScored!.context).toBe(1);
    // The other occurrence has the wrong suffix; a missing prefix must not lift it over the threshold.
    const [otherScored] = scoreCandidates(TEXT, noPrefix, undefined, [other!]);
    expect(otherScored!.context).toBeLessThan(MIN_CONTEXT_SIMILARITY);
    const [bare] = scoreCandidates(TEXT, quote('ceasefire'), undefined, [other!]);
    expect(bare!.context).toBe(1);
  });

  it('charges each character inserted next to the passage once, not once for each context character it pushes aside', () => {
    const prefix = 'Kerry told Russia on Wednesday: ';
    const suffix = ' was the word used by the aides.';
    const stored = quote('patience', prefix, suffix);
    // Eight characters inserted right before the passage and eight right after.
    const text = `${prefix}[Update]patience[Update]${suffix}`;
    expect([prefix.length, suffix.length]).toEqual([32, 32]);
    const [scored] = scoreCandidates(text, stored, undefined, exactMatches(text, 'patience'));
    expect(scored!.context).toBeCloseTo(1 - 8 / 32, 10);
  });

  it('confirms at the threshold and not below it', () => {
    const at = (context: number): Scored => ({ start: 0, end: 1, errors: 0, score: 0, context });
    expect(contextConfirms(at(MIN_CONTEXT_SIMILARITY))).toBe(true);
    expect(contextConfirms(at(MIN_CONTEXT_SIMILARITY - 1e-9))).toBe(false);
  });

  it('picks the highest score, the first of equals, and nothing from nothing', () => {
    const s = (start: number, score: number): Scored => ({ start, end: start + 1, errors: 0, score, context: 1 });
    expect(bestOf([s(0, 1), s(5, 3), s(9, 2)])).toEqual(s(5, 3));
    expect(bestOf([s(0, 2), s(5, 2)])).toEqual(s(0, 2));
    expect(bestOf([])).toBeNull();
  });
});

describe('a passage whose words are gone, placed without the old text', () => {
  // "cessation of hostilities" stands twice in the article, in different
  // paragraphs with different surroundings: "...to turn a fragile cessation
  // of hostilities in Syria..." and "...very clear that the cessation of
  // hostilities is frayed...".
  const PHRASE = 'cessation of hostilities';
  const first = select(ARTICLE, PHRASE, 0);
  const second = select(ARTICLE, PHRASE, 1);
  const reworded = swap(ARTICLE, 'a fragile cessation of hostilities in Syria', 'a fragile truce in Syria');
  const paragraphs = paragraphsOf(ARTICLE);
  const withoutParagraph = paragraphs.filter((_, i) => i !== paragraphIndex(paragraphs, 'World powers')).join('\n\n');

  it('uses a phrase long enough to count as self-evident, twice in the article', () => {
    expect(PHRASE.length).toBeGreaterThanOrEqual(SELF_EVIDENT_LENGTH);
    expect(countOf(ARTICLE, PHRASE)).toBe(2);
    expect(countOf(reworded, PHRASE)).toBe(1);
    expect(countOf(withoutParagraph, PHRASE)).toBe(1);
  });

  it.each([
    ['its first occurrence is reworded', reworded],
    ['the paragraph holding it is deleted', withoutParagraph],
  ])('orphans the passage on the first occurrence when %s', (_, text) => {
    expect(anchor(text, first)).toBeNull();
  });

  it.each([
    ['the first occurrence is reworded', reworded],
    ['the paragraph of the first occurrence is deleted', withoutParagraph],
  ])('keeps the passage on the second occurrence when %s', (_, text) => {
    expect(anchor(text, second)).toEqual({ ...find(text, PHRASE, 0), method: 'quote' });
  });

  it('follows the first occurrence when its whole paragraph moves to the end', () => {
    const index = paragraphIndex(paragraphs, 'World powers');
    const rest = paragraphs.filter((_, i) => i !== index);
    const moved = [...rest, paragraphs[index]!].join('\n\n');
    // In the moved text the first occurrence now comes second.
    expect(anchor(moved, first)).toEqual({ ...find(moved, PHRASE, 1), method: 'quote' });
    expect(anchor(moved, second)).toEqual({ ...find(moved, PHRASE, 0), method: 'quote' });
  });
});
