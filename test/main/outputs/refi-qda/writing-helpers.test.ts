import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText } from '../../../../src/main/outputs/refi-qda/decimal-text';
import { canonicalGuid, derivedGuid, GUID_PATTERN, guidOf } from '../../../../src/main/outputs/refi-qda/guid';
import { escapeAttribute, escapeText, xmlSafe } from '../../../../src/main/outputs/refi-qda/xml-writing';
import { parseXml } from '../../../../src/main/outputs/refi-qda/xml-tree';

describe('decimalText', () => {
  it.each([
    [2, '2'],
    [-0.25, '-0.25'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [5e-324, '0'],
    [1e30, null],
    [Number.NaN, null],
  ])('%s → %s', (value, text) => {
    expect(decimalText(value)).toBe(text);
  });

  it('writes plain digits, at most 24 of them, that read back as the number whenever it fits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (value) => {
        const text = decimalText(value)!;
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(text.replace(/^-?0?\.?|[-.]/g, '').length).toBeLessThanOrEqual(24);
        if (Math.abs(value) >= 1e-6 || value === 0) expect(Number(text)).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe('GUIDs', () => {
  it('keep an id that is a GUID and derive a stable one for any other', () => {
    expect(guidOf('tag', '7A1B2C3D-0000-4000-8000-000000000001')).toBe('7A1B2C3D-0000-4000-8000-000000000001');
    expect(guidOf('tag', 'tone-legacy')).toBe(guidOf('tag', 'tone-legacy'));
    expect(guidOf('tag', 'tone-legacy')).not.toBe(guidOf('document', 'tone-legacy'));
    expect(guidOf('tag', 'tone-legacy')).toMatch(GUID_PATTERN);
    expect(derivedGuid('x')[14]).toBe('5');
    expect(canonicalGuid('{ABCDEF01-0000-4000-8000-000000000001}')).toBe('abcdef01-0000-4000-8000-000000000001');
  });
});

describe('XML escaping', () => {
  it('drops what XML cannot hold and escapes the rest, so any string reads back (without the dropped characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uFFFF', '\r', '\n', '\t', '&', '<', '"', ']]>', 'x') }), (a, b) => {
        const value = a + b;
        const { root } = parseXml(`<r a="${escapeAttribute(value)}">${escapeText(value)}</r>`, 'test');
        expect(root.attributes['a']).toBe(xmlSafe(value));
        expect(root.text).toBe(xmlSafe(value));
      }),
    );
  });
});
