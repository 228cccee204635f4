/**
 * What every export format is: a pure function from the project's data to
 * the bytes of the file, run in the export worker. `progress` takes the
 * fraction done, for formats slow enough to show it.
 */
import type { ProjectData } from './project-data';

export interface ExportOptions {
  /** How a report is ordered: by tag (each tag's passages) or by document (each document's passages). */
  reportOrder: 'tag' | 'document';
}

export type FormatWriter = (project: ProjectData, options: ExportOptions, progress: (fraction: number) => void) => Promise<Uint8Array>;
