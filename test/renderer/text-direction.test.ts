import { describe, expect, it } from 'vitest';
import { documentDirection, languageDirection, textDirection } from '../../src/renderer/src/features/reader/text-direction';

describe('languageDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['yi', 'rtl'],
    ['az-Arab', 'rtl'],
    ['pa-Arab-PK', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', null],
    ['zh-Hant', 'ltr'],
    ['de_DE', null],
  ])('%j → %j', (language, direction) => {
    expect(languageDirection(language)).toBe(direction);
  });
});

describe('textDirection', () => {
  it.each([
    ['قال المتحدث إن الخطة ستبدأ', 'rtl'],
    ['BBC: قال المتحدث باسم الحكومة إن الخطة ستبدأ', 'rtl'],
    ['שלום עולם', 'rtl'],
    ['The storm arrived at dawn.', 'ltr'],
    ['叙利亚政府军周二在北京表示', 'ltr'],
    ['The Prime Minister, نتنياهو, said', 'ltr'],
    ['2024 — 17:30', null],
    ['', null],
  ])('%j → %j', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});

describe('documentDirection', () => {
  it('takes the language when it tells, the text when it does not', () => {
    expect(documentDirection({ language: 'ar', text: 'An English text tagged Arabic' })).toBe('rtl');
    expect(documentDirection({ language: 'en', text: 'قال المتحدث إن الخطة ستبدأ' })).toBe('rtl');
    expect(documentDirection({ language: null, text: 'قال المتحدث' })).toBe('rtl');
    expect(documentDirection({ language: null, text: 'Kerry said' })).toBe('ltr');
  });
});
