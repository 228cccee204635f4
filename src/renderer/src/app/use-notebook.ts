import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/model';
import { messageOf, scholia, unwrap } from '../bridge';
import { change } from '../data/actions';
import { notebookData } from '../data/notebook-data';
import { noticesQuestion } from '../data/queries';
import { useQuery } from '../data/use-query';

const NO_NOTICES: Notice[] = [];

export interface StartState {
  status: 'loading' | 'ready' | 'failed';
  /** The document open when the app last closed. */
  lastDocumentId: string | null;
  error: string | null;
}

/** What the app needs at start (the last document) and the notices, kept fresh by main's change events. */
export function useNotebook() {
  const [start, setStart] = useState<StartState>({ status: 'loading', lastDocumentId: null, error: null });
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

  return {
    status: start.status,
    error: start.error,
    notices: notices.data ?? NO_NOTICES,
    lastDocumentId: start.lastDocumentId,
    // Trying again asks for everything again, the library included.
    reload: async () => {
      await load();
      notebookData().refreshAll();
    },
    dismissNotice,
  } as const;
}
