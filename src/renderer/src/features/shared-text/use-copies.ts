import { useEffect, useState } from 'react';
import type { SharedCopyText } from '../../../../shared/shared-text';
import { scholia } from '../../bridge';
import type { CopiesAsked } from './copies-coder';

/** A paragraph and its copies, as main lists them; null while asked (the dialog asks for one paragraph in its life). */
export function useCopies(asked: CopiesAsked): { copies: SharedCopyText[] | null; error: string | null } {
  const [state, setState] = useState<{ copies: SharedCopyText[] | null; error: string | null }>({ copies: null, error: null });
  useEffect(() => {
    let live = true;
    void scholia()
      .shared.copies(asked)
      .then((answer) => {
        if (live) setState(answer.ok ? { copies: answer.value, error: null } : { copies: [], error: answer.error.message });
      });
    return () => {
      live = false;
    };
  }, [asked]);
  return state;
}
