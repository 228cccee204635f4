import { useCallback, useMemo, useSyncExternalStore } from 'react';
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

/**
 * Several questions at once (the pages of the library in view), each kept
 * fresh like `useQuery`; the list answered is the same array until one of
 * its answers changes.
 */
export function useQueries<T>(questions: readonly Question<T>[]): readonly Query<T>[] {
  const keys = questions.map((question) => question.key).join('\n');
  // The questions are rebuilt each render; their keys say what they ask.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => combined(questions), [keys]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

/** One external store over several cache entries, for `useSyncExternalStore`. */
function combined<T>(questions: readonly Question<T>[]) {
  let held: { views: readonly (Query<T> | undefined)[]; answer: readonly Query<T>[] } = { views: [], answer: [] };
  return {
    subscribe: (listener: () => void) => {
      const stops = questions.map((question) => notebookData().subscribe(question.key, question.spec, listener));
      return () => stops.forEach((stop) => stop());
    },
    snapshot: (): readonly Query<T>[] => {
      const views = questions.map((question) => notebookData().snapshot<T>(question.key));
      if (views.length !== held.views.length || views.some((view, i) => view !== held.views[i])) held = { views, answer: views.map((view) => view ?? LOADING) };
      return held.answer;
    },
  };
}
