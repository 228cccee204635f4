import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/model';
import { messageOf, scholia, unwrap } from '../bridge';
import { change } from '../data/actions';
import { notebookData } from '../data/notebook-data';
import { libraryQuestion, noticesQuestion } from '../data/queries';
import { useQuery } from '../data/use-query';

const NO_NOTICES: Notice[] = [];

export interface StartState {
  status: 'loading' | 'ready' | 'failed';
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
  error: string | null;
}

/** What the app needs at start (the last document), the library and the notices, kept fresh by main's change events. */
export function useNotebook() {
  const [start, setStart] = useState<StartState>({ status: 'loading', lastDocumentId: null, error: null });
  const library = useQuery(libraryQuestion);
  // A notice raised later (a search problem, the start-up check) arrives as a change event.
  const notices = useQuery(noticesQuestion);

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
    await change(scholia().notices.dismiss({ id }), {
      keys: [noticesQuestion.key],
      apply: (_value, revision) => notebookData().apply<Notice[]>(noticesQuestion.key, revision, (list) => list.filter((n) => n.id !== id)),
    });
  }, []);

  const failed = start.status === 'failed' || (library.error !== null && library.data === undefined);
  return {
    status: failed ? 'failed' : start.status === 'ready' && library.data ? 'ready' : 'loading',
    error: start.error ?? library.error,
    notices: notices.data ?? NO_NOTICES,
    lastDocumentId: start.lastDocumentId,
    documents: library.data ?? NO_DOCUMENTS,
    // Trying again asks for everything again, the library included.
    reload: async () => {
      await load();
      notebookData().refreshAll();
    },
    dismissNotice,
  } as const;
}

const NO_DOCUMENTS: never[] = [];
