import { open, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a file so that once this resolves it survives a power cut: a
 * uniquely named temp file is written and fsynced, renamed over the old file,
 * and then the folder itself is fsynced so the rename is on disk too (the
 * step write-file-atomic leaves out).
 */
export async function writeDurably(file: string, data: string): Promise<void> {
  await writeFileAtomic(file, data, { fsync: true });
  await fsyncFolder(dirname(file));
}

/** Makes a rename or a new file in `folder` durable. */
export async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (and Windows) cannot fsync a folder; the rename is then as durable as they allow.
    if (!['EINVAL', 'EPERM', 'EISDIR', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** write-file-atomic's temp files: "<name>.json.<32-bit number>". */
const TEMP_FILE = /\.json\.\d+$/;

/** Removes temp files a crash left behind mid-write; the files they were meant to replace are intact. */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => TEMP_FILE.test(name));
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  return stale.length;
}
