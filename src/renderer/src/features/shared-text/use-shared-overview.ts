import { useEffect, useState } from 'react';
import type { SharedOverview } from '../../../../shared/shared-text';
import { scholia } from '../../bridge';
import { followChanges } from '../../data/notebook-data';

/**
 * The notebook's clusters of shared text, asked again when main says shared
 * text changed (a comparison finished, a document came or went) or documents
 * were renamed or removed (the clusters show their titles).
 */
export function useSharedOverview(): { overview: SharedOverview | null; error: string | null } {
  const [state, setState] = useState<{ overview: SharedOverview | null; error: string | null }>({ overview: null, error: null });
  useEffect(() => {
    let current = true;
    const ask = () =>
      void scholia()
        .shared.clusters()
        .then((answer) => {
          if (current) setState(answer.ok ? { overview: answer.value, error: null } : { overview: null, error: answer.error.message });
        });
    ask();
    const stopShared = scholia().onSharedTextChanged(ask);
    const stopChanges = followChanges((change) => change.scope === 'documents' && change.kind !== 'added', ask);
    return () => {
      current = false;
      stopShared();
      stopChanges();
    };
  }, []);
  return state;
}
