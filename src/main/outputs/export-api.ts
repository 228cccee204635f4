/**
 * What an export worker is asked, one job per worker: the project's header,
 * then its documents a chunk at a time, then to write the file. The format
 * runs where a slow or huge export cannot hold up main, and the file is
 * written durably and atomically: the target holds the whole export or is
 * left as it was.
 */
import type { ExportFormat } from '../../shared/exports';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { partialPathOf } from '../safekeeping/archive';
import { fsyncFolder } from '../store/durable-write';
import type { ExportOptions, FormatWriter } from './format-writer';
import type { ProjectChunk, ProjectHeader } from './project-collector';
import type { ProjectData } from './project-data';

export interface ExportApi {
  begin(header: ProjectHeader): void;
  add(chunk: ProjectChunk): void;
  /** Writes the project in `format` to `target` and answers the file's size. */
  write(format: ExportFormat, options: ExportOptions, target: string): Promise<number>;
}

export const EXPORT_METHODS: readonly (keyof ExportApi)[] = ['begin', 'add', 'write'];

export const EXPORT_WORKER = 'export worker';

/** A message the worker sends beside its answers while a file is being written. */
export interface ProgressMessage {
  kind: 'export-progress';
  fraction: number;
}

export const isProgressMessage = (message: unknown): message is ProgressMessage =>
  typeof message === 'object' && message !== null && (message as ProgressMessage).kind === 'export-progress' && typeof (message as ProgressMessage).fraction === 'number';

/** One export's state and steps; `progress` hears how far the writing has come. */
export function exportApi(writers: Record<ExportFormat, FormatWriter>, progress: (fraction: number) => void): ExportApi {
  let project: ProjectData | null = null;
  return {
    begin(header) {
      project = { ...header, documents: [], passages: [] };
    },
    add(chunk) {
      if (!project) throw new Error('The export was not begun.');
      for (const document of chunk.documents) project.documents.push(document);
      for (const passage of chunk.passages) project.passages.push(passage);
    },
    async write(format, options, target) {
      if (!project) throw new Error('The export was not begun.');
      const bytes = await writers[format](project, options, progress);
      await writeWhole(target, bytes);
      return bytes.byteLength;
    },
  };
}

/**
 * Writes beside the target under a fixed name, so whoever stops a job can
 * remove what it left, then renames it over the target once it is on disk.
 */
async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const partial = partialPathOf(target);
  try {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
    await fsyncFolder(dirname(target));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
