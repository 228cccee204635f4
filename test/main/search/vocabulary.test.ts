import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../../src/main/search/edit-distance';
import { Vocabulary } from '../../../src/main/search/vocabulary';
import { prng } from '../../support/prng';

/** lunr's own fuzzy automaton, the behaviour the vocabulary's edit-distance walk must reproduce. */
const tokenSets = lunr.TokenSet as unknown as {
  fromArray(sorted: string[]): lunr.TokenSet;
  fromFuzzyString(term: string, edits: number): lunr.TokenSet;
};

function lunrWithin(sortedWords: string[], word: string, edits: number): string[] {
  return tokenSets.fromArray(sortedWords).intersect(tokenSets.fromFuzzyString(word, edits)).toArray().sort();
}

function randomWords(count: number, seed: number): string[] {
  const random = prng(seed);
  const letters = 'abcde';
  const words = new Set<string>();
  while (words.size < count) {
    const length = 1 + Math.floor(random() * 7);
    words.add(Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join(''));
  }
  return [...words].sort();
}

/** A vocabulary whose terms all count as live (as if one segment held each once). */
function liveVocabulary(terms: readonly string[]): Vocabulary {
  const vocabulary = new Vocabulary(terms);
  const ids = Uint32Array.from(terms, (term) => vocabulary.idOf(term));
  vocabulary.account(ids, () => 1, () => false, 1);
  return vocabulary;
}

describe('withinEdits', () => {
  it('finds exactly the words lunr’s fuzzy automaton finds, at one and two edits', () => {
    const words = randomWords(800, 7);
    const random = prng(11);
    for (let trial = 0; trial < 60; trial += 1) {
      const word = words[Math.floor(random() * words.length)]!.split('').reverse().join('') + (trial % 3 === 0 ? 'a' : '');
      for (const edits of [1, 2]) {
        const found = withinEdits(word, edits, words.length, (at) => words[at]!).map((at) => words[at]!);
        expect(found, `${word}~${edits}`).toEqual(lunrWithin(words, word, edits));
      }
    }
  });

  it('counts a swap of neighbours as one edit and finds nothing in an empty list', () => {
    const words = ['ceasefire', 'caesefire', 'ceasfire', 'cesaefire', 'ecasefiré', 'truce'];
    const sorted = [...words].sort();
    const found = withinEdits('ceasefire', 1, sorted.length, (at) => sorted[at]!).map((at) => sorted[at]!);
    expect(found).toEqual(['caesefire', 'ceasefire', 'ceasfire', 'cesaefire']);
    expect(withinEdits('truce', 2, 0, () => '')).toEqual([]);
  });
});

describe('Vocabulary', () => {
  it('numbers terms once, in order of first sight', () => {
    const vocabulary = new Vocabulary(['truce', 'ceasefire']);
    expect(vocabulary.intern('ceasefire')).toBe(1);
    expect(vocabulary.intern('talks')).toBe(2);
    expect(vocabulary.idOf('absent')).toBe(-1);
    expect(vocabulary.term(2)).toBe('talks');
    expect([...vocabulary.sortedOrder()].map((id) => vocabulary.term(id))).toEqual(['ceasefire', 'talks', 'truce']);
  });

  it('finds prefixes and fuzzy matches among sorted terms and terms added since, live terms only', () => {
    const vocabulary = liveVocabulary(['negotiate', 'negotiator', 'neutral', 'truce']);
    // Added after the sort: found by the scan of the unsorted tail.
    const fresh = vocabulary.intern('negotiation');
    vocabulary.account(Uint32Array.of(fresh), () => 1, () => true, 1);
    vocabulary.intern('negotiable');
    const names = (ids: number[]) => ids.map((id) => vocabulary.term(id)).sort();
    expect(names(vocabulary.withPrefix('negotia'))).toEqual(['negotiate', 'negotiation', 'negotiator']);
    expect(names(vocabulary.within('negotiatr', 1))).toEqual(['negotiate', 'negotiator']);
    expect(names(vocabulary.matching(/^ne.*al$/u))).toEqual(['neutral']);
    expect(vocabulary.isHeadline(fresh)).toBe(true);
    expect(vocabulary.isHeadline(vocabulary.idOf('truce'))).toBe(false);
  });

  it('forgets a term’s counts when the segment holding it leaves, and keeps its number', () => {
    const vocabulary = new Vocabulary(['truce', 'talks']);
    const ids = Uint32Array.of(0, 1);
    vocabulary.account(ids, (local) => local + 2, (local) => local === 0, 1);
    expect([vocabulary.entryCount(0), vocabulary.entryCount(1)]).toEqual([2, 3]);
    vocabulary.account(ids, (local) => local + 2, (local) => local === 0, -1);
    expect([vocabulary.entryCount(0), vocabulary.isHeadline(0)]).toEqual([0, false]);
    expect(vocabulary.withPrefix('t')).toEqual([]);
    expect(vocabulary.intern('truce')).toBe(0);
  });

  it('keeps prefix lookups right after many additions, when the order is rebuilt', () => {
    const words = randomWords(6000, 3);
    const vocabulary = new Vocabulary();
    for (const word of words) vocabulary.account(Uint32Array.of(vocabulary.intern(word)), () => 1, () => false, 1);
    const expected = words.filter((word) => word.startsWith('ab'));
    expect(vocabulary.withPrefix('ab').map((id) => vocabulary.term(id)).sort()).toEqual(expected);
    expect(vocabulary.within('abc', 1).map((id) => vocabulary.term(id)).sort()).toEqual(lunrWithin(words, 'abc', 1));
  });
});
