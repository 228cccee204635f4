/**
 * The user's edits to the entities, kept in their own small file beside the
 * notebook: merge one entity into another, give one a name, split a written
 * form off the entity it joined, hide a false find. Each edit is one
 * undoable change; undoing writes back the edits as they were before.
 */
import { ENTITY_NAME_MAX, type EntityEdits } from '../../shared/entities';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { EntitiesFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';
import { followMerges } from './entity-merge';

export class EntityEditsStore {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly file: TransactionalFile<EntitiesFile>,
    private readonly feed: ChangeFeed,
  ) {}

  get current(): EntityEdits {
    return this.file.data.edits;
  }

  /** Calls `listener` after every edit, undo and redo. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Merges the entity `from` into `into`: its mentions and forms become the other's. */
  merge(from: string, into: string, label: string): Promise<void> {
    if (from === into) throw new ScholiaFailure('invalid-input', 'An entity cannot be merged into itself.');
    if (followMerges(into, this.current.merges) === from) throw new ScholiaFailure('invalid-input', 'That entity was merged into this one; split them before merging the other way.');
    return this.edit(label, (edits) => ({ ...edits, merges: { ...edits.merges, [from]: into } }));
  }

  rename(key: string, name: string, label: string): Promise<void> {
    const cleaned = name.replace(/\s+/g, ' ').trim();
    if (!cleaned) throw new ScholiaFailure('invalid-input', 'An entity needs a name.');
    if (cleaned.length > ENTITY_NAME_MAX) throw new ScholiaFailure('invalid-input', `An entity's name can be at most ${ENTITY_NAME_MAX} characters.`);
    return this.edit(label, (edits) => ({ ...edits, names: { ...edits.names, [key]: cleaned } }));
  }

  /** Stands the written form `formKey` on its own again, taking back a merge into it if there was one. */
  split(formKey: string, label: string): Promise<void> {
    return this.edit(label, (edits) => {
      const merges = { ...edits.merges };
      delete merges[formKey];
      return { ...edits, merges, splits: edits.splits.includes(formKey) ? edits.splits : [...edits.splits, formKey] };
    });
  }

  setHidden(key: string, hidden: boolean, label: string): Promise<void> {
    return this.edit(label, (edits) => ({ ...edits, hidden: hidden ? [...new Set([...edits.hidden, key])] : edits.hidden.filter((k) => k !== key) }));
  }

  private async edit(label: string, change: (edits: EntityEdits) => EntityEdits): Promise<void> {
    const before = this.current;
    const after = change(before);
    const put = async (edits: EntityEdits) => {
      await this.file.update((draft) => void (draft.edits = edits));
      for (const listener of this.listeners) listener();
    };
    await put(after);
    this.feed.publish([], { label, documentId: null, revert: () => put(before), redo: () => put(after) });
  }
}
