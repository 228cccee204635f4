import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/model';
import { messageOf, scholia, unwrap } from '../bridge';
import { notebookChanged } from '../data/revision';
import { useQuery } from '../data/use-query';

const NO_NOTICES: Notice[] = [];

export interface StartState {
  status: 'loading' | 'ready' | 'failed';
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
  error: string | null;
}

/** What the app needs at start (the last document, notices) and the library, kept fresh. */
export function useNotebook() {
  const [start, setStart] = useState<StartState>({ status: 'loading', lastDocumentId: null, error: null });
  const library = useQuery('library', () => scholia().library.list());
  // Refreshed after every change, so a notice added later (a search problem) shows too.
  const notices = useQuery('notices', () => scholia().notices.list());

  const load = useCallback(async () => {
    try {
      const session = await unwrap(scholia().session.get());
      setStart((previous) => ({ ...previous, status: 'ready', lastDocumentId: session.lastDocumentId, error: null }));
    } catch (error) {
      setStart((previous) => ({ ...previous, status: 'failed', error: messageOf(error) }));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const dismissNotice = useCallback(async (id: string) => {
    await scholia().notices.dismiss({ id });
    notebookChanged();
  }, []);

  const failed = start.status === 'failed' || (library.error !== null && library.data === undefined);
  return {
    status: failed ? 'failed' : start.status === 'ready' && library.data ? 'ready' : 'loading',
    error: start.error ?? library.error,
    notices: notices.data ?? NO_NOTICES,
    lastDocumentId: start.lastDocumentId,
    documents: library.data ?? [],
    // Trying again reloads everything, the library included.
    reload: async () => {
      await load();
      notebookChanged();
    },
    dismissNotice,
  } as const;
}
