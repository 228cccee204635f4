/**
 * Reads the names and sizes in a ZIP file's central directory without
 * decompressing anything, so a .docx or .epub can be recognised, and a
 * truncated one refused, before a library unpacks it.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As the archive declares it; a hostile archive can lie, so treat it as a hint. */
  uncompressedSize: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  /** The end-of-directory record is missing: the file was cut short. */
  | { ok: false; problem: 'truncated' | 'damaged' };

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const UNSET_32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === -1) return { ok: false, problem: 'truncated' };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === UNSET_32 || count === 0xffff) {
    const zip64 = readZip64End(view, end);
    if (zip64 === null) return { ok: false, problem: 'damaged' };
    ({ count, offset } = zip64);
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      return { ok: false, problem: 'damaged' };
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return { ok: false, problem: 'damaged' };
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The record sits at the very end, followed only by an optional comment of up to 64 KiB. */
function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const commentLength = view.getUint16(at + 20, true);
    // Some writers append padding after the comment; a record that claims more than is left is a false hit.
    if (at + END_RECORD_SIZE + commentLength <= view.byteLength) return at;
  }
  return -1;
}

function readZip64End(view: DataView, end: number): { count: number; offset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}
