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
 * decisions changed (an undo, a new version), and, while the list is
 * shown, when the document's passages changed (an accepted quotation is
 * shown as coded): tagging with the list hidden costs no extra read.
 */
export function useQuotes(documentId: string, shown: boolean): QuotesState {
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
      (change) => (shown && change.scope === 'passages' && change.documentId === documentId) || (change.scope === 'documents' && change.kind !== 'added' && change.ids.includes(documentId)),
      ask,
    );
    return () => {
      current = false;
      stopQuotes();
      stopChanges();
    };
  }, [documentId, shown]);
  const take = useCallback((quotes: DocumentQuotes) => setState({ documentId: quotes.documentId, quotes, error: null }), []);
  // Another document's list is never shown, not even while this one's loads.
  const held = state.documentId === documentId ? state : { quotes: null, error: null };
  return { quotes: held.quotes, error: held.error, take };
}
