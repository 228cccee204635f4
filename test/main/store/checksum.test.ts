import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSeal, sealJson } from '../../../src/main/store/checksum';

describe('store file checksums', () => {
  it('seals any object so that it still parses to the same data and checks as valid', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }).filter((k) => k !== 'checksum'), fc.jsonValue(), { minKeys: 1 }), (data) => {
        const sealed = sealJson(data);
        expect(checkSeal(sealed)).toBe('valid');
        const { checksum, ...rest } = JSON.parse(sealed) as Record<string, unknown>;
        expect(checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(rest).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 200 },
    );
  });

  it('catches any single changed character before the checksum', () => {
    const sealed = sealJson({ schemaVersion: 2, text: 'our patience is not infinite', n: 600000 });
    const end = sealed.lastIndexOf(',"checksum"');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (at, char) => {
        fc.pre(sealed[at] !== char);
        expect(checkSeal(sealed.slice(0, at) + char + sealed.slice(at + 1))).toBe('mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('reports a file without a checksum, or with a cut-off one, as missing', () => {
    expect(checkSeal('{"schemaVersion":2}')).toBe('missing');
    const sealed = sealJson({ schemaVersion: 2 });
    expect(checkSeal(sealed.slice(0, -5))).toBe('missing');
    expect(checkSeal(`${sealed}\n`)).toBe('valid');
  });

  it('refuses to seal what is not a non-empty object', () => {
    expect(() => sealJson({})).toThrow(/non-empty object/);
    expect(() => sealJson([1, 2] as unknown as object)).toThrow(/non-empty object/);
  });
});
