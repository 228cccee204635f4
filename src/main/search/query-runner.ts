/**
 * Queries as a user types them: at most one is in the search worker at a
 * time and at most one waits behind it. A newer query replaces the waiting
 * one, which is answered as superseded at once, so a slow query delays only
 * the next keystroke's, never a queue of stale ones.
 */
import { ScholiaFailure } from '../../shared/result';

export type RunQuery<T> = () => Promise<T>;

interface Waiting<T> {
  run: RunQuery<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export class QueryRunner<T> {
  private busy = false;
  private waiting: Waiting<T> | null = null;

  /** Runs `run` when the worker is free, unless a newer query arrives first. */
  ask(run: RunQuery<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.waiting) this.waiting.reject(new ScholiaFailure('superseded', 'A newer search replaced this one.'));
      this.waiting = { run, resolve, reject };
      this.next();
    });
  }

  private next(): void {
    if (this.busy || !this.waiting) return;
    const { run, resolve, reject } = this.waiting;
    this.waiting = null;
    this.busy = true;
    run()
      .then(resolve, reject)
      .finally(() => {
        this.busy = false;
        this.next();
      });
  }
}
