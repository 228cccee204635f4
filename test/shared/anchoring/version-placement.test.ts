/**
 * Carrying passages to a new version with the old text as evidence. The
 * rule under test throughout: a passage whose own words are gone is
 * orphaned, never moved onto another place where the same words stand;
 * a passage whose paragraph moved follows it.
 */
import { describe, expect, it } from 'vitest';
import { anchor, reanchorAll } from '../../../src/shared/anchoring/re-anchor';
import { contextConfirms, exactMatches, scoreCandidates, SELF_EVIDENT_LENGTH } from '../../../src/shared/anchoring/quote-search';
import type { PassageSelectors } from '../../../src/shared/anchoring/selectors';
import { diffVersions, placeAcrossVersions, type PlacementStatus } from '../../../src/shared/anchoring/version-placement';
import { ARTICLE, countOf, find, paragraphIndex, paragraphsOf, select, selectRange, swap } from './article-fixtures';

/** Status and placed text of each passage, in input order. */
function outcomes(oldText: string, newText: string, passages: readonly Partial<PassageSelectors>[]) {
  return placeAcrossVersions(oldText, newText, passages).map(({ status, anchor }) => ({
    status,
    at: anchor && { start: anchor.start, end: anchor.end },
  }));
}

/** The text without the one paragraph that opens with `opening`. */
function withoutParagraph(text: string, opening: string): string {
  const paragraphs = paragraphsOf(text);
  const index = paragraphIndex(paragraphs, opening);
  return paragraphs.filter((_, i) => i !== index).join('\n\n');
}

/** The text with the paragraph that opens with `opening` cut and pasted before paragraph `to` of the rest. */
function moveParagraph(text: string, opening: string, to: number): string {
  const paragraphs = paragraphsOf(text);
  const rest = paragraphsOf(withoutParagraph(text, opening));
  rest.splice(to, 0, paragraphs[paragraphIndex(paragraphs, opening)]!);
  return rest.join('\n\n');
}

