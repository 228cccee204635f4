import { useState } from 'react';
import type { ProjectImportReport } from '../../../../shared/exports';
import { messageOf, scholia, unwrap } from '../../bridge';
import { Modal } from '../../components/Modal';
import { countOf as count } from '../../data/count-words';

type State = { status: 'choosing' } | { status: 'importing' } | { status: 'done'; report: ProjectImportReport } | { status: 'failed'; message: string };

/**
 * Imports a REFI-QDA project (.qdpx) or codebook (.qdc) made by Scholia or
 * another QDA tool: main asks which file, checks all of it, then adds it to
 * the notebook as one change to undo; the dialog says what came in and what
 * the file held that Scholia cannot.
 */
export function ImportProjectDialog({ onClose }: { onClose: () => void }) {
  const [state, setState] = useState<State>({ status: 'choosing' });
  const choose = async () => {
    setState({ status: 'importing' });
    try {
      const report = await unwrap(scholia().projects.import());
      setState(report ? { status: 'done', report } : { status: 'choosing' });
    } catch (error) {
      setState({ status: 'failed', message: messageOf(error) });
    }
  };
  return (
    <Modal label="Import a REFI-QDA project" onClose={onClose} onSubmit={() => void (state.status === 'done' ? onClose() : choose())} className="import-project-dialog">
      <h2>Import a project from another QDA tool</h2>
      <p className="field-hint">
        A REFI-QDA project (.qdpx) or codebook (.qdc) from NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette or Scholia. Its documents, codes, codings, notes, memos
        and attributes are added to this notebook; codes and attributes it has already are reused. Scholia checks the whole file first and changes nothing if
        any of it is unusable. Undo takes the whole import back.
      </p>
      {state.status === 'importing' && <p role="status">Checking and importing the file…</p>}
      {state.status === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <ImportSummary report={state.report} />}
      <div className="modal-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          {state.status === 'done' ? 'Close' : 'Cancel'}
        </button>
        {state.status !== 'done' && (
          <button type="submit" className="button-primary" disabled={state.status === 'importing'}>
            Choose a file…
          </button>
        )}
      </div>
    </Modal>
  );
}

function ImportSummary({ report }: { report: ProjectImportReport }) {
  const added = [
    count(report.documents, 'document', 'documents'),
    count(report.passages, 'coded passage', 'coded passages'),
    count(report.tags, 'new tag', 'new tags'),
    count(report.attributes, 'new attribute', 'new attributes'),
    count(report.memos, 'memo', 'memos'),
  ];
  return (
    <div role="status" className="import-project-summary">
      <p>
        Imported “{report.fileName}”: {added.join(', ')}.
        {report.matched > 0 && ` ${count(report.matched, 'document was', 'documents were')} in the notebook already; the file’s codings were added to it.`}
      </p>
      {report.skipped.length > 0 && (
        <>
          <p>Left out, as Scholia cannot hold them:</p>
          <ul>
            {report.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
