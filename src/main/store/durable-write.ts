import { copyFile, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { FILE_BATCH, inBatches } from './in-batches';

/**
 * Writes a file so that once this resolves it survives a power cut: a
 * uniquely named temp file is written and fsynced, renamed over the old file,
 * and then the folder itself is fsynced so the rename is on disk too (the
 * step write-file-atomic leaves out).
 */
export async function writeDurably(file: string, data: string | Buffer): Promise<void> {
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


/**
 * Makes many files written without fsync (a backup's copies, an unpacked
 * archive) durable together: every file, then every folder holding them.
 */
export async function syncFiles(files: readonly string[]): Promise<void> {
  await inBatches(files, FILE_BATCH, async (file) => {
    const handle = await open(file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
  for (const folder of new Set(files.map((file) => dirname(file)))) await fsyncFolder(folder);
}

/** Copies files over others, each replaced whole (copy to a temp file, then rename), and durably. */
export async function replaceFiles(pairs: readonly { from: string; to: string }[]): Promise<void> {
  const staged = pairs.map(({ from, to }, index) => ({ from, to, temp: `${to}.${process.pid}${index}` }));
  await inBatches(staged, FILE_BATCH, ({ from, temp }) => copyFile(from, temp));
  await syncFiles(staged.map(({ temp }) => temp));
  for (const { temp, to } of staged) await rename(temp, to);
  for (const folder of new Set(staged.map(({ to }) => dirname(to)))) await fsyncFolder(folder);
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
