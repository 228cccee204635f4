/**
 * The one change feed of a notebook. A service commits a change durably,
 * then publishes one commit saying what it touched; search, the in-memory
 * passage index, the undo history and the renderer subscribe, so nobody keeps
 * another component in step by hand.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeEvent, ChangeKind, NotebookChange } from '../../shared/changes';
import type { DocumentSummary, Memo, Passage, Tag } from '../../shared/model';

/** A change as main's own subscribers see it: what the renderer hears of, with the items themselves. */
export type Change =
  /** For 'removed', the documents as they were. `fields` names what an update changed, when the publisher knows. */
  | { scope: 'documents'; kind: ChangeKind | 'text'; documents: readonly DocumentSummary[]; fields?: readonly (keyof DocumentSummary)[] }
  /** For 'removed', the passages as they were; for the others, as they are now. */
  | { scope: 'passages'; kind: ChangeKind; documentId: string; passages: readonly Passage[] }
  | { scope: 'tags'; kind: ChangeKind; tags: readonly Tag[] }
  | { scope: 'memos'; kind: ChangeKind; memos: readonly Memo[] }
  | Extract<NotebookChange, { scope: 'attributes' | 'session' | 'notices' | 'backups' }>;

/**
 * How a commit is taken back and made again, when the user may; the undo
 * history records it. Both publish what they change, with no entry of their
 * own, so undoing and redoing are never themselves recorded.
 */
export interface UndoEntry {
  label: string;
  /** The document the user will see the undo in, if any. */
  documentId: string | null;
  revert: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface Commit {
  revision: number;
  changes: readonly Change[];
  undo?: UndoEntry;
}

type Listener = (commit: Commit) => void;

export class ChangeFeed {
  private current = 0;
  private readonly listeners = new Set<Listener>();
  /** The revision each bridge call's own commits reached, for stamping its answer. */
  private readonly calls = new AsyncLocalStorage<{ revision: number }>();
  /** The undo entries of the batch a commit belongs to, if it runs inside one. */
  private readonly batches = new AsyncLocalStorage<UndoEntry[]>();

  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error('[scholia] a change subscriber failed:', error)) {}

  /** The revision of the last commit. */
  get revision(): number {
    return this.current;
  }

  /**
   * Announces a commit to every subscriber, in the order they subscribed. A
   * subscriber that throws is reported and does not stop the others: the
   * change is on disk already. Subscribers run outside the caller's bridge
   * call, so what they publish in turn is not taken for the call's own commit.
   */
  publish(changes: readonly Change[], given?: UndoEntry): Commit | null {
    const batch = this.batches.getStore();
    if (batch && given) batch.push(given);
    const undo = batch ? undefined : given;
    if (changes.length === 0 && !undo) return null;
    this.current += 1;
    const commit: Commit = { revision: this.current, changes, ...(undo ? { undo } : {}) };
    const call = this.calls.getStore();
    if (call) call.revision = commit.revision;
    this.calls.exit(() => {
      for (const listener of [...this.listeners]) {
        try {
          listener(commit);
        } catch (error) {
          this.onListenerError(error);
        }
      }
    });
    return commit;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Runs many changes as one for the user: every commit made inside `run`
   * is published as it happens, but they are undone and redone together, as
   * one entry labelled `label`. If `run` fails, what it had changed is taken
   * back before the error goes on, so a batch lands whole or not at all.
   */
  async batch<T>(label: string, documentId: string | null, run: () => Promise<T>): Promise<T> {
    const entries: UndoEntry[] = [];
    const revert = () => this.quietly(() => inTurn([...entries].reverse(), (entry) => entry.revert()));
    let value: T;
    try {
      value = await this.batches.run(entries, run);
    } catch (error) {
      await revert();
      throw error;
    }
    if (entries.length > 0) this.publish([], { label, documentId, revert, redo: () => this.quietly(() => inTurn(entries, (entry) => entry.redo())) });
    return value;
  }

  /**
   * Runs `run` and answers the undo entries its commits offered, instead of
   * recording them: for an undo made of other services' own changes.
   */
  async capture(run: () => Promise<unknown>): Promise<UndoEntry[]> {
    const entries: UndoEntry[] = [];
    await this.batches.run(entries, run);
    return entries;
  }

  private async quietly(run: () => Promise<void>): Promise<void> {
    await this.capture(run);
  }

  /**
   * Runs one bridge call and tells which revision its answer reflects: that
   * of its own last commit, or for a call that commits nothing, the revision
   * when it began (it saw at least every change up to then).
   */
  async track<T>(run: () => T | Promise<T>): Promise<{ value: T; revision: number }> {
    const call = { revision: this.current };
    const value = await this.calls.run(call, run);
    return { value, revision: call.revision };
  }
}

/** Runs every step even when one fails (what can be taken back is), then throws the first failure. */
async function inTurn<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let failure: { error: unknown } | null = null;
  for (const item of items) {
    try {
      await run(item);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}

/** What the renderer hears of a commit: scopes, kinds and ids, never contents. */
export function toChangeEvent(commit: Commit): ChangeEvent {
  return { revision: commit.revision, changes: commit.changes.map(toNotebookChange) };
}

function toNotebookChange(change: Change): NotebookChange {
  switch (change.scope) {
    case 'documents':
      return { scope: 'documents', kind: change.kind, ids: change.documents.map((d) => d.id) };
    case 'passages':
      return { scope: 'passages', kind: change.kind, documentId: change.documentId, ids: change.passages.map((p) => p.id) };
    case 'tags':
      return { scope: 'tags', kind: change.kind, ids: change.tags.map((t) => t.id) };
    case 'memos':
      return { scope: 'memos', kind: change.kind, ids: change.memos.map((m) => m.id) };
    default:
      return change;
  }
}

/** Passage changes, one per document, as the feed carries them. */
export function passageChanges(kind: ChangeKind, passages: readonly Passage[]): Change[] {
  const byDocument = new Map<string, Passage[]>();
  for (const passage of passages) {
    let list = byDocument.get(passage.documentId);
    if (!list) byDocument.set(passage.documentId, (list = []));
    list.push(passage);
  }
  return [...byDocument].map(([documentId, list]) => ({ scope: 'passages', kind, documentId, passages: list }));
}
