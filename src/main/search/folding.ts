/**
 * Folds a lowercased word to the form search compares, so a query finds a word
 * whatever accents either was written with: "arger" finds "Ärger" and "Ärger"
 * finds "arger", "Erdogan" finds "Erdoğan", "قال" finds "قالَ".
 *
 * What is folded, and why only that:
 * - Latin, Greek and Cyrillic: every combining mark (é→e, ğ→g, ά→α, ё→е, й→и).
 *   These accents are routinely dropped in typing, in headlines in capitals and
 *   in transliteration, so a reader expects to find the word without them.
 * - Arabic: the short vowels and other harakat, Quranic marks and the tatweel
 *   (ـ, stretching); alef with hamza or madda (أ إ آ ٱ) reads as bare alef.
 *   Most Arabic text omits them, so their presence must not hide a word.
 *   Hamza on waw or yeh (ؤ ئ) is kept: it is spelled, and dropping it makes
 *   other words (سئل "was asked" is not سيل "flood").
 * - Hebrew: points (niqqud) and cantillation, absent from ordinary text.
 * - Everywhere: the invisible soft hyphen, zero-width joiner and non-joiner
 *   (the tokenizer keeps a word whole across them; Persian uses the
 *   non-joiner inside words and typists often leave it out), and full-width
 *   Latin letters and digits (Ａ→a, as in Chinese and Japanese text).
 * - A few Latin and Greek letters that are no base letter plus a mark, so that
 *   decomposing leaves them whole, but that are folded by the same reasoning:
 *   see LETTERS.
 *
 * The combining marks of other scripts are left alone: in Devanagari, Thai,
 * Bengali, Tamil and the rest they are vowels and other letters of the word
 * (हिंदी without its marks would be हद), and removing them makes other words.
 */

/** Letters decomposition leaves whole, and what a reader expects them to match. */
export const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ſ: 's',
  ς: 'σ',
};

const MARKS_ON_LATIN_GREEK_CYRILLIC = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+/gu;
// Harakat, Quranic and extended Arabic marks, tatweel; Hebrew points and cantillation.
// Not U+0653–U+0655 (madda, hamza): they are part of the letters composed with them.
const ARABIC_HEBREW_MARKS = /[\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]|\u0640/gu;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/gu;
const INVISIBLE = /[\u00ad\u200c\u200d]/gu;
const FULL_WIDTH = /[\uff10-\uff19\uff41-\uff5a]/gu;
const SINGLE_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const NON_ASCII = /[^\p{ASCII}]/u;

/** The folded form of a lowercased word (see the module comment for what is folded). */
export function foldWord(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  // Marks are removed from the decomposed word, then the rest is composed again,
  // so the scripts left alone keep their usual (composed) form.
  const folded = lower
    .normalize('NFD')
    .replace(MARKS_ON_LATIN_GREEK_CYRILLIC, '$1')
    .normalize('NFC')
    .replace(ARABIC_HEBREW_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(SINGLE_LETTERS, (char) => LETTERS[char]!);
  return folded;
}
