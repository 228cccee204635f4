import type { UndoneChange } from '../../shared/model';
import type { ChangeFeed, UndoEntry } from '../changes/change-feed';

/** How many changes can be undone; older ones are forgotten. */
export const UNDO_LIMIT = 100;

/**
 * The changes a user can take back with Ctrl/Cmd+Z, newest first. Kept in
 * main, next to the data, so an undo restores exactly what was changed
 * whichever view made the change. It follows the change feed: every commit
 * that says how to take it back is recorded; the commits an undo makes say
 * no such thing, so undoing is never itself recorded.
 */
export class UndoHistory {
  private readonly entries: UndoEntry[] = [];

  constructor(feed: ChangeFeed) {
    feed.subscribe((commit) => {
      if (commit.undo) this.record(commit.undo);
    });
  }

  private record(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > UNDO_LIMIT) this.entries.shift();
  }

  async undo(): Promise<UndoneChange | null> {
    const entry = this.entries.pop();
    if (!entry) return null;
    try {
      await entry.revert();
    } catch (error) {
      // A revert that could not be written stays undoable.
      this.entries.push(entry);
      throw error;
    }
    return { label: entry.label, documentId: entry.documentId };
  }

  get size(): number {
    return this.entries.length;
  }
}
