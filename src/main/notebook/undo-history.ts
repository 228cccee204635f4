import type { UndoneChange } from '../../shared/model';

interface Entry {
  label: string;
  documentId: string | null;
  revert: () => Promise<void>;
}

/** How many changes can be undone; older ones are forgotten. */
export const UNDO_LIMIT = 100;

/**
 * The changes a user can take back with Ctrl/Cmd+Z, newest first. Kept in
 * main, next to the data, so an undo restores exactly what was changed
 * whichever view made the change.
 */
export class UndoHistory {
  private readonly entries: Entry[] = [];

  record(label: string, documentId: string | null, revert: () => Promise<void>): void {
    this.entries.push({ label, documentId, revert });
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