describe('placeAcrossVersions statuses', () => {
  const PASSAGE = 'he said after a meeting with his Iranian counterpart';
  const passage = select(ARTICLE, PASSAGE);

  it.each<[string, (t: string) => string, string, PlacementStatus]>([
    ['unchanged after an edit further on', (t) => swap(t, 'in March 2011', 'in the spring of 2011'), PASSAGE, 'unchanged'],
    ['moved by an edit before it', (t) => swap(t, 'on Wednesday', 'late on Wednesday'), PASSAGE, 'moved'],
    ['moved with its paragraph to another place', (t) => moveParagraph(t, '"We also are prepared', 2), PASSAGE, 'moved'],
    ['changed by a word edited inside it', (t) => swap(t, 'after a meeting with', 'after talks with'), 'he said after talks with his Iranian counterpart', 'changed'],
  ])('%s', (_, edit, expected, status) => {
    const text = edit(ARTICLE);
    expect(outcomes(ARTICLE, text, [passage])).toEqual([{ status, at: find(text, expected) }]);
  });

  it.each([
    ['its first word', 'he said after', 'Kerry said after', 'Kerry said after a meeting with his Iranian counterpart'],
    ['its last word', 'his Iranian counterpart', 'his Iranian colleague', 'he said after a meeting with his Iranian colleague'],
  ])('changed, covering the whole new word, when %s is replaced', (_, from, to, expected) => {
    // The diff carries both ends exactly, so the placement is the carried
    // span, not the closest approximate match (which would start or end mid-word).
    const text = swap(ARTICLE, from, to);
    expect(placeAcrossVersions(ARTICLE, text, [passage])).toEqual([
      { passage, status: 'changed', anchor: { ...find(text, expected), method: 'fuzzy' } },
    ]);
  });

  it('changed, on the carried span, when the old text already differed from the stored quote', () => {
    // Selectors made on an earlier wording ("after a meeting with"); the old text says "after meeting with".
    const old = swap(ARTICLE, 'after a meeting with', 'after meeting with');
    const text = swap(old, 'he said after', 'Kerry said after');
    const [placement] = placeAcrossVersions(old, text, [passage]);
    expect(placement).toMatchObject({ status: 'changed', anchor: { ...find(text, 'Kerry said after meeting with his Iranian counterpart'), method: 'fuzzy' } });
  });

  it('orphaned when its sentence is deleted', () => {
    const text = withoutParagraph(ARTICLE, '"We also are prepared');
    expect(outcomes(ARTICLE, text, [passage])).toEqual([{ status: 'orphaned', at: null }]);
  });

  it('orphaned when its words are rewritten beyond the error cap', () => {
    const text = swap(ARTICLE, PASSAGE, 'he remarked once he had conferred with Tehran’s top diplomat');
    expect(outcomes(ARTICLE, text, [passage])).toEqual([{ status: 'orphaned', at: null }]);
  });

  it.each([
    ['words written into it', 'a fragile cessation', 'a fragile, partial cessation', 'a fragile, partial cessation'],
    ['words cut from it', 'to turn a fragile cessation', 'to turn cessation', 'to turn cessation'],
  ])('changed, not orphaned, when a short passage has %s beyond the error rate but keeps most of its own', (_, passageText, edited, expected) => {
    // A quarter of a short passage is a few characters: an edit that size
    // inside it stretches or shrinks the passage, as it does an editor's comment.
    const text = swap(ARTICLE, passageText, edited);
    expect(outcomes(ARTICLE, text, [select(ARTICLE, passageText)])).toEqual([{ status: 'changed', at: find(text, expected) }]);
  });

  it('orphans a passage whose words are mostly replaced, though its first and last words stand', () => {
    const old = 'cessation of hostilities in Syria';
    const text = swap(ARTICLE, old, 'cessation, a lull that has broken down across Syria');
    expect(outcomes(ARTICLE, text, [select(ARTICLE, old)])).toEqual([{ status: 'orphaned', at: null }]);
  });

  it('carries a bare position across the diff, and orphans one that does not fit the old text', () => {
    const text = swap(ARTICLE, 'on Wednesday', 'late on Wednesday');
    const { position } = passage;
    const shifted = { start: position.start + 'late '.length, end: position.end + 'late '.length };
    expect(outcomes(ARTICLE, text, [{ position }, { position: { ...position, end: ARTICLE.length + 1 } }])).toEqual([
      { status: 'moved', at: shifted },
      { status: 'orphaned', at: null },
    ]);
  });

  it('places a passage missing from the old text by its quote and context alone', () => {
    // Made on a version holding the paragraph, which the old text lacked and the new one restores.
    const old = withoutParagraph(ARTICLE, '"We also are prepared');
    const [placement] = placeAcrossVersions(old, ARTICLE, [passage]);
    expect(placement).toMatchObject({ status: 'unchanged', anchor: { ...find(ARTICLE, PASSAGE), method: 'quote' } });
  });

  it('places by the diff the caller already has, with the same outcome', () => {
    const text = swap(ARTICLE, 'on Wednesday', 'late on Wednesday');
    const diff = diffVersions(ARTICLE, text);
    expect(placeAcrossVersions(ARTICLE, text, [passage], diff)).toEqual(placeAcrossVersions(ARTICLE, text, [passage]));
  });
});

