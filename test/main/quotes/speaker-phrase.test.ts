/** Speaker phrases read beside a verb, and the cast that turns them into people. */
import { describe, expect, it } from 'vitest';
import { Cast } from '../../../src/main/quotes/cast';
import { phraseBefore, phraseFrom } from '../../../src/main/quotes/speaker-phrase';
import { tokenize } from '../../../src/main/quotes/tokens';

const tokens = (text: string) => tokenize(text, 0, text.length);
const pick = (p: ReturnType<typeof phraseFrom>) => p && { kind: p.kind, words: p.words, title: p.title, gender: p.gender };

describe('speaker phrases', () => {
  it.each([
    ['Kerry', { kind: 'name', words: 'Kerry', title: null, gender: null }],
    ['Secretary of State John Kerry', { kind: 'name', words: 'John Kerry', title: 'Secretary of State', gender: null }],
    ['Mr. Kowalski', { kind: 'name', words: 'Kowalski', title: null, gender: 'm' }],
    ['chief executive Rachel Lindqvist', { kind: 'name', words: 'Rachel Lindqvist', title: 'chief executive', gender: null }],
    ['lead author Dr. Hannah Ito', { kind: 'name', words: 'Hannah Ito', title: 'lead author', gender: null }],
    ['President Bashar al-Assad', { kind: 'name', words: 'Bashar al-Assad', title: 'President', gender: null }],
    ["Kerry's", { kind: 'name', words: 'Kerry', title: null, gender: null }],
    ['she', { kind: 'pronoun', words: 'she', title: null, gender: 'f' }],
    ['the Secretary of State', { kind: 'role', words: 'secretary of state', title: null, gender: null }],
    ['the foreign minister', { kind: 'role', words: 'foreign minister', title: null, gender: null }],
    ['a spokesperson', { kind: 'anonymous', words: 'spokesperson', title: null, gender: null }],
    ['US officials', { kind: 'anonymous', words: 'us officials', title: null, gender: null }],
    ['the war', null],
    ['on Tuesday', null],
  ])('from %j', (text, expected) => {
    expect(pick(phraseFrom(tokens(text), 0))).toEqual(expected);
  });

  it.each([
    ['"…," Kerry said', 'Kerry'],
    ['US Secretary of State John Kerry told', 'John Kerry'],
    ['A reader in Plymouth writes', ''],
    ['the minister said', 'minister'],
  ])('before the verb in %j', (text, words) => {
    const t = tokens(text);
    expect(phraseBefore(t, t.length - 1)?.words).toBe(words);
  });
});

describe('the cast', () => {
  const cast = new Cast();
  cast.learnNames(tokens('US Secretary of State John Kerry met the United Nations envoy and Ms. Ruth Calloway in Oslo.'));

  it.each([
    ['Kerry', 'John Kerry'],
    ['John Kerry', 'John Kerry'],
    ['UN', 'United Nations'],
    ['Calloway', 'Ruth Calloway'],
    ['Zarif', 'Zarif'],
  ])('%s is called %s', (form, canonical) => {
    expect(cast.canonical(form)).toBe(canonical);
  });

  it('knows people by the titles they were introduced with', () => {
    expect(cast.byRole('the Secretary of State')).toBe('John Kerry');
    expect(cast.byRole('the secretary')).toBe('John Kerry');
    expect(cast.byRole('the mayor')).toBeNull();
  });

  it('gives a pronoun to the most salient person of a gender that fits', () => {
    cast.makeSalient('Ruth Calloway');
    cast.makeSalient('John Kerry');
    expect(cast.byPronoun('f')).toBe('Ruth Calloway');
    expect(cast.byPronoun('m')).toBe('John Kerry');
    expect(cast.isPerson('United Nations')).toBe(false);
    expect(cast.isPerson('Norway')).toBe(false);
  });
});
