import { describe, expect, it } from 'vitest';
import {
  anchor,
  contextSimilarity,
  MAX_ERROR_RATE,
  reanchorAll,
  type SelectorInput,
} from '../../../src/shared/anchoring/re-anchor';
import { describeRange, type PassageSelectors } from '../../../src/shared/anchoring/selectors';
import type { Passage } from '../../../src/shared/model';

const ARTICLE = [
  "Kerry tells Russia US patience on Syria 'limited'",
  'US Secretary of State John Kerry told Russia on Friday that Washington expects the ceasefire to hold.',
  'Kerry warned Moscow on Sunday that the patience of the United States was not unlimited, aides said.',
  'Speaking in Geneva, he said the regime must stop bombing the opposition and let aid convoys reach besieged towns.',
  'Kerry warned Moscow on Friday that the United States was prepared to hold accountable those who broke the truce.',
  'The war began with anti-government protests in March 2011.',
].join('\n\n');

/** Selectors for the n-th occurrence of `needle` in `text`, as the app would store them. */
function select(text: string, needle: string, occurrence = 0): PassageSelectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`fixture lacks occurrence ${occurrence} of ${needle}`);
  const described = describeRange(text, start, start + needle.length);
  if (!described.ok) throw new Error(described.error.message);
  return described.value;
}

/** The offsets of the n-th occurrence of `needle` in `text`, for expectations. */
function find(text: string, needle: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`text lacks occurrence ${occurrence} of ${needle}`);
  return { start, end: start + needle.length };
}

/** String.replace that fails the test instead of silently changing nothing. */
function swap(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`edit did not apply: ${String(from)}`);
  return result;
}

const asList = (s: PassageSelectors): SelectorInput => [s.quote, s.position];

