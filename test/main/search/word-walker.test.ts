import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/main/search/tokenizer';
import { nextWord, previousWord, wordAt } from '../../../src/main/search/word-walker';

const TEXTS = [
  '"Russia needs to understand that our patience is not infinite," Kerry said.',
  "Kerry's talks with Zarif’s team — 600,000 Syrians; 2.5 million in al-Assad's areas.",
  "rock 'n' roll, 'quoted', x.5 and 5.x, end.",
  'Élan naïve café, Straße; Erdoğan and Москва.',
  'cease\u00adfire, می\u200cخواهم; x\u00ad y',
  'قالَ الرئيسُ إنَّ الحكومةَ; שָׁלוֹם עֲלֵיכֶם',
  '',
  '   ...   ',
];

describe('word walker agrees with the tokenizer', () => {
  it.each(TEXTS)('steps through %j word by word, both ways', (text) => {
    const tokens = tokenize(text);
    const forward = [];
    let at = 0;
    for (let word = nextWord(text, at); word; word = nextWord(text, at)) {
      forward.push(word);
      at = word.end;
    }
    expect(forward).toEqual(tokens.map(({ start, end }) => ({ start, end })));
    const backward = [];
    at = text.length;
    for (let word = previousWord(text, at); word; word = previousWord(text, at)) {
      backward.unshift(word);
      at = word.start;
    }
    expect(backward).toEqual(forward);
    for (const token of tokens) expect(wordAt(text, token.start)).toEqual({ start: token.start, end: token.end });
  });

  it('leaves astral characters to the tokenizer', () => {
    expect(nextWord('𝐀bc def', 0)).toBeNull();
    expect(previousWord('abc 𝐀', 5)).toBeNull();
  });

  it.each(['北京 said', 'ประเทศไทย said', 'iPhone手机 said', 'カタカナ said'])('leaves the words of %j, which need a dictionary, to the tokenizer', (text) => {
    const said = text.indexOf('said');
    expect(nextWord(text, 0)).toBeNull();
    expect(previousWord(text, said - 1)).toBeNull();
    expect(previousWord(text, text.length)).toEqual({ start: said, end: said + 4 });
  });
});
