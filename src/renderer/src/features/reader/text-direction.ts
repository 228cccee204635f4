/**
 * Which way a document reads, for the article around its blocks: the blocks
 * each find their own direction (`dir="auto"`), but the article's front
 * matter, captions and tags follow the article's. A document's declared
 * language says it when it is one written right to left; otherwise its
 * letters do, the way most of them are written.
 */

export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left (ISO 639), unless a script subtag says otherwise. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left (ISO 15924), as a language tag's script subtag names them. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['adlm', 'arab', 'aran', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

const RIGHT_TO_LEFT_LETTER = /[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Adlam}\p{sc=Hanifi_Rohingya}\p{sc=Mandaic}\p{sc=Samaritan}]/u;
const LETTER = /\p{L}/u;
/** Letters read to tell a text's direction: the opening of an article says it. */
const SAMPLE = 2000;

/** What a BCP 47 language tag says of the direction: null when it says nothing (a left-to-right language may be tagged with any script). */
export function languageDirection(language: string): TextDirection | null {
  const [primary = '', ...subtags] = language.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT_LANGUAGES.has(primary) ? 'rtl' : null;
}

/** The direction most of the text's opening letters are written in; null for a text without letters. */
export function textDirection(text: string): TextDirection | null {
  let rightToLeft = 0;
  let letters = 0;
  for (const char of text.slice(0, SAMPLE)) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (RIGHT_TO_LEFT_LETTER.test(char)) rightToLeft += 1;
  }
  if (letters === 0) return null;
  return rightToLeft * 2 > letters ? 'rtl' : 'ltr';
}

/** The article's direction: its language's when that tells, else its text's; null when neither does. */
export function documentDirection(document: { language: string | null; text: string }): TextDirection | null {
  return (document.language === null ? null : languageDirection(document.language)) ?? textDirection(document.text);
}
