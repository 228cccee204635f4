/**
 * Small REFI-QDA files written by hand for the refusal tests, and a zip
 * writer for archives no library would write (hundreds of thousands of
 * entries, names that climb out of the archive).
 */

export const CODE = '11111111-1111-4111-8111-111111111111';
export const SOURCE = '22222222-2222-4222-8222-222222222222';
export const SELECTION = '33333333-3333-4333-8333-333333333333';
export const NOTE = '44444444-4444-4444-8444-444444444444';
export const UNKNOWN = '99999999-9999-4999-8999-999999999999';
export const TEXT = 'The strike ended on Friday.';

/** A project.qde with `body` inside the Project element. */
export const qde = (body: string, root = '<Project xmlns="urn:QDA-XML:project:1.0" name="Test">') =>
  `<?xml version="1.0" encoding="utf-8"?>\n${root}${body}</Project>`;

export const codebook = `<CodeBook><Codes><Code guid="${CODE}" name="end" isCodable="true"/></Codes></CodeBook>`;

interface SourceOptions {
  guid?: string;
  path?: string;
  selection?: string;
  start?: string;
  end?: string;
  code?: string;
  /** More markup inside the selection. */
  inside?: string;
}

/** A TextSource at `path` with a selection of [start, end) coded `code`. */
export function textSource({ guid = SOURCE, path = `internal://${guid}.txt`, selection = SELECTION, start = '4', end = '10', code = CODE, inside = '' }: SourceOptions = {}): string {
  const coding = `<Coding guid="${selection.slice(0, -4)}0c0d"><CodeRef targetGUID="${code}"/></Coding>`;
  return `<TextSource guid="${guid}" name="News" plainTextPath="${path}"><PlainTextSelection guid="${selection}" startPosition="${start}" endPosition="${end}">${coding}${inside}</PlainTextSelection></TextSource>`;
}

/** The Sources element with one such TextSource. */
export const source = (options: SourceOptions = {}) => `<Sources>${textSource(options)}</Sources>`;

/** The sources a test's .qdpx holds by default: the one text. */
export const textFile = { [`${SOURCE}.txt`]: TEXT };

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

type Field = [offset: number, width: 2 | 4 | 8, value: number | bigint];

/** A little-endian record of `size` bytes with `fields` set and the rest zero. */
function record(size: number, fields: readonly Field[]): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [offset, width, value] of fields) {
    if (width === 2) bytes.writeUInt16LE(Number(value), offset);
    else if (width === 4) bytes.writeUInt32LE(Number(value), offset);
    else bytes.writeBigUInt64LE(BigInt(value), offset);
  }
  return bytes;
}

/** A zip of stored (uncompressed) entries, written byte by byte, whatever their names. */
export function rawZip(entries: readonly { name: string; content?: Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const content = Buffer.from(entry.content ?? new Uint8Array());
    const crc = crc32(content);
    // Local header and directory entry: signature, versions, UTF-8 flag, CRC, sizes, name length (and, in the directory, the offset).
    const local = record(30, [[0, 4, 0x04034b50], [4, 2, 20], [6, 2, 0x0800], [14, 4, crc], [18, 4, content.length], [22, 4, content.length], [26, 2, name.length]]);
    const central = record(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [8, 2, 0x0800], [16, 4, crc], [20, 4, content.length], [24, 4, content.length], [28, 2, name.length], [42, 4, offset]]);
    locals.push(local, name, content);
    centrals.push(central, name);
    offset += local.length + name.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  // More than 65,534 entries need the ZIP64 records, which say the real count and where the directory starts.
  const zip64 = entries.length >= 0xffff;
  const count = BigInt(entries.length);
  const records = zip64
    ? [
        record(56, [[0, 4, 0x06064b50], [4, 8, 44n], [24, 8, count], [32, 8, count], [40, 8, BigInt(directory.length)], [48, 8, BigInt(offset)]]),
        record(20, [[0, 4, 0x07064b50], [8, 8, BigInt(offset + directory.length)], [16, 4, 1]]),
      ]
    : [];
  const shortCount = zip64 ? 0xffff : entries.length;
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, shortCount], [10, 2, shortCount], [12, 4, directory.length], [16, 4, zip64 ? 0xffffffff : offset]]);
  return new Uint8Array(Buffer.concat([...locals, directory, ...records, end]));
}
