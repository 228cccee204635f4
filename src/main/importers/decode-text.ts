import { ImportError } from './import-error';

/** Larger text files are almost certainly not articles; refusing them keeps the app responsive. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Turns the bytes of a text file into a string, refusing what is not text:
 * binary files (NUL bytes), invalid UTF-8, and files over the size limit.
 * UTF-8 and UTF-16 files with a byte-order mark are accepted.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength > MAX_TEXT_FILE_BYTES) {
    const megabytes = (bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new ImportError(
      'too-large',
      `"${fileName}" is ${megabytes} MB; text files over ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB are not imported.`,
    );
  }
  const encoding = detectBomEncoding(bytes);
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new ImportError('not-text', `"${fileName}" is not a text file (it contains binary data).`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(
      'not-utf8',
      `"${fileName}" is not valid ${encoding.toUpperCase()} text. Save it as UTF-8 and import it again.`,
    );
  }
  if (text.trim() === '') {
    throw new ImportError('empty', `"${fileName}" is empty: there is no text to import.`);
  }
  return text;
}

function detectBomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