describe('a passage whose own words are gone, with the old text', () => {
  const PHRASE = 'cessation of hostilities';
  const first = select(ARTICLE, PHRASE, 0);
  const second = select(ARTICLE, PHRASE, 1);
  const reworded = swap(ARTICLE, 'a fragile cessation of hostilities in Syria', 'a fragile truce in Syria');
  const deleted = withoutParagraph(ARTICLE, 'World powers');

  it.each([
    ['its first occurrence is reworded', reworded],
    ['the paragraph holding it is deleted', deleted],
  ])('orphans the passage on the first occurrence and keeps the second on its own words when %s', (_, text) => {
    expect(countOf(text, PHRASE)).toBe(1);
    expect(outcomes(ARTICLE, text, [first, second])).toEqual([
      { status: 'orphaned', at: null },
      { status: 'moved', at: find(text, PHRASE) },
    ]);
    const { placed, orphaned } = reanchorAll(ARTICLE, text, [first, second]);
    expect(orphaned).toEqual([first]);
    expect(placed).toEqual([{ passage: second, anchor: { ...find(text, PHRASE), method: 'position' } }]);
  });

  it('follows the first occurrence when its paragraph is cut and pasted further down', () => {
    const moved = moveParagraph(ARTICLE, 'World powers', 12);
    // The moved paragraph now holds the second occurrence in the text.
    expect(outcomes(ARTICLE, moved, [first, second])).toEqual([
      { status: 'moved', at: find(moved, PHRASE, 1) },
      { status: 'moved', at: find(moved, PHRASE, 0) },
    ]);
  });

  it('orphans a passage even where the other occurrence’s context would confirm it: only the diff tells them apart', () => {
    const SAME = 'the cessation of hostilities must hold';
    const old = [
      'Briefing notes.',
      `On Monday the envoy told reporters that ${SAME} across the whole country, aides in Geneva said.`,
      'A paragraph about aid convoys reaching besieged towns in the north.',
      `By Friday the envoy told reporters that ${SAME} across the whole country, officials in Vienna doubted it.`,
      'Closing line.',
    ].join('\n\n');
    const passages = [select(old, SAME, 0), select(old, SAME, 1)];
    const text = withoutParagraph(old, 'On Monday');
    // The stored context of the deleted passage still stands around the other occurrence.
    const [other] = scoreCandidates(text, passages[0]!.quote, passages[0]!.position.start, exactMatches(text, SAME));
    expect(contextConfirms(other!)).toBe(true);
    expect(outcomes(old, text, passages)).toEqual([
      { status: 'orphaned', at: null },
      { status: 'moved', at: find(text, SAME) },
    ]);
  });

  it('orphans a passage whose words now stand only where another sentence was edited into them', () => {
    // The quote occurs once in the old text, and once in the new: made of
    // words kept from the second sentence, not of the passage's own.
    const old = 'Intro.\n\nWorld powers failed to turn a fragile cessation of hostilities in Syria into a truce.\n\nKerry said the cessation of armed hostilities is frayed and at risk.\n\nEnd.';
    const text = swap(swap(old, 'a fragile cessation of hostilities in Syria', 'a fragile lull in Syria'), 'cessation of armed hostilities', PHRASE);
    expect([countOf(old, PHRASE), countOf(text, PHRASE)]).toEqual([1, 1]);
    expect(outcomes(old, text, [select(old, PHRASE)])).toEqual([{ status: 'orphaned', at: null }]);
  });

  it('orphans the first when its paragraph is deleted and the second’s paragraph moves to new surroundings', () => {
    // The one occurrence left now stands in text the diff calls added: the
    // second passage's context confirms it there, the first passage's does not.
    const text = moveParagraph(deleted, '"It is very clear', paragraphsOf(deleted).length - 1);
    expect(countOf(text, PHRASE)).toBe(1);
    expect(outcomes(ARTICLE, text, [first, second])).toEqual([
      { status: 'orphaned', at: null },
      { status: 'moved', at: find(text, PHRASE) },
    ]);
  });
});

describe('a passage whose own words were lightly edited and whose surroundings were rewritten', () => {
  it('stays on its own words, which the diff recognises where context no longer can', () => {
    const PASSAGE = 'the cessation of hostilities must hold';
    const old = 'Intro line.\n\nOfficials said on Monday that the cessation of hostilities must hold across Syria, aides added.\n\nEnd line.';
    const text = 'Intro line.\n\nIn a surprise move late yesterday, the cessation of hostilities must endure, a spokesman insisted.\n\nEnd line.';
    const passage = select(old, PASSAGE);
    // Nothing of the stored context is left: by its quote alone the passage is an orphan.
    expect(anchor(text, passage)).toBeNull();
    const [placement] = placeAcrossVersions(old, text, [passage]);
    expect(placement!.status).toBe('changed');
    expect(placement!.anchor).toMatchObject({ start: find(text, PASSAGE.slice(0, -4)).start, method: 'fuzzy' });
    // It ends inside the edited word: approximate matching settles the exact end.
    const edited = find(text, 'endure');
    expect(placement!.anchor!.end).toBeGreaterThan(edited.start);
    expect(placement!.anchor!.end).toBeLessThanOrEqual(edited.end);
  });
});

