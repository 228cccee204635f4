/**
 * Runs one export from the renderer: asks main to write it (main shows the
 * save dialog), follows its progress events and can cancel it. The job id is
 * the renderer's, so progress events can be told apart before main answers.
 */
import { useEffect, useState } from 'react';
import type { ExportFormat, ExportReport, ExportScope, JobProgress } from '../../../../shared/exports';
import { BridgeError, scholia, unwrap } from '../../bridge';

export type ExportState =
  | { status: 'choosing' }
  | { status: 'running'; jobId: string; progress: JobProgress | null }
  | { status: 'done'; report: ExportReport }
  | { status: 'failed'; message: string };

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  reportOrder: 'tag' | 'document';
}

/** The export's state, and `start` / `cancel`; a cancelled save dialog goes back to choosing. */
export function useExportJob() {
  const [state, setState] = useState<ExportState>({ status: 'choosing' });
  const jobId = state.status === 'running' ? state.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    return scholia().onJobProgress((progress) => {
      if (progress.jobId === jobId) setState((current) => (current.status === 'running' && current.jobId === jobId ? { ...current, progress } : current));
    });
  }, [jobId]);

  const start = async (request: ExportRequest) => {
    const id = crypto.randomUUID();
    setState({ status: 'running', jobId: id, progress: null });
    try {
      const report = await unwrap(scholia().exports.run({ jobId: id, ...request }));
      setState(report ? { status: 'done', report } : { status: 'choosing' });
    } catch (error) {
      const cancelled = error instanceof BridgeError && error.error.code === 'cancelled';
      setState(cancelled ? { status: 'choosing' } : { status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const cancel = () => {
    if (jobId) void scholia().exports.cancel({ jobId });
  };
  return { state, start, cancel, reset: () => setState({ status: 'choosing' }) };
}

/** "Wrote “x.csv”: 3 documents, 12 passages, 24 KB." */
export function describeExport(report: ExportReport): string {
  const parts = [];
  if (report.documents > 0 || report.passages > 0) {
    parts.push(`${report.documents.toLocaleString()} ${report.documents === 1 ? 'document' : 'documents'}`);
    parts.push(`${report.passages.toLocaleString()} ${report.passages === 1 ? 'passage' : 'passages'}`);
  }
  parts.push(sizeOf(report.bytes));
  return `Wrote “${report.fileName}”: ${parts.join(', ')}.`;
}

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
