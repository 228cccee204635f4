import { useCallback, useSyncExternalStore } from 'react';
import { notebookData } from './notebook-data';
import type { Question } from './queries';
import type { QueryView } from './query-cache';

export type Query<T> = QueryView<T>;

const NOTHING: Query<never> = { data: undefined, error: null, loading: false };
const LOADING: Query<never> = { data: undefined, error: null, loading: true };

/**
 * One question to main, answered from the cache and kept fresh by the
 * change events that concern it. The last good answer stays on screen while
 * a newer one loads. A null question asks nothing.
 */
export function useQuery<T>(question: Question<T> | null): Query<T> {
  const key = question?.key ?? null;
  // The question is rebuilt each render; its key says what it asks.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const subscribe = useCallback((listener: () => void) => (question === null ? () => undefined : notebookData().subscribe(question.key, question.spec, listener)), [key]);
  const snapshot = useSyncExternalStore(subscribe, () => (key === null ? undefined : notebookData().snapshot<T>(key)));
  if (key === null) return NOTHING;
  return snapshot ?? LOADING;
}
