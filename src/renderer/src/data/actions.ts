import type { Answer } from '../../../shared/result';
import { scholia } from '../bridge';
import { showToast } from '../features/toasts/toasts';
import { notebookData } from './notebook-data';

/** What a mutation's answer means for the cache: the entries it answers for, and how to put the answer in. */
export interface Covers<T> {
  /** Keys whose refresh waits for this answer instead of asking main again. */
  keys: readonly string[];
  apply: (value: T, revision: number | undefined) => void;
}

/**
 * Runs a change through the bridge. On success the views it covers take the
 * answer in (the others follow main's change event) and the answer comes
 * back; on failure the user reads why in a toast, nothing else happens, and
 * the answer is undefined.
 */
export async function change<T>(pending: Promise<Answer<T>>, covers?: Covers<T>): Promise<T | undefined> {
  const release = covers ? notebookData().hold(covers.keys) : () => undefined;
  try {
    const result = await pending;
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return undefined;
    }
    covers?.apply(result.value, result.revision);
    return result.value;
  } finally {
    release();
  }
}

/** Takes back the last change, whatever view made it; the views follow main's change event. */
export function undoLastChange(): Promise<void> {
  return step(scholia().history.undo(), 'Nothing to undo.', 'Undone');
}

/** Makes again what the last undo took back. */
export function redoLastChange(): Promise<void> {
  return step(scholia().history.redo(), 'Nothing to redo.', 'Redone');
}

async function step(pending: ReturnType<ReturnType<typeof scholia>['history']['undo']>, nothing: string, done: string): Promise<void> {
  const result = await pending;
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  showToast(result.value === null ? nothing : `${done}: ${result.value.label}.`);
}
