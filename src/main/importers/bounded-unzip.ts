/**
 * How much the entries of a zip (a .docx, an .epub) really unpack to, found
 * by unpacking them and counting, never keeping the bytes, and stopping at the
 * limit. A zip's directory states each entry's size, but a hostile file can
 * claim kilobytes and hold gigabytes; unpacked outside the JavaScript heap,
 * those gigabytes would escape the import worker's memory limit.
 */
import { Readable } from 'node:stream';
import type JSZip from 'jszip';
import { ImportError } from './import-error';

/** jszip, loaded at the first archive read or written rather than when the notebook opens. */
export async function loadJSZip(): Promise<typeof JSZip> {
  return (await import('jszip')).default;
}

/** An entry unpacked: its bytes (when kept) and how many were read; not `whole` when it passed the room and was given up. */
export interface Inflated {
  bytes: Buffer;
  size: number;
  whole: boolean;
}

/**
 * Unpacks one zip entry chunk by chunk, keeping the bytes only when `keep`,
 * and gives up as soon as it passes `room` bytes (not `whole` then). Throws when the
 * entry cannot be unpacked. Every reader of an untrusted zip (imports,
 * notebook archives, REFI-QDA projects) unpacks through this one guard.
 */
export async function inflateWithin(entry: JSZip.JSZipObject, room: number, keep = true): Promise<Inflated> {
  const raw = entry.nodeStream('nodebuffer');
  // JSZip's stream predates async iteration; wrapped, it reads chunk by chunk and can be dropped at once.
  const chunks = new Readable({ read: () => undefined }).wrap(raw);
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > room) {
      raw.pause();
      chunks.destroy();
      return { bytes: Buffer.alloc(0), size, whole: false };
    }
    if (keep) kept.push(chunk);
  }
  return { bytes: Buffer.concat(kept), size, whole: true };
}

/**
 * Refuses the zip when the entries `select` picks unpack, together, to more
 * than `limit` bytes; also when one cannot be unpacked at all.
 */
export async function refuseOversizedEntries(bytes: Uint8Array, select: (name: string) => boolean, limit: number, fileName: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await (await loadJSZip()).loadAsync(bytes);
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

async function countInflated(entry: JSZip.JSZipObject, room: number, fileName: string, limit: number): Promise<number> {
  const inflated = await inflateWithin(entry, room, false).catch(() => {
    throw new ImportError('damaged', `"${fileName}" is damaged: a part of it cannot be unpacked.`);
  });
  if (!inflated.whole) throw new ImportError('too-large', `"${fileName}" unpacks to more than ${limit / 1024 / 1024} MB of text; it is not imported.`);
  return inflated.size;
}
