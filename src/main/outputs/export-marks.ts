/**
 * Which exports are being written, kept on disk beside the notebook: an
 * export cut short by a crash or a power cut leaves its partial file next to
 * where the user wanted the export, and the next start removes it (only that
 * file: the target itself is never touched) and says so.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { partialPathOf } from '../safekeeping/archive';
import { writeDurably } from '../store/durable-write';
import { SAFE_ID } from '../store/file-names';

const FOLDER = 'exports-under-way';
const MarkSchema = z.object({ target: z.string().min(1) });

export class ExportMarks {
  constructor(private readonly dataDir: string) {}

  private fileOf(jobId: string): string {
    if (!SAFE_ID.test(jobId)) throw new Error(`not a job id: ${jobId}`);
    return join(this.dataDir, FOLDER, `${jobId}.json`);
  }

  /** Durably notes that job `jobId` is about to write `target`. */
  async begin(jobId: string, target: string): Promise<void> {
    await mkdir(join(this.dataDir, FOLDER), { recursive: true });
    await writeDurably(this.fileOf(jobId), JSON.stringify({ target }));
  }

  async end(jobId: string): Promise<void> {
    await rm(this.fileOf(jobId), { force: true });
  }

  /** Removes what exports cut short left behind; answers their file names, to tell the user. */
  async clearInterrupted(): Promise<string[]> {
    const folder = join(this.dataDir, FOLDER);
    const names = await readdir(folder).catch(() => [] as string[]);
    const cut: string[] = [];
    for (const name of names) {
      const mark = MarkSchema.safeParse(await readFile(join(folder, name), 'utf8').then(JSON.parse, () => null).catch(() => null));
      if (mark.success) {
        await rm(partialPathOf(mark.data.target), { force: true });
        cut.push(basename(mark.data.target));
      }
      await rm(join(folder, name), { force: true });
    }
    return cut;
  }
}
