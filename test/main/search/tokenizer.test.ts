import lunr from 'lunr';
import { describe, expect, it, vi } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { tokenize } from '../../../src/main/search/tokenizer';

function words(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}

describe('tokenize', () => {
  it.each([
    ['"Russia needs to understand', ['Russia', 'needs', 'to', 'understand']],
    ["Kerry's talks, Washington’s patience.", ["Kerry's", 'talks', 'Washington’s', 'patience']],
    ['al-Assad said 600,000 live; 2.5 million', ['al', 'Assad', 'said', '600,000', 'live', '2.5', 'million']],
    ["'limited'", ['limited']],
    ['actors/Zarif, themes/ceasefire', ['actors', 'Zarif', 'themes', 'ceasefire']],
  ])('splits %j into words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives ranges that cover exactly the word and ordinals that count every word', () => {
    const text = '"Our patience is not infinite," Kerry said.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.word);
    expect(tokenize(text).map((token) => token.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('tokenize in every script', () => {
  it.each([
    ['Chinese, a sentence without spaces', '叙利亚政府军周二在北京表示，停火协议已经生效。', ['叙利亚', '政府', '军', '周二', '在', '北京', '表示', '停火', '协议', '已经', '生效']],
    ['Japanese, kanji and kana mixed', '東京都の知事は昨日、ロシア外務省の代表と会談した。', ['東京', '都', 'の', '知事', 'は', '昨日', 'ロシア', '外務省', 'の', '代表', 'と', '会談', 'した']],
    ['Thai', 'ประเทศไทยมีประชากรมาก', ['ประเทศไทย', 'มี', 'ประชากร', 'มาก']],
    ['Lao, Khmer and Burmese', 'ສະບາຍດີ ខ្ញុំស្រឡាញ់ မြန်မာ', ['ສະບາຍດີ', 'ខ្ញុំ', 'ស្រឡាញ់', 'မြန်မာ']],
    ['Latin next to Chinese', "Kerry's iPhone手机", ["Kerry's", 'iPhone', '手机']],
    ['Arabic with harakat', 'قالَ الرئيسُ إنَّ الحكومةَ ستعلنُ', ['قالَ', 'الرئيسُ', 'إنَّ', 'الحكومةَ', 'ستعلنُ']],
    ['Arabic without harakat', 'قال الرئيس إن الحكومة ستعلن', ['قال', 'الرئيس', 'إن', 'الحكومة', 'ستعلن']],
    ['Hebrew with niqqud', 'שָׁלוֹם עֲלֵיכֶם', ['שָׁלוֹם', 'עֲלֵיכֶם']],
    ['German', 'Großer Ärger in der Straße', ['Großer', 'Ärger', 'in', 'der', 'Straße']],
    ['Turkish', 'Erdoğan Ankara’da konuştu', ['Erdoğan', 'Ankara’da', 'konuştu']],
    ['French', 'L’élève a dû répondre à Ça', ['L’élève', 'a', 'dû', 'répondre', 'à', 'Ça']],
    ['Russian and Greek', 'Москва, Αθήνα', ['Москва', 'Αθήνα']],
    ['Devanagari', 'हिंदी समाचार', ['हिंदी', 'समाचार']],
    ['a soft hyphen inside a word', 'cease\u00adfire, x\u00ad y', ['cease\u00adfire', 'x', 'y']],
    ['Persian with a zero-width non-joiner', 'می\u200cخواهم بروم', ['می\u200cخواهم', 'بروم']],
  ])('splits %s into words', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.word);
    expect(tokenize(text).map((token) => token.index)).toEqual(expected.map((_word, index) => index));
  });

  it('finds in a long run read in pieces the same words as ICU in the whole run', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    for (const text of ['叙利亚政府军周二在北京表示停火协议已经生效俄罗斯外交部长说'.repeat(150), 'ประเทศไทยมีประชากรมากกรุงเทพมหานครเป็นเมืองหลวง'.repeat(100), '𠀀'.repeat(1500)]) {
      const whole = [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => [segment.index, segment.segment]);
      expect(text.length).toBeGreaterThan(2500);
      expect(tokenize(text).map((token) => [token.start, token.word])).toEqual(whole);
    }
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
    ['running', 'run'],
  ])('%j → %j', (word, term) => {
    expect(analyzeWord(word)).toBe(term);
  });

  it.each([
    ['北京', '北京'],
    ['叙利亚', '叙利亚'],
    ['ロシア', 'ロシア'],
    ['ประเทศไทย', 'ประเทศไทย'],
    ['Москвы', 'москвы'],
  ])('keeps %j, not in Latin script, whole: %j', (word, term) => {
    expect(analyzeWord(word)).toBe(term);
  });

  it('gives the English stop words and stemmer only words in Latin script', () => {
    const stemmer = vi.spyOn(lunr, 'stemmer');
    const stopWords = vi.spyOn(lunr, 'stopWordFilter');
    try {
      for (const word of ['天安门广场', 'ホテルズ', 'กรุงเทพมหานคร', 'Петербургs', 'Θεσσαλονίκης']) analyzeWord(word);
      expect(stemmer).not.toHaveBeenCalled();
      expect(stopWords).not.toHaveBeenCalled();
      analyzeWord('Thessalonikis');
      expect(stemmer).toHaveBeenCalledTimes(1);
    } finally {
      stemmer.mockRestore();
      stopWords.mockRestore();
    }
  });
});
