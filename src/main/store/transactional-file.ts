import type { Low } from 'lowdb';

interface Pending {
  change: (draft: never) => unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * One lowdb file whose changes are all or nothing: a change is made to a copy,
 * the copy is written, and only then does it become the current data. A
 * change that throws (a refused input) or a write that fails (a full disk)
 * leaves both the file and the data as they were.
 *
 * Changes run one after another, so two edits cannot interleave. Changes that
 * arrive while a write is on its way are applied together and written once
 * (under load, one write per batch instead of one per change); each caller
 * still hears back only after the write that holds its change is on disk.
 */
export class TransactionalFile<T> {
  private pending: Pending[] = [];
  private writing = false;
  private writes = 0;

  constructor(private readonly db: Low<T>) {}

  /** The committed data; treat it as read-only and change it through `update`. */
  get data(): T {
    return this.db.data;
  }

  /** How many times the file has been written, for telling coalesced writes apart. */
  get writeCount(): number {
    return this.writes;
  }

  update<R>(change: (draft: T) => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ change: change as (draft: never) => unknown, resolve: resolve as (result: unknown) => void, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      let draft = this.db.data;
      const applied: { pending: Pending; result: unknown }[] = [];
      for (const pending of batch) {
        // Each change gets its own copy, so one that throws halfway leaves no trace in the others.
        const copy = structuredClone(draft);
        try {
          const result = (pending.change as (draft: T) => unknown)(copy);
          draft = copy;
          applied.push({ pending, result });
        } catch (error) {
          pending.reject(error);
        }
      }
      if (applied.length === 0) continue;
      try {
        await this.db.adapter.write(draft);
        this.writes += 1;
        this.db.data = draft;
        for (const { pending, result } of applied) pending.resolve(result);
      } catch (error) {
        for (const { pending } of applied) pending.reject(error);
      }
    }
    this.writing = false;
  }
}
