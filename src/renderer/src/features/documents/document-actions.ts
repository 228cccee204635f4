import type { DeletionImpact } from '../../../../shared/api';
import type { AttributeValue, DocumentSummary, DocumentView } from '../../../../shared/model';
import { scholia, unwrap } from '../../bridge';
import { change, undoLastChange, type Covers } from '../../data/actions';
import { notebookData } from '../../data/notebook-data';
import { documentQuestion } from '../../data/queries';
import { showToast } from '../toasts/toasts';
import { countOf } from '../../data/count-words';

export interface DetailsInput {
  title: string;
  byline: string | null;
  source: string;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

/** Puts a document main answered into the reader's copy, so its text is not asked for again. */
export function intoReader(id: string): Covers<DocumentSummary> {
  const key = documentQuestion(id).key;
  return { keys: [key], apply: (summary, revision) => notebookData().apply<DocumentView>(key, revision, (view) => ({ ...view, ...summary })) };
}

/** Saves a document's details; the reader takes the answer in, the library list follows main's change event. */
export function saveDetails(id: string, details: DetailsInput): Promise<DocumentSummary | undefined> {
  return change(scholia().documents.update({ id, ...details }), intoReader(id));
}

/** Adds a document tag to many documents at once. */
export async function tagDocuments(ids: readonly string[], tagId: string): Promise<boolean> {
  const done = await change(scholia().documents.tag({ ids: [...ids], addTagIds: [tagId] }));
  if (done) showToast(`Tagged ${countOf(done.documentsChanged, 'document')}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  return done !== undefined;
}

/** Gives documents a value of an attribute (null clears it). */
export async function setAttribute(ids: readonly string[], attributeId: string, value: AttributeValue | null): Promise<boolean> {
  const done = await change(scholia().attributes.set({ documentIds: [...ids], attributeId, value }));
  return done !== undefined;
}

export const deletionImpact = (ids: readonly string[]): Promise<DeletionImpact> => unwrap(scholia().documents.deleteImpact({ ids: [...ids] }));

/** Deletes documents, and offers to take it back. */
export async function deleteDocuments(ids: readonly string[], titleOfOne: string | null): Promise<boolean> {
  const done = await change(scholia().documents.delete({ ids: [...ids] }));
  if (!done) return false;
  const what = done.documents === 1 && titleOfOne ? `“${titleOfOne}”` : countOf(done.documents, 'document');
  const withWhat = done.passages > 0 ? ` with ${countOf(done.passages, 'passage')}` : '';
  showToast(`Deleted ${what}${withWhat}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  return true;
}


/** What a deletion takes, as the confirmation says it. */
export function describeImpact(impact: DeletionImpact, titleOfOne: string | null): string {
  const what = impact.documents === 1 && titleOfOne ? `“${titleOfOne}”` : countOf(impact.documents, 'document');
  if (impact.passages === 0) return `Delete ${what}? It has no passages.`;
  const notes = impact.notes > 0 ? `, ${countOf(impact.notes, 'note')} among them,` : '';
  return `Delete ${what}? ${impact.documents === 1 ? 'Its' : 'Their'} ${countOf(impact.passages, 'passage')}${notes} go with ${impact.documents === 1 ? 'it' : 'them'}.`;
}
