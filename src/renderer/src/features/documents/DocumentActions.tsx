import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model';
import { DeleteDialog } from './DeleteDialog';
import { MemoButton } from '../memos/MemoButton';
import { NewVersionDialog } from '../versions/NewVersionDialog';
import { requestReview } from '../versions/review-request';
import { DetailsDialog } from './DetailsDialog';

/** What can be done to the open document as a whole: correct its details, replace its text by a new version, or delete it. */
export function DocumentActions({ document }: { document: DocumentSummary }) {
  const [open, setOpen] = useState<'details' | 'version' | 'delete' | null>(null);
  return (
    <div className="document-actions">
      <button type="button" className="button-quiet small" onClick={() => setOpen('details')}>
        Details…
      </button>
      <MemoButton about={{ kind: 'document', id: document.id }} name={document.title} className="button-quiet small" />
      <button type="button" className="button-quiet small" onClick={() => setOpen('version')}>
        New version…
      </button>
      {document.versions.length > 0 && (
        <button type="button" className="button-quiet small" onClick={() => requestReview(document.id)}>
          Review version {document.versions.length + 1}
        </button>
      )}
      <button type="button" className="button-quiet small danger" onClick={() => setOpen('delete')}>
        Delete…
      </button>
      {open === 'details' && <DetailsDialog document={document} onClose={() => setOpen(null)} />}
      {open === 'version' && <NewVersionDialog document={document} onClose={() => setOpen(null)} />}
      {open === 'delete' && <DeleteDialog ids={[document.id]} titleOfOne={document.title} onClose={() => setOpen(null)} />}
    </div>
  );
}
