import { describe, expect, it } from 'vitest';
import { decodeTextFile, MAX_TEXT_FILE_BYTES } from '../../../src/main/importers/decode-text';
import { ImportError } from '../../../src/main/importers/import-error';

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemOf(bytes: Uint8Array): string {
  try {
    decodeTextFile(bytes, 'file.txt');
  } catch (error) {
    if (error instanceof ImportError) return `${error.problem}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describe('decodeTextFile', () => {
  it('decodes UTF-8 and drops its byte-order mark', () => {
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zürich')]), 'a.txt')).toBe('Zürich');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeTextFile(le, 'a.txt')).toBe('Hi');
  });

  it.each([
    ['an empty file', new Uint8Array(), /^empty: "file.txt" is empty/],
    ['only whitespace', utf8(' \n\r\n\t'), /^empty:/],
    ['binary data', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /^not-text: .*binary data/],
    ['Latin-1 bytes', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /^not-utf8: .*Save it as UTF-8/],
    ['a file over the limit', new Uint8Array(MAX_TEXT_FILE_BYTES + 1).fill(0x61), /^too-large: .*over 20 MB/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(problemOf(bytes)).toMatch(message);
  });
});