describe('anchor', () => {
  const PASSAGE = 'he said the regime must stop bombing the opposition';

  it.each([
    ['unchanged text', (t: string) => t, PASSAGE, 'position'],
    ['an edit after the passage', (t: string) => swap(t, 'March 2011', 'the spring of 2011'), PASSAGE, 'position'],
    ['an edit in an earlier paragraph', (t: string) => swap(t, 'on Friday that Washington', 'late on Friday that Washington, DC,'), PASSAGE, 'quote'],
    ['a new paragraph before the passage', (t: string) => swap(t, '\n\nSpeaking', '\n\nA new paragraph.\n\nSpeaking'), PASSAGE, 'quote'],
    ['a changed word inside the passage', (t: string) => swap(t, 'stop bombing', 'cease bombing'), 'he said the regime must cease bombing the opposition', 'fuzzy'],
    ['a word added inside the passage', (t: string) => swap(t, 'the regime must', 'the Assad regime must'), 'he said the Assad regime must stop bombing the opposition', 'fuzzy'],
    ['edits before and inside', (t: string) => swap(swap(t, 'Kerry tells', 'Secretary Kerry tells'), 'must stop', 'has to stop'), 'he said the regime has to stop bombing the opposition', 'fuzzy'],
  ])('re-finds a passage after %s', (_, edit, expected, method) => {
    const selectors = select(ARTICLE, PASSAGE);
    const text = edit(ARTICLE);
    expect(anchor(text, selectors)).toEqual({ ...find(text, expected), method });
  });

  it('accepts the W3C selector list as well as the { position, quote } pair', () => {
    const selectors = select(ARTICLE, PASSAGE);
    const text = swap(ARTICLE, 'Kerry tells', 'Kerry now tells');
    expect(anchor(text, asList(selectors))).toEqual({ ...find(text, PASSAGE), method: 'quote' });
    expect(anchor(text, [selectors.quote])).toEqual({ ...find(text, PASSAGE), method: 'quote' });
    expect(anchor(text, { quote: selectors.quote })).toEqual({ ...find(text, PASSAGE), method: 'quote' });
  });

  it('trusts a bare position only while it fits the text', () => {
    const { position } = select(ARTICLE, PASSAGE);
    expect(anchor(ARTICLE, [position])).toEqual({ start: position.start, end: position.end, method: 'position' });
    expect(anchor(ARTICLE.slice(0, position.end - 1), [position])).toBeNull();
    expect(anchor(ARTICLE, [])).toBeNull();
  });

  it('ignores an empty quote rather than matching it everywhere', () => {
    const { position } = select(ARTICLE, PASSAGE);
    const emptyQuote = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } as const;
    expect(anchor(ARTICLE.slice(0, 10), [emptyQuote, position])).toBeNull();
  });

  describe('duplicated quotes', () => {
    const REPEATED = 'Kerry warned Moscow on';
    it.each([0, 1])('picks occurrence %i by its context after the text shifted', (occurrence) => {
      const selectors = select(ARTICLE, REPEATED, occurrence);
      const text = `Breaking: ${ARTICLE}`;
      expect(anchor(text, selectors)).toEqual({ ...find(text, REPEATED, occurrence), method: 'quote' });
    });

    it('picks the occurrence nearest the old position when contexts are identical', () => {
      const text = `Chorus\n\n${'We sing again and again. '.repeat(8)}\n\nEnd`;
      const selectors = select(text, 'again and again', 4);
      // Shift everything by a few characters: every middle occurrence has the same 32-character context.
      const edited = `A ${text}`;
      expect(anchor(edited, selectors)).toEqual({ ...find(edited, 'again and again', 4), method: 'quote' });
      const moved = { ...selectors, position: { ...selectors.position, start: selectors.position.start + 25, end: selectors.position.end + 25 } };
      expect(anchor(edited, moved)).toEqual({ ...find(edited, 'again and again', 5), method: 'quote' });
    });

    it('trusts context over a stale position that now points nearer another occurrence', () => {
      const selectors = select(ARTICLE, 'Kerry warned Moscow on', 1);
      const text = `${'An editor added a long introduction here. '.repeat(8)}\n\n${ARTICLE}`;
      const wrong = find(text, 'Kerry warned Moscow on', 0);
      const right = find(text, 'Kerry warned Moscow on', 1);
      // The stored offset is now nearer the first occurrence: only context can pick the second.
      expect(Math.abs(wrong.start - selectors.position.start)).toBeLessThan(Math.abs(right.start - selectors.position.start));
      expect(anchor(text, selectors)).toEqual({ ...right, method: 'quote' });
    });

    it('prefers the lightly edited passage to a closer look-alike elsewhere', () => {
      const old = [
        'Intro line.',
        'On Friday Kerry warned Moscow that the ceasefire must hold, aides said.',
        'A middle paragraph about aid convoys and besieged towns.',
        'On Sunday Kerry warned Moscow that the ceasefire might hold, others said.',
      ].join('\n\n');
      const selectors = select(old, 'Kerry warned Moscow that the ceasefire must hold');
      const text = swap(old, 'warned Moscow that the ceasefire must', 'warned Russia that the ceasefire must');
      // "might" is 3 edits from the quote, "Russia" 6: the whole-text search alone only sees the look-alike.
      expect(anchor(text, selectors)).toEqual({ ...find(text, 'Kerry warned Russia that the ceasefire must hold'), method: 'fuzzy' });
    });
  });

  it.each([
    ['the sentence holding it is deleted', (t: string) => swap(t, /\n\nSpeaking in Geneva[^\n]*/, '')],
    ['the passage is reworded beyond the error cap', (t: string) => swap(t, 'he said the regime must stop bombing the opposition', 'he argued Damascus should halt its air raids on rebels')],
    ['the whole text is rewritten', () => 'A completely different article.\n\nIt talks about gardening, tomatoes and compost heaps in the autumn.'],
    ['the text is empty', () => ''],
  ])('returns null (orphaned) when %s', (_, edit) => {
    expect(anchor(edit(ARTICLE), select(ARTICLE, 'he said the regime must stop bombing the opposition'))).toBeNull();
  });

  it('keeps a short quote only where its context still supports it', () => {
    const text = 'Alpha said yes. Beta said no. Gamma said maybe.';
    const selectors = select(text, 'no', 0);
    // Context intact around the only "no" left: placed.
    const shifted = `Intro. ${text}`;
    expect(anchor(shifted, selectors)).toEqual({ ...find(shifted, 'no'), method: 'quote' });
    // The sentence is gone and "no" survives only inside an unrelated word: not placed.
    expect(anchor('Nobody knows. It is not known.', selectors)).toBeNull();
  });

  it('survives whitespace changes inside and around the passage', () => {
    const old = 'First line of text.\n\nThe  ceasefire held\nthrough  the night, officials said.\n\nLast line.';
    const selectors = select(old, 'ceasefire held\nthrough  the night');
    const text = 'First line of text.\n\nThe ceasefire held through the night, officials said.\n\nLast line.';
    expect(anchor(text, selectors)).toEqual({ ...find(text, 'ceasefire held through the night'), method: 'fuzzy' });
  });

  it('caps fuzzy errors at a quarter of the quote', () => {
    expect(MAX_ERROR_RATE).toBe(0.25);
    const quote = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD'; // 40 units: up to 10 errors
    const selectors = { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' } } as const;
    const withErrors = (n: number) => `${'.'.repeat(30)} ${[...quote].map((c, i) => (i < n ? '#' : c)).join('')} ${'.'.repeat(30)}`;
    expect(anchor(withErrors(10), selectors)).toMatchObject({ method: 'fuzzy', end: 31 + 40 });
    expect(anchor(withErrors(11), selectors)).toBeNull();
  });
});

