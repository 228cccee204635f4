/**
 * How far long jobs (exports, project imports) have come. Apart from the
 * change feed: progress is not a committed change, nothing follows it but
 * the window, and it may be dropped when nobody listens.
 */
import type { JobProgress } from '../../shared/exports';

type Listener = (progress: JobProgress) => void;

export class JobProgressFeed {
  private readonly listeners = new Set<Listener>();

  publish(progress: JobProgress): void {
    for (const listener of [...this.listeners]) listener(progress);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
