import { useState } from 'react';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../../../../shared/exports';
import { Modal } from '../../components/Modal';
import { documentQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { activeFilters } from '../library/LibraryFilters';
import { currentLibraryQuery } from '../library/library-query-store';
import { describeExport, useExportJob } from './export-job';
import { ExportScopeFields, type ScopeChoice } from './ExportScopeFields';
import './exports.css';

interface Props {
  codebook: Codebook;
  /** The document the reader shows, offered as a scope of its own. */
  openDocumentId: string | null;
  onClose: () => void;
}

/** Chooses what to export and in which format; main asks where to save it, and the dialog shows its progress with Cancel. */
export function ExportDialog({ codebook, openDocumentId, onClose }: Props) {
  const opened = useQuery(openDocumentId ? documentQuestion(openDocumentId) : null).data;
  const openDocument = opened ? { id: opened.id, title: opened.title } : null;
  const filtered = activeFilters(currentLibraryQuery().filter) > 0;
  const [scope, setScope] = useState<ScopeChoice>({ kind: filtered ? 'filter' : 'all', tagId: codebook.tags[0]?.id ?? null });
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [reportOrder, setReportOrder] = useState<'tag' | 'document'>('tag');
  const job = useExportJob();
  const info = EXPORT_FORMAT_INFO[format];
  const chosenScope = scopeOf(scope, openDocument);
  const running = job.state.status === 'running';

  const submit = () => {
    if (job.state.status === 'done') return onClose();
    if (!running && chosenScope) void job.start({ format, scope: chosenScope, reportOrder });
  };
  return (
    <Modal label="Export" onClose={running ? job.cancel : onClose} onSubmit={submit} className="export-dialog">
      <h2>Export</h2>
      <fieldset disabled={running || job.state.status === 'done'}>
        <legend>Format</legend>
        <div className="export-formats">
          {EXPORT_FORMATS.map((id) => (
            <label key={id} className="export-format">
              <input type="radio" name="export-format" value={id} checked={format === id} onChange={() => setFormat(id)} />
              <span className="export-format-name">{EXPORT_FORMAT_INFO[id].label}</span>
              <span className="export-format-description">{EXPORT_FORMAT_INFO[id].description}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={running || job.state.status === 'done' || info.codebookOnly}>
        <legend>What</legend>
        {info.codebookOnly ? (
          <p className="field-hint">The whole codebook.</p>
        ) : (
          <ExportScopeFields choice={scope} onChange={setScope} codebook={codebook} filtered={filtered} openDocument={openDocument} />
        )}
      </fieldset>
      {info.report && (
        <fieldset disabled={running || job.state.status === 'done'} className="export-order">
          <legend>Order</legend>
          <label className="choice">
            <input type="radio" name="report-order" checked={reportOrder === 'tag'} onChange={() => setReportOrder('tag')} /> By tag
          </label>
          <label className="choice">
            <input type="radio" name="report-order" checked={reportOrder === 'document'} onChange={() => setReportOrder('document')} /> By document
          </label>
        </fieldset>
      )}
      <ExportStatus state={job.state} />
      <div className="modal-actions">
        <button type="button" className="button-quiet" onClick={running ? job.cancel : onClose}>
          {running ? 'Cancel export' : job.state.status === 'done' ? 'Close' : 'Cancel'}
        </button>
        {job.state.status === 'done' ? (
          <button type="button" className="button-quiet" onClick={job.reset}>
            Export another
          </button>
        ) : (
          <button type="submit" className="button-primary" disabled={running || !chosenScope}>
            Export…
          </button>
        )}
      </div>
    </Modal>
  );
}

function ExportStatus({ state }: { state: ReturnType<typeof useExportJob>['state'] }) {
  if (state.status === 'running') {
    const fraction = state.progress?.fraction ?? 0;
    return (
      <div className="export-progress">
        <progress max={1} value={fraction} aria-label="Export progress" />
        <p role="status">{state.progress ? `${state.progress.step}… ${Math.round(fraction * 100)}%` : 'Choose where to save it…'}</p>
      </div>
    );
  }
  if (state.status === 'done') return <p role="status" className="export-done">{describeExport(state.report)}</p>;
  if (state.status === 'failed') return <p role="alert" className="field-error">{state.message}</p>;
  return null;
}

function scopeOf(choice: ScopeChoice, openDocument: { id: string } | null): ExportScope | null {
  switch (choice.kind) {
    case 'all':
      return { kind: 'all' };
    case 'filter':
      return { kind: 'filter', query: currentLibraryQuery() };
    case 'tag':
      return choice.tagId ? { kind: 'tag', tagId: choice.tagId } : null;
    case 'document':
      return openDocument ? { kind: 'document', documentId: openDocument.id } : null;
  }
}