describe('a passage whose paragraph moved and took new surroundings', () => {
  // A whole paragraph marked: its stored context is the neighbouring
  // paragraphs, which the move changes, so only its length and uniqueness
  // in both versions vouch for it.
  const build = (middle: string) =>
    [
      'Opening paragraph of the report, about the talks in Norway.',
      middle,
      'Another paragraph, about the meeting with Zarif in Oslo.',
      'Final paragraph, about the war that began in 2011.',
    ].join('\n\n');
  const moveToEnd = (text: string) => {
    const [a, b, c, d] = paragraphsOf(text);
    return [a, c, d, b].join('\n\n');
  };
  const SENTENCE = 'Aid convoys finally reached the besieged towns near Aleppo';

  it.each([
    ['exactly the self-evident length', SELF_EVIDENT_LENGTH, 'moved'],
    ['one character shorter than that', SELF_EVIDENT_LENGTH - 1, 'orphaned'],
    ['a full sentence', SENTENCE.length + 1, 'moved'],
  ])('a paragraph of %s is %s', (_, length, status) => {
    const paragraph = `${SENTENCE.slice(0, length - 1)}.`;
    expect(paragraph.length).toBe(length);
    const old = build(paragraph);
    const text = moveToEnd(old);
    const [placement] = placeAcrossVersions(old, text, [select(old, paragraph)]);
    // The move leaves too little of the stored context for context alone to vouch for it.
    const [scored] = scoreCandidates(text, select(old, paragraph).quote, undefined, exactMatches(text, paragraph));
    expect(contextConfirms(scored!)).toBe(false);
    expect(placement!.status).toBe(status);
    if (status === 'moved') expect(placement!.anchor).toEqual({ ...find(text, paragraph), method: 'quote' });
  });
});

describe('edits made throughout the text', () => {
  const straightToCurly = (text: string) => {
    let quotes = 0;
    // Quote marks alternate opening and closing (the article holds an even number of them); apostrophes all curl one way.
    return text.replace(/"/g, () => (quotes++ % 2 === 0 ? '\u201c' : '\u201d')).replace(/'/g, '\u2019');
  };
  const hyphenate = (text: string) => text.replace(/ceasefire/g, 'cease-fire');

  // Runs of 2 to 12 words all over the article. Both edits act on whole
  // words from the left, so a passage's new span is the edited length of
  // the text before each of its ends. (Not single words: in '"We' one
  // character of three changes, more than the quarter MAX_ERROR_RATE allows.)
  const words = [...ARTICLE.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const spans = words.flatMap((first, i) => [2, 3, 5, 8, 12].flatMap((n) => (i + n <= words.length ? [{ start: first.start, end: words[i + n - 1]!.end }] : [])));

  it.each([
    ['straight quotes become curly ones', straightToCurly],
    ['"ceasefire" becomes "cease-fire"', hyphenate],
    ['both at once', (text: string) => hyphenate(straightToCurly(text))],
  ])('keeps every passage on its own words when %s', (_, edit) => {
    const text = edit(ARTICLE);
    const passages = spans.map(({ start, end }) => selectRange(ARTICLE, start, end));
    const placed = placeAcrossVersions(ARTICLE, text, passages);
    const wrong = placed.flatMap(({ passage, status, anchor }) => {
      const { start, end } = passage.position;
      const expected = { start: edit(ARTICLE.slice(0, start)).length, end: edit(ARTICLE.slice(0, end)).length };
      const ownWords = text.slice(expected.start, expected.end);
      const expectedStatus = ownWords !== passage.quote.exact ? 'changed' : expected.start === start ? 'unchanged' : 'moved';
      const right = anchor !== null && anchor.start === expected.start && anchor.end === expected.end && status === expectedStatus;
      return right ? [] : [{ quote: passage.quote.exact, status, anchor, expected, expectedStatus }];
    });
    expect(wrong).toEqual([]);
    // The edit really reached passages: some had their own words changed.
    expect(placed.filter((p) => p.status === 'changed').length).toBeGreaterThan(20);
  });
});
