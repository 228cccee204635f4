/** What a packed app.asar holds, read from its header the way Electron reads it. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

interface AsarEntry {
  files?: Record<string, AsarEntry>;
}

/** The paths of every file in the archive, and the SHA-256 of its header, which is what ASAR integrity records. */
export async function readAsar(path: string): Promise<{ files: string[]; headerHash: string }> {
  const bytes = await readFile(path);
  // Two Chromium pickles: the first holds the second's size; the second holds the header JSON's length, then the JSON.
  const jsonLength = bytes.readUInt32LE(12);
  const header = bytes.subarray(16, 16 + jsonLength);
  const files: string[] = [];
  const walk = (entry: AsarEntry, prefix: string): void => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else files.push(path);
    }
  };
  walk(JSON.parse(header.toString('utf8')) as AsarEntry, '');
  return { files, headerHash: createHash('sha256').update(header).digest('hex') };
}
