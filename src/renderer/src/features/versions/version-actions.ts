import type { DocumentSummary, NewVersionOutcome, VersionReview } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change, undoLastChange } from '../../data/actions';
import type { Question } from '../../data/queries';
import { toBase64 } from '../import/import-batch';
import { rangeToOffsets } from '../reader/dom-range';
import { showToast } from '../toasts/toasts';
import { requestReview } from './review-request';
import { countOf } from '../../data/count-words';

/** Where a new version's text comes from: a file the user chose, text pasted, or a document just imported. */
export type VersionSource = { file: File } | { text: string; title: string } | { fromDocumentId: string };

/** Asks main to take the new version; answers what it did, or undefined when it refused (and said why). */
export async function newVersion(documentId: string, source: VersionSource, confirmed: boolean): Promise<NewVersionOutcome | undefined> {
  const input =
    'file' in source
      ? { id: documentId, confirmed, file: { fileName: source.file.name, data: await toBase64(source.file) } }
      : 'text' in source
        ? { id: documentId, confirmed, text: { title: source.title, text: source.text } }
        : { id: documentId, confirmed, fromDocumentId: source.fromDocumentId };
  const outcome = await change(scholia().documents.newVersion(input));
  if (outcome?.status === 'replaced') {
    const { passages } = outcome.review;
    const orphaned = passages.filter((p) => p.status === 'orphaned').length;
    showToast(`New version in place: ${passages.length - orphaned} of ${countOf(passages.length, 'passage')} re-placed${orphaned > 0 ? `, ${orphaned} to review` : ''}.`, {
      action: { label: 'Undo', run: () => void undoLastChange() },
    });
    requestReview(documentId);
  }
  return outcome;
}

/**
 * Makes a document just imported the new version of the one it matched;
 * when the two share little, says so and keeps them apart. True when taken.
 */
export async function takeAsNewVersion(existingId: string, importedId: string): Promise<boolean> {
  const outcome = await newVersion(existingId, { fromDocumentId: importedId }, false);
  if (outcome?.status === 'dissimilar') {
    showToast(`The two texts share only ${Math.round(outcome.similarity * 100)}%, so they were kept as two documents. Use New version… on the document to replace it anyway.`);
  }
  return outcome?.status === 'replaced';
}

/** Offers, after an import, to take it as the new version of the document it matched. */
export function offerAsNewVersion(imported: DocumentSummary, existing: DocumentSummary, open: (id: string) => void): void {
  showToast(`This looks like a new version of “${existing.title}”.`, {
    ms: 15_000,
    action: {
      label: 'Make it the new version',
      run: () =>
        void takeAsNewVersion(existing.id, imported.id).then((taken) => {
          if (taken) open(existing.id);
        }),
    },
  });
}

/** The review of a document's last change of version; asked again when its text or passages change. */
export const versionReviewQuestion = (documentId: string): Question<VersionReview> => ({
  key: `version-review:${documentId}`,
  spec: {
    fetch: () => scholia().documents.versionReview({ id: documentId }),
    affectedBy: (c) => (c.scope === 'documents' && c.ids.includes(documentId)) || (c.scope === 'passages' && c.documentId === documentId),
  },
});

/** Puts an orphaned passage on the words selected in the reader. */
export async function reattachToSelection(passageId: string): Promise<void> {
  const selection = window.getSelection();
  const article = document.querySelector<HTMLElement>('.reader article.article');
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !article || !article.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    showToast('Select the words in the article this passage should now mark, then choose Re-attach again.');
    return;
  }
  const offsets = rangeToOffsets(selection.getRangeAt(0), article);
  if ('error' in offsets) {
    showToast(offsets.error, { tone: 'error' });
    return;
  }
  const done = await change(scholia().passages.reattach({ id: passageId, start: offsets.start, end: offsets.end }));
  if (done) {
    selection.removeAllRanges();
    showToast('Passage re-attached.', { action: { label: 'Undo', run: () => void undoLastChange() } });
  }
}
