import { useCallback, useEffect, useState } from 'react';
import type { DocumentQuotes } from '../../../../shared/quote-review';
import { scholia } from '../../bridge';
import { followChanges } from '../../data/notebook-data';

export interface QuotesState {
  quotes: DocumentQuotes | null;
  error: string | null;
  /** Takes the answer a change brought back (a rejection, a correction) instead of asking again. */
  take: (quotes: DocumentQuotes) => void;
}

/**
 * A document's quotations, asked again when main says they or their
 * decisions changed (an undo, a new version), and when the document's
 * passages changed (an accepted quotation is shown as coded).
 */
export function useQuotes(documentId: string): QuotesState {
  const [state, setState] = useState<{ documentId: string; quotes: DocumentQuotes | null; error: string | null }>({ documentId, quotes: null, error: null });
  useEffect(() => {
    let current = true;
    const ask = () =>
      void scholia()
        .quotes.forDocument({ documentId })
        .then((answer) => {
          if (!current) return;
          setState(answer.ok ? { documentId, quotes: answer.value, error: null } : (held) => ({ ...held, documentId, error: answer.error.message }));
        });
    ask();
    const stopQuotes = scholia().onQuotesChanged((change) => {
      if (change.documentId === documentId) ask();
    });
    const stopChanges = followChanges(
      (change) => (change.scope === 'passages' && change.documentId === documentId) || (change.scope === 'documents' && change.kind !== 'added' && change.ids.includes(documentId)),
      ask,
    );
    return () => {
      current = false;
      stopQuotes();
      stopChanges();
    };
  }, [documentId]);
  const take = useCallback((quotes: DocumentQuotes) => setState({ documentId: quotes.documentId, quotes, error: null }), []);
  // Another document's list is never shown, not even while this one's loads.
  const shown = state.documentId === documentId ? state : { quotes: null, error: null };
  return { quotes: shown.quotes, error: shown.error, take };
}
