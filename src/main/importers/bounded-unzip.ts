/**
 * How much the entries of a zip (a .docx, an .epub) really unpack to, found
 * by unpacking them and counting, never keeping the bytes, and stopping at the
 * limit. A zip's directory states each entry's size, but a hostile file can
 * claim kilobytes and hold gigabytes; unpacked outside the JavaScript heap,
 * those gigabytes would escape the import worker's memory limit.
 */
import JSZip from 'jszip';
import { ImportError } from './import-error';

/**
 * Refuses the zip when the entries `select` picks unpack, together, to more
 * than `limit` bytes; also when one cannot be unpacked at all.
 */
export async function refuseOversizedEntries(bytes: Uint8Array, select: (name: string) => boolean, limit: number, fileName: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('damaged', `"${fileName}" is not a readable zip archive; the file may be damaged.`);
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !select(entry.name)) continue;
    total += await countInflated(entry, limit - total, fileName, limit);
  }
}

/** The markup a document or book is read from (its pictures and fonts are never unpacked). */
export const isMarkupEntry = (name: string) => /\.(xml|rels|xhtml|html?|opf|ncx)$/i.test(name);

function countInflated(entry: JSZip.JSZipObject, room: number, fileName: string, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= room) return;
      stream.pause();
      stream.removeAllListeners('data');
      reject(new ImportError('too-large', `"${fileName}" unpacks to more than ${limit / 1024 / 1024} MB of text; it is not imported.`));
    });
    stream.on('error', () => reject(new ImportError('damaged', `"${fileName}" is damaged: a part of it cannot be unpacked.`)));
    stream.on('end', () => resolve(size));
  });
}
