import type { DocumentSummary } from '../../../../shared/model';
import { LIBRARY_GET_LIMIT } from '../../../../shared/limits';
import type { Answer } from '../../../../shared/result';
import { scholia } from '../../bridge';
import type { Question } from '../../data/queries';

/**
 * The documents memos are about, for their titles; a deleted one is simply
 * not in the answer. Asked in slices `library:get` accepts, so any number
 * of document memos is named.
 */
export function memoDocumentsQuestion(ids: readonly string[]): Question<DocumentSummary[]> {
  const wanted = new Set(ids);
  return {
    key: `memo-documents:${[...wanted].sort().join(',')}`,
    spec: {
      fetch: async (): Promise<Answer<DocumentSummary[]>> => {
        const found: DocumentSummary[] = [];
        const all = [...wanted];
        for (let at = 0; at < all.length; at += LIBRARY_GET_LIMIT) {
          const slice = await scholia().library.get({ ids: all.slice(at, at + LIBRARY_GET_LIMIT) });
          if (!slice.ok) return slice;
          found.push(...slice.value);
        }
        return { ok: true, value: found };
      },
      // A title edited, a document deleted or brought back by an undo.
      affectedBy: (change) => change.scope === 'documents' && change.ids.some((id) => wanted.has(id)),
    },
  };
}
