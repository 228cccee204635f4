import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointPositions, sourceText } from '../../../../src/main/outputs/refi-qda/text-positions';

/** Text rich in characters outside the Basic Multilingual Plane, accents both precomposed and combining, and line breaks. */
const text = fc.string({ unit: fc.constantFrom('a', 'é', 'e\u0301', '🙂', '𝔸', '\n', ' ', '中'), maxLength: 60 });

describe('positions between Scholia (UTF-16) and REFI-QDA (code points)', () => {
  it.each([
    ['plain text', 'strike', 3, 3],
    ['after an emoji', 'a🙂b', 3, 2],
    ['after a precomposed é', 'café bar', 5, 5],
    ['after a combining accent', 'cafe\u0301 bar', 6, 6],
    ['after two astral characters', '𝔸🙂x', 4, 2],
  ])('%s', (_, sample, utf16, codePoint) => {
    expect(codePointPositions(sample)(utf16)).toBe(codePoint);
    expect(sourceText(sample, false).toUtf16(codePoint)).toBe(utf16);
  });

  it('agree with counting characters, and read back what they wrote, for any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), (sample, pick) => {
        const boundaries = [0, ...[...sample].map((_, i, chars) => chars.slice(0, i + 1).join('').length)];
        const offset = boundaries[pick % boundaries.length]!;
        const position = codePointPositions(sample)(offset);
        expect(position).toBe([...sample.slice(0, offset)].length);
        expect(sourceText(sample, false).toUtf16(position)).toBe(offset);
      }),
    );
  });

  it('count a Windows line break as two positions or as one, as the writing tool did, in a text kept with "\\n"', () => {
    const raw = 'one\r\ntwo 🙂\r\nthree';
    const asTwo = sourceText(raw, false);
    const asOne = sourceText(raw, true);
    expect(asTwo.text).toBe('one\ntwo 🙂\nthree');
    expect(asTwo.length).toBe([...raw].length);
    expect(asOne.length).toBe([...asTwo.text].length);
    expect(asTwo.text.slice(asTwo.toUtf16([...raw].indexOf('h')), asTwo.toUtf16([...raw].length))).toBe('hree');
    expect(asOne.text.slice(asOne.toUtf16([...asOne.text].lastIndexOf('t')), asOne.toUtf16(asOne.length))).toBe('three');
    // A position between "\r" and "\n" is the line break itself.
    expect(asTwo.toUtf16(3)).toBe(3);
    expect(asTwo.toUtf16(4)).toBe(3);
  });

  it('take a lone "\\r" (old Mac text) as a line break of one position', () => {
    const read = sourceText('a\rb', false);
    expect(read.text).toBe('a\nb');
    expect(read.toUtf16(2)).toBe(2);
  });
});
