import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary, Notice } from '../../../shared/model';
import { messageOf, scholia, unwrap } from '../bridge';

export interface NotebookState {
  status: 'loading' | 'ready' | 'failed';
  documents: DocumentSummary[];
  notices: Notice[];
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
  error: string | null;
}

/** Loads what the app needs at start: the library, the last reading position and any notices. */
export function useNotebook() {
  const [state, setState] = useState<NotebookState>({
    status: 'loading',
    documents: [],
    notices: [],
    lastDocumentId: null,
    error: null,
  });

  const load = useCallback(async () => {
    try {
      const [documents, session, notices] = await Promise.all([
        unwrap(scholia().library.list()),
        unwrap(scholia().session.get()),
        unwrap(scholia().notices.list()),
      ]);
      setState({ status: 'ready', documents, notices, lastDocumentId: session.lastDocumentId, error: null });
    } catch (error) {
      setState((previous) => ({ ...previous, status: 'failed', error: messageOf(error) }));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const dismissNotice = useCallback(async (id: string) => {
    setState((previous) => ({ ...previous, notices: previous.notices.filter((n) => n.id !== id) }));
    await scholia().notices.dismiss({ id });
  }, []);

  return { state, reload: load, dismissNotice };
}