describe('contextSimilarity', () => {
  it.each([
    ['identical', 'the fragile ', 'respect the fragile ', 1],
    ['one inserted character near the passage', 'the fragile ', 'respect the fragile, ', 1 - 1 / 12],
    ['one changed character far from the passage', 'the fragile ', 'respect she fragile ', 1 - 1 / 12],
    ['nothing in common', 'abc', 'xyz', 0],
    ['no text before the passage', 'abc', '', 0],
    ['no stored context', '', 'anything', 1],
  ])('scores %s', (_, context, before, expected) => {
    expect(contextSimilarity(context, before)).toBeCloseTo(expected, 10);
  });
});

describe('reanchorAll', () => {
  const passages = [
    { id: 'kept-before', ...select(ARTICLE, 'John Kerry told Russia') },
    { id: 'edited', ...select(ARTICLE, 'let aid convoys reach besieged towns') },
    { id: 'deleted', ...select(ARTICLE, 'anti-government protests in March 2011') },
    { id: 'shifted', ...select(ARTICLE, 'Kerry warned Moscow on', 1) },
  ];
  const edit = (t: string) =>
    swap(swap(t, 'let aid convoys reach besieged towns', 'let UN aid convoys reach besieged towns'), /\n\nThe war began[^\n]*/, '');

  it('splits passages into placed and orphaned, keeping input order', () => {
    // Two separate edits: the diff carries positions across both, so the
    // passage between them keeps its offsets too (method 'position').
    const text = edit(ARTICLE);
    const { placed, orphaned } = reanchorAll(ARTICLE, text, passages);
    expect(orphaned.map((p) => p.id)).toEqual(['deleted']);
    expect(placed.map((p) => [p.passage.id, text.slice(p.anchor.start, p.anchor.end), p.anchor.method])).toEqual([
      ['kept-before', 'John Kerry told Russia', 'position'],
      ['edited', 'let UN aid convoys reach besieged towns', 'fuzzy'],
      ['shifted', 'Kerry warned Moscow on', 'position'],
    ]);
    expect(placed[2]!.anchor).toMatchObject(find(text, 'Kerry warned Moscow on', 1));
  });

  it('carries positions past an edit when the old text is known, and falls back to quotes when not', () => {
    const text = swap(ARTICLE, 'Kerry tells', 'Secretary Kerry tells');
    const known = reanchorAll(ARTICLE, text, passages);
    const unknown = reanchorAll(undefined, text, passages);
    expect(known.placed.map((p) => p.anchor.method)).toEqual(['position', 'position', 'position', 'position']);
    expect(unknown.placed.map((p) => p.anchor.method)).toEqual(['quote', 'quote', 'quote', 'quote']);
    expect(unknown.placed.map((p) => p.anchor)).toEqual(known.placed.map((p) => ({ ...p.anchor, method: 'quote' })));
    expect(known.placed.map((p) => text.slice(p.anchor.start, p.anchor.end))).toEqual(passages.map((p) => p.quote.exact));
  });

  it('orphans everything when the text is rewritten', () => {
    const result = reanchorAll(ARTICLE, 'Gardening notes.\n\nTomatoes need sun, water and patience in equal measure.', passages);
    expect(result.placed).toEqual([]);
    expect(result.orphaned).toEqual(passages);
  });

  it("takes the model's Passage as it is stored", () => {
    const stored: Passage = {
      id: 'p1',
      documentId: 'doc',
      ...select(ARTICLE, 'John Kerry told Russia'),
      tagIds: [],
      note: '',
      createdAt: '2026-11-25T12:00:00.000Z',
      updatedAt: '2026-11-25T12:00:00.000Z',
    };
    const text = swap(ARTICLE, 'US Secretary', 'The US Secretary');
    const { placed } = reanchorAll(ARTICLE, text, [stored]);
    expect(placed).toEqual([{ passage: stored, anchor: { ...find(text, 'John Kerry told Russia'), method: 'position' } }]);
  });
});
