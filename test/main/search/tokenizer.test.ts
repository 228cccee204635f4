import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { tokenize } from '../../../src/main/search/tokenizer';

describe('tokenize', () => {
  it.each([
    ['"Russia needs to understand', ['Russia', 'needs', 'to', 'understand']],
    ["Kerry's talks, Washington’s patience.", ["Kerry's", 'talks', 'Washington’s', 'patience']],
    ['al-Assad said 600,000 live; 2.5 million', ['al', 'Assad', 'said', '600,000', 'live', '2.5', 'million']],
    ["'limited'", ['limited']],
    ['actors/Zarif, themes/ceasefire', ['actors', 'Zarif', 'themes', 'ceasefire']],
  ])('splits %j into words', (text, words) => {
    expect(tokenize(text).map((token) => token.word)).toEqual(words);
  });

  it('gives ranges that cover exactly the word and ordinals that count every word', () => {
    const text = '"Our patience is not infinite," Kerry said.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.word);
    expect(tokenize(text).map((token) => token.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('analyzeWord', () => {
  it.each([
    ['ceasefires', 'ceasefir'],
    ['Ceasefire', 'ceasefir'],
    ["Kerry's", analyzeWord('Kerry')],
    ['Zarif’s', 'zarif'],
    ['the', null],
    ['of', null],
  ])('%j → %j', (word, term) => {
    expect(analyzeWord(word)).toBe(term);
  });
});
