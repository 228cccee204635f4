import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../../src/main/outputs/code-point-offsets';

describe('code point offsets', () => {
  it('counts an emoji once and a composed accented letter once', () => {
    const text = 'café 🕊 ran';
    const toCodePoints = codePointOffsets(text);
    const ran = text.indexOf('ran');
    expect(ran).toBe(8); // c a f é, a space, two code units for the dove, a space
    expect(toCodePoints(ran)).toBe(7);
    expect(toCodePoints(text.indexOf('é'))).toBe(3);
    expect(toCodePoints(text.indexOf('🕊'))).toBe(5);
  });

  it('is the identity for text without characters beyond the Basic Multilingual Plane', () => {
    const toCodePoints = codePointOffsets('Genève, naïve — “quoted”');
    expect([0, 5, 12, 24].map(toCodePoints)).toEqual([0, 5, 12, 24]);
  });

  it('agrees with counting the code points of what comes before, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), (text, seed) => {
        const toCodePoints = codePointOffsets(text);
        // Only offsets on character boundaries: the ones a passage can start or end at.
        const boundaries = [0];
        for (const character of text) boundaries.push(boundaries.at(-1)! + character.length);
        const offset = boundaries[seed % boundaries.length]!;
        expect(toCodePoints(offset)).toBe([...text.slice(0, offset)].length);
      }),
      { numRuns: 500 },
    );
  });
});
