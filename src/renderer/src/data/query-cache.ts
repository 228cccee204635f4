/**
 * What the renderer knows of the notebook: one entry per question asked of
 * main (the library, a document's passages, the codebook…), each with the
 * revision its answer reflects and the changes that concern it. A change
 * event refreshes only the entries it concerns and only when they do not
 * already include it; a mutation's own answer is applied to the entries it
 * covers, so the notebook is not asked again for what the renderer was just told.
 */
import type { ChangeEvent, NotebookChange } from '../../../shared/changes';
import type { Answer } from '../../../shared/result';

/** How an entry is answered: asked whole, or brought up to date from the changes that concern it. */
export interface QuerySpec<T> {
  fetch: () => Promise<Answer<T>>;
  /** Whether a change can alter the answer. */
  affectedBy: (change: NotebookChange) => boolean;
  /** Asks only for what `changes` touched, given the current answer; null means ask for it whole. */
  refresh?: (current: T, changes: readonly NotebookChange[]) => Promise<Answer<T>> | null;
}

interface Entry<T> {
  spec: QuerySpec<T>;
  data: T | undefined;
  error: string | null;
  /** The notebook revision `data` reflects; -1 before the first answer. */
  revision: number;
  /** Changes that concern it and that `data` does not include yet. */
  unseen: NotebookChange[];
  newest: number;
  /** Too much changed to bring it up to date change by change. */
  whole: boolean;
  fetching: boolean;
  /** Mutations under way that will bring their own answer for this entry. */
  holds: number;
  listeners: Set<() => void>;
  /** What views read: the same object until the entry changes, as React's external stores need. */
  view: QueryView<T>;
}

export interface QueryView<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

/** Entries nobody shows are kept for going back to them, up to this many. */
const KEEP_UNUSED = 40;
/** Past this many changes not yet seen, an entry is asked for whole rather than change by change. */
const MAX_UNSEEN = 2_000;
const GENERIC_ERROR = 'Something went wrong. Please try again.';

export class QueryCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  /** Registers (or finds) the entry for `key`; starts answering it if it has no current answer. */
  subscribe<T>(key: string, spec: QuerySpec<T>, listener: () => void): () => void {
    const entry = this.entryFor(key, spec as unknown as QuerySpec<unknown>);
    entry.spec = spec as unknown as QuerySpec<unknown>;
    entry.listeners.add(listener);
    if (!entry.fetching && (entry.data === undefined || entry.unseen.length > 0)) this.load(key, entry);
    return () => {
      entry.listeners.delete(listener);
      this.forgetUnused();
    };
  }

  snapshot<T>(key: string): QueryView<T> | undefined {
    return this.entries.get(key)?.view as QueryView<T> | undefined;
  }

  /** Takes in a change event: each entry it concerns and does not include is refreshed now, or once nobody holds it. */
  receive(event: ChangeEvent): void {
    for (const [key, entry] of this.entries) {
      if (event.revision <= entry.revision) continue;
      const relevant = event.changes.filter(entry.spec.affectedBy);
      if (relevant.length === 0) continue;
      entry.unseen.push(...relevant);
      if (entry.unseen.length > MAX_UNSEEN) {
        entry.whole = true;
        entry.unseen = entry.unseen.slice(-1);
      }
      entry.newest = Math.max(entry.newest, event.revision);
      if (entry.holds === 0 && entry.listeners.size > 0) this.load(key, entry);
      else this.notify(entry);
    }
  }

  /**
   * Keeps events from refreshing these entries while a mutation that will
   * answer for them is under way; returns the release, which refreshes them
   * if a change they do not include arrived meanwhile.
   */
  hold(keys: readonly string[]): () => void {
    const held = keys.flatMap((key) => {
      const entry = this.entries.get(key);
      if (!entry) return [];
      entry.holds += 1;
      return [[key, entry] as const];
    });
    return () => {
      for (const [key, entry] of held) {
        entry.holds -= 1;
        if (entry.holds === 0 && entry.unseen.length > 0 && entry.listeners.size > 0) this.load(key, entry);
      }
    };
  }

  /** Applies what a mutation answered to an entry that has an answer; `revision` is the mutation's. */
  apply<T>(key: string, revision: number | undefined, update: (current: T) => T): void {
    const entry = this.entries.get(key);
    if (!entry || entry.data === undefined) return;
    entry.data = update(entry.data as T);
    if (revision !== undefined && revision > entry.revision) {
      entry.revision = revision;
      // Changes up to this revision are in what the mutation said; later ones are still to be asked for.
      if (entry.newest <= revision) entry.unseen = [];
    }
    this.notify(entry);
  }

  /** Asks every shown entry again (a retry after a failure). */
  refreshAll(): void {
    for (const [key, entry] of this.entries) if (entry.listeners.size > 0) this.load(key, entry);
  }

  private entryFor(key: string, spec: QuerySpec<unknown>): Entry<unknown> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { spec, data: undefined, error: null, revision: -1, unseen: [], newest: -1, whole: false, fetching: false, holds: 0, listeners: new Set(), view: { data: undefined, error: null, loading: true } };
      this.entries.set(key, entry);
    } else {
      // Most recently used last, so the oldest unused entries are forgotten first.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private load(key: string, entry: Entry<unknown>): void {
    // One question at a time per entry; changes that arrive meanwhile are asked for once it is answered.
    if (entry.fetching) return;
    entry.fetching = true;
    this.notify(entry);
    const changes = entry.unseen;
    const whole = entry.whole;
    // An answer that carries no revision is taken to include every change heard of before it was asked.
    const heardBefore = entry.newest;
    entry.unseen = [];
    entry.whole = false;
    const incremental = entry.data !== undefined && changes.length > 0 && !whole ? entry.spec.refresh?.(entry.data, changes) : null;
    const pending = incremental ?? entry.spec.fetch();
    pending
      .then(
        (answer) => {
          if (answer.ok) {
            const revision = answer.revision ?? Math.max(entry.revision, heardBefore);
            // An answer older than what the entry holds (a mutation applied meanwhile) is not taken.
            if (revision >= entry.revision || entry.data === undefined) {
              entry.data = answer.value;
              entry.revision = Math.max(entry.revision, revision);
            }
            // Changes the answer already includes need no asking.
            if (entry.revision >= entry.newest) entry.unseen = [];
            entry.error = null;
          } else {
            entry.error = answer.error.message;
            entry.unseen.unshift(...changes);
          }
        },
        (error: unknown) => {
          entry.error = error instanceof Error ? error.message : GENERIC_ERROR;
          entry.unseen.unshift(...changes);
        },
      )
      .finally(() => {
        entry.fetching = false;
        const again = entry.unseen.length > 0 && entry.newest > entry.revision && entry.error === null;
        if (again && entry.holds === 0 && entry.listeners.size > 0 && this.entries.get(key) === entry) this.load(key, entry);
        else this.notify(entry);
      });
  }

  private notify(entry: Entry<unknown>): void {
    const loading = entry.fetching || entry.unseen.length > 0;
    const { view } = entry;
    if (view.data !== entry.data || view.error !== entry.error || view.loading !== loading) entry.view = { data: entry.data, error: entry.error, loading };
    for (const listener of [...entry.listeners]) listener();
  }

  private forgetUnused(): void {
    const unused = [...this.entries].filter(([, entry]) => entry.listeners.size === 0 && !entry.fetching && entry.holds === 0);
    for (const [key] of unused.slice(0, Math.max(0, unused.length - KEEP_UNUSED))) this.entries.delete(key);
  }
}
