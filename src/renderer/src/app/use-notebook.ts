import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/model';
import { messageOf, scholia, unwrap } from '../bridge';
import { useQuery } from '../data/use-query';

export interface StartState {
  status: 'loading' | 'ready' | 'failed';
  notices: Notice[];
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
  error: string | null;
}

/** What the app needs at start (the last document, notices) and the library, kept fresh. */
export function useNotebook() {
  const [start, setStart] = useState<StartState>({ status: 'loading', notices: [], lastDocumentId: null, error: null });
  const library = useQuery('library', () => scholia().library.list());

  const load = useCallback(async () => {
    try {
      const session = await unwrap(scholia().session.get());
      setStart((previous) => ({ ...previous, status: 'ready', lastDocumentId: session.lastDocumentId, error: null }));
    } catch (error) {
      setStart((previous) => ({ ...previous, status: 'failed', error: messageOf(error) }));
    }
    // Notices wait for the start-up check, which must not hold up reading.
    const notices = await scholia().notices.list();
    if (notices.ok) setStart((previous) => ({ ...previous, notices: notices.value }));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const dismissNotice = useCallback(async (id: string) => {
    setStart((previous) => ({ ...previous, notices: previous.notices.filter((n) => n.id !== id) }));
    await scholia().notices.dismiss({ id });
  }, []);

  const failed = start.status === 'failed' || (library.error !== null && library.data === undefined);
  return {
    status: failed ? 'failed' : start.status === 'ready' && library.data ? 'ready' : 'loading',
    error: start.error ?? library.error,
    notices: start.notices,
    lastDocumentId: start.lastDocumentId,
    documents: library.data ?? [],
    reload: load,
    dismissNotice,
  } as const;
}
