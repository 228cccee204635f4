import type { Low } from 'lowdb';

/**
 * One lowdb file whose changes are all or nothing: a change is made to a copy,
 * the copy is written, and only then does it become the current data. A
 * change that throws (a refused input) or a write that fails (a full disk)
 * leaves both the file and the data as they were. Changes to one file run one
 * after another, so two concurrent edits cannot interleave.
 */
export class TransactionalFile<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Low<T>) {}

  /** The committed data; treat it as read-only and change it through `update`. */
  get data(): T {
    return this.db.data;
  }

  update<R>(change: (draft: T) => R): Promise<R> {
    const run = async () => {
      const draft = structuredClone(this.db.data);
      const result = change(draft);
      await this.db.adapter.write(draft);
      this.db.data = draft;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
