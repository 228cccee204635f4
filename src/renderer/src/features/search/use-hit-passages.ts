import { useEffect, useMemo, useState } from 'react';
import type { DocumentView, SearchResultsView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { bodyHitRanges, unitRanges, type HitUnit, type ProposedPassage } from './hit-ranges';

export interface HitPassages {
  /** Null while the documents' texts are being read. */
  passages: (ProposedPassage & { text: string })[] | null;
  leftOut: number;
  error: string | null;
}

/** The passages a search's hits propose in `unit`, read from their documents' texts and blocks. */
export function useHitPassages(results: SearchResultsView, unit: HitUnit): HitPassages {
  const [documents, setDocuments] = useState<Map<string, DocumentView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const ids = [...new Set(results.groups.flatMap((group) => (group.documentId ? [group.documentId] : [])))];
    void Promise.all(ids.map((id) => scholia().documents.get({ id }))).then((answers) => {
      if (!live) return;
      const found = new Map<string, DocumentView>();
      for (const answer of answers) {
        if (answer.ok) found.set(answer.value.id, answer.value);
        else setError(answer.error.message);
      }
      setDocuments(found);
    });
    return () => {
      live = false;
    };
  }, [results]);

  return useMemo(() => {
    if (!documents) return { passages: null, leftOut: 0, error };
    const hits = bodyHitRanges(results, (id) => documents.get(id)?.blocks);
    const passages = hits.documents.flatMap(({ documentId, documentTitle, ranges }) => {
      const document = documents.get(documentId)!;
      return unitRanges(document.text, document.blocks, ranges, unit, document.language ?? undefined).map((range) => ({
        documentId,
        documentTitle,
        ...range,
        text: document.text.slice(range.start, range.end),
      }));
    });
    return { passages, leftOut: hits.leftOut, error };
  }, [documents, results, unit, error]);
}
