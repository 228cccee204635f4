import type { Result } from '../../../shared/result';
import { scholia } from '../bridge';
import { showToast } from '../features/toasts/toasts';
import { notebookChanged } from './revision';

/**
 * Runs a change through the bridge: on success every view refreshes and the
 * result comes back; on failure the user reads why in a toast, nothing else
 * happens, and the answer is undefined.
 */
export async function change<T>(pending: Promise<Result<T>>): Promise<T | undefined> {
  const result = await pending;
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return undefined;
  }
  notebookChanged();
  return result.value;
}

/** Takes back the last change, whatever view made it. */
export async function undoLastChange(): Promise<void> {
  const result = await scholia().history.undo();
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  if (result.value === null) {
    showToast('Nothing to undo.');
    return;
  }
  notebookChanged();
  showToast(`Undone: ${result.value.label}.`);
}
