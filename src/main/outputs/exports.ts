/**
 * Exports the notebook's research in the formats other tools read. An export
 * gathers its scope a chunk at a time, hands each chunk to its job (a worker
 * in the app) and has the file written there, telling how far it has come;
 * Cancel stops it and leaves the chosen file as it was.
 */
import { basename } from 'node:path';
import { EXPORT_FORMAT_INFO, type ExportFormat, type ExportReport, type ExportScope, type JobProgress } from '../../shared/exports';
import { ScholiaFailure } from '../../shared/result';
import { ExportCancelled, ExportFailed, type ExportJobs } from './export-jobs';
import type { ExportMarks } from './export-marks';
import type { ExportOptions } from './format-writer';
import { collectProject, ScopeError, type CollectorSources } from './project-collector';

interface Collaborators {
  sources: CollectorSources;
  jobs: ExportJobs;
  /** Notes on disk which files are being written, so a crash's leftovers are cleared at the next start. */
  marks: ExportMarks;
  /** Hears how far each export has come, to pass on to the window. */
  progress: (progress: JobProgress) => void;
}

/** How much of the bar reading the notebook takes; writing the file takes the rest. */
const READING_SHARE = 0.6;

export class Exports {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: Collaborators) {}

  /** Writes `scope` in `format` to `target` (a path the user chose), as job `jobId`. */
  async run(jobId: string, format: ExportFormat, scope: ExportScope, options: ExportOptions, target: string): Promise<ExportReport> {
    if (this.running.has(jobId)) throw new ScholiaFailure('invalid-input', 'That export is already running.');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const tell = (step: string, fraction: number) => this.deps.progress({ jobId, step, fraction: Math.min(1, Math.max(0, fraction)) });
    try {
      const { codebookOnly } = EXPORT_FORMAT_INFO[format];
      const collected = await collectProject(this.deps.sources, scope, codebookOnly);
      const job = await this.deps.jobs.start(collected.header, (fraction) => tell('Writing the file', READING_SHARE + (1 - READING_SHARE) * fraction), controller.signal);
      try {
        let documents = 0;
        let passages = 0;
        tell('Reading documents', 0);
        for await (const chunk of collected.chunks()) {
          if (controller.signal.aborted) throw new ExportCancelled();
          await job.add(chunk);
          documents += chunk.documents.length;
          passages += chunk.passages.length;
          tell('Reading documents', (READING_SHARE * documents) / Math.max(1, collected.documentCount));
        }
        tell('Writing the file', READING_SHARE);
        await this.deps.marks.begin(jobId, target);
        const bytes = await job.write(format, options, target).finally(() => this.deps.marks.end(jobId));
        tell('Done', 1);
        return { fileName: basename(target), format, documents, passages, bytes };
      } finally {
        await job.close();
      }
    } catch (error) {
      throw failureFor(error);
    } finally {
      this.running.delete(jobId);
    }
  }

  /** The name the save dialog proposes for an export of `scope`. */
  suggestedName(format: ExportFormat, scope: ExportScope): string {
    const { sources } = this.deps;
    const name =
      scope.kind === 'tag'
        ? (sources.tagPaths().get(scope.tagId) ?? null)
        : scope.kind === 'document'
          ? (sources.documents().find((document) => document.id === scope.documentId)?.title ?? null)
          : null;
    return suggestedExportName(format, name, sources.now());
  }

  /** Stops export `jobId` if it is still running; answers whether one was. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }
}

function failureFor(error: unknown): unknown {
  if (error instanceof ExportCancelled) return new ScholiaFailure('cancelled', 'The export was cancelled; nothing was written.');
  if (error instanceof ScopeError) return new ScholiaFailure('not-found', error.message);
  if (error instanceof ExportFailed) return new ScholiaFailure('internal', error.message);
  return error;
}

/** The name the save dialog proposes: "Scholia passages 2026-12-02.csv", "Scholia report – actors 2026-12-02.docx". */
export function suggestedExportName(format: ExportFormat, scopeName: string | null, today: Date): string {
  const kind: Record<ExportFormat, string> = {
    csv: 'passages',
    xlsx: 'passages',
    markdown: 'report',
    docx: 'report',
    'web-annotation': 'annotations',
    qdpx: 'project',
    qdc: 'codebook',
  };
  const scope = scopeName && !EXPORT_FORMAT_INFO[format].codebookOnly ? ` – ${safeFileName(scopeName)}` : '';
  return `Scholia ${kind[format]}${scope} ${today.toISOString().slice(0, 10)}.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** A title or tag path as part of a file name: no separators or characters file systems refuse, and not too long. */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > 60 ? `${cleaned.slice(0, 59).trimEnd()}…` : cleaned;
}
