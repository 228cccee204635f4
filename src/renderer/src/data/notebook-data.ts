/**
 * The renderer's one subscription to main's change events, feeding the query
 * cache and whoever else must follow changes (search results, notices). Set
 * up on first use, so tests can install a fake bridge before.
 */
import type { ChangeEvent, NotebookChange } from '../../../shared/changes';
import { scholia } from '../bridge';
import { QueryCache } from './query-cache';

let cache: QueryCache | null = null;
const followers = new Set<(event: ChangeEvent) => void>();

/** The cache, subscribed to main's events the first time it is asked for. */
export function notebookData(): QueryCache {
  if (!cache) {
    const created = (cache = new QueryCache());
    scholia().onDidChange((event) => {
      created.receive(event);
      for (const follower of [...followers]) follower(event);
    });
  }
  return cache;
}

/** Calls `listener` with each change event that holds a change `concerns` accepts; returns a function that stops. */
export function followChanges(concerns: (change: NotebookChange) => boolean, listener: (event: ChangeEvent) => void): () => void {
  notebookData();
  const follower = (event: ChangeEvent) => {
    if (event.changes.some(concerns)) listener(event);
  };
  followers.add(follower);
  return () => void followers.delete(follower);
}

/** Forgets everything (tests start each case afresh). */
export function resetNotebookData(): void {
  cache = null;
  followers.clear();
}
