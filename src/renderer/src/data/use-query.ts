import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/result';
import { messageOf, unwrap } from '../bridge';
import { useRevision } from './revision';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

/**
 * Calls the bridge and keeps the answer, calling again whenever `key` or the
 * notebook changes. The last good answer stays on screen while a new one loads.
 */
export function useQuery<T>(key: string | null, fetch: () => Promise<Result<T>>): Query<T> {
  const revision = useRevision();
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: string | null; loadedAt: number }>({
    key: null,
    data: undefined,
    error: null,
    loadedAt: -1,
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    unwrap(fetch()).then(
      (data) => current && setState({ key, data, error: null, loadedAt: revision }),
      (error: unknown) => current && setState((previous) => ({ ...previous, key, error: messageOf(error), loadedAt: revision })),
    );
    return () => {
      current = false;
    };
    // `fetch` is recreated every render; `key` says what it fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision]);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : null,
    loading: !fresh || state.loadedAt !== revision,
  };
}
