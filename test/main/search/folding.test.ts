import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../../../src/main/search/analyzer';
import { foldWord, LETTERS } from '../../../src/main/search/folding';

describe('words that differ only by accents are one term', () => {
  it.each([
    ['German umlaut', 'Ärger', 'arger'],
    ['German sharp s', 'Straße', 'strasse'],
    ['Turkish breve', 'Erdoğan', 'Erdogan'],
    ['Turkish in capitals', 'ERDOĞAN', 'erdogan'],
    ['Turkish dotted capital I', 'İzmir', 'Izmir'],
    ['Turkish dotless i', 'Kılıçdaroğlu', 'Kilicdaroglu'],
    ['French acute and grave', 'élève', 'eleve'],
    ['French cedilla', 'Ça', 'ca'],
    ['French ligature', 'cœur', 'coeur'],
    ['Vietnamese stacked marks', 'Nguyễn', 'Nguyen'],
    ['Danish o with stroke', 'Øresund', 'Oresund'],
    ['Polish l with stroke', 'Łódź', 'Lodz'],
    ['Serbian d with stroke', 'Đorđević', 'Dordevic'],
    ['Icelandic thorn', 'Þór', 'Thor'],
    ['Greek tonos', 'Αθήνα', 'Αθηνα'],
    ['Greek final sigma', 'οδός', 'οδοσ'],
    ['Russian yo', 'ёлка', 'елка'],
    ['Arabic harakat', 'قالَ', 'قال'],
    ['Arabic shadda and tanween', 'إنَّ محمدًا', 'إن محمدا'],
    ['Arabic alef with hamza', 'أحمد', 'احمد'],
    ['Arabic alef with hamza below', 'إسرائيل', 'اسرائيل'],
    ['Arabic alef with madda', 'آمال', 'امال'],
    ['Arabic tatweel', 'السـلام', 'السلام'],
    ['Hebrew niqqud', 'שָׁלוֹם', 'שלום'],
    ['Persian zero-width non-joiner', 'می\u200cخواهم', 'میخواهم'],
    ['soft hyphen', 'cease\u00adfire', 'ceasefire'],
    ['full-width Latin', 'ＣＯＶＩＤ１９', 'covid19'],
    ['decomposed accents', 'Ärger'.normalize('NFD'), 'arger'],
  ])('%s: %j and %j', (_, written, plain) => {
    const terms = (text: string) => text.split(' ').map(analyzeWord);
    expect(terms(written)).toEqual(terms(plain));
    expect(terms(written).every((term) => term !== null && !/\p{M}/u.test(term))).toBe(true);
  });

  it('is not fooled into folding a word into another by a mark that is a letter', () => {
    expect(analyzeWord('سئل')).not.toBe(analyzeWord('سيل'));
    expect(analyzeWord('مسؤول')).not.toBe(analyzeWord('مسوول'));
  });
});

describe('marks that are letters are kept', () => {
  it.each([
    ['Devanagari vowel signs', 'हिंदी', 'हद'],
    ['Bengali vowel signs', 'বাংলা', 'বল'],
    ['Thai vowel and tone marks', 'ที่', 'ท'],
    ['Tamil vowel signs', 'தமிழ்', 'தமழ'],
    ['Japanese voicing marks', 'が', 'か'],
    ['Korean syllables', '한국', '한국'.normalize('NFD')],
  ])('%s: %j stays itself, not %j', (_, word, stripped) => {
    expect(analyzeWord(word)).toBe(word.normalize('NFC'));
    expect(analyzeWord(word)).not.toBe(stripped);
  });
});

describe('foldWord', () => {
  it('returns ASCII words as they are', () => {
    expect(foldWord("kerry's")).toBe("kerry's");
  });

  it('maps every letter of its table to ASCII or, for Greek, to the plain letter', () => {
    for (const [letter, folded] of Object.entries(LETTERS)) {
      expect(foldWord(letter)).toBe(folded);
      expect(letter.normalize('NFD')).toBe(letter);
    }
  });
});
