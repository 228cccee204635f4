import { createHash } from 'node:crypto';

/**
 * A store file carries a SHA-256 of its own content as its last key, so a
 * file that still parses but lost or changed bytes (a torn sector, a bad
 * copy) is caught instead of trusted. The hash covers the exact bytes
 * written, so checking it needs no re-serialisation.
 */
const MARK = ',"checksum":"sha256:';
const HEX_LENGTH = 64;

export type SealState = 'valid' | 'missing' | 'mismatch';

/** The JSON text of `data` with its checksum appended as the last key. */
export function sealJson(data: object): string {
  const text = JSON.stringify(data);
  if (!text.startsWith('{') || text === '{}') throw new Error('Only a non-empty object can carry a checksum.');
  return `${text.slice(0, -1)}${MARK}${sha256(text)}"}`;
}

/** Whether `raw` carries a checksum, and whether it matches the rest of the text. */
export function checkSeal(raw: string): SealState {
  const text = raw.trimEnd();
  const at = text.lastIndexOf(MARK);
  if (at === -1 || text.length !== at + MARK.length + HEX_LENGTH + 2 || !text.endsWith('"}')) return 'missing';
  const recorded = text.slice(at + MARK.length, at + MARK.length + HEX_LENGTH);
  return sha256(`${text.slice(0, at)}}`) === recorded ? 'valid' : 'mismatch';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
