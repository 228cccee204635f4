import type { UndoneChange } from '../../shared/model';
import type { ChangeFeed, UndoEntry } from '../changes/change-feed';

/** How many changes can be undone; older ones are forgotten. */
export const UNDO_LIMIT = 100;

/**
 * The changes a user can take back with Ctrl/Cmd+Z and make again with
 * Ctrl/Cmd+Shift+Z, newest first. Kept in main, next to the data, so an
 * undo restores exactly what was changed whichever view made the change. It
 * follows the change feed: every commit that says how to take it back is
 * recorded, and a new change clears what could be redone; the commits an undo
 * or a redo makes say no such thing, so they are never recorded themselves.
 */
export class UndoHistory {
  private readonly undoable: UndoEntry[] = [];
  private readonly redoable: UndoEntry[] = [];

  constructor(feed: ChangeFeed) {
    feed.subscribe((commit) => {
      if (!commit.undo) return;
      this.undoable.push(commit.undo);
      if (this.undoable.length > UNDO_LIMIT) this.undoable.shift();
      this.redoable.length = 0;
    });
  }

  undo(): Promise<UndoneChange | null> {
    return this.step(this.undoable, this.redoable, (entry) => entry.revert());
  }

  redo(): Promise<UndoneChange | null> {
    return this.step(this.redoable, this.undoable, (entry) => entry.redo());
  }

  /** Takes the newest entry of `from`, runs it, and moves it to `to`; one that fails stays where it was. */
  private async step(from: UndoEntry[], to: UndoEntry[], run: (entry: UndoEntry) => Promise<void>): Promise<UndoneChange | null> {
    const entry = from.pop();
    if (!entry) return null;
    try {
      await run(entry);
    } catch (error) {
      from.push(entry);
      throw error;
    }
    to.push(entry);
    return { label: entry.label, documentId: entry.documentId };
  }

  get size(): number {
    return this.undoable.length;
  }

  get redoSize(): number {
    return this.redoable.length;
  }
}
