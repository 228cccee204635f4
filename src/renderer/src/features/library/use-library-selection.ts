import { useEffect, useState } from 'react';
import type { LibraryQuery } from '../../../../shared/library-query';
import { scholia } from '../../bridge';
import { followChanges } from '../../data/notebook-data';
import { showToast } from '../toasts/toasts';
import type { Pick } from './LibraryList';

interface Selection {
  ids: ReadonlySet<string>;
  /** Where a Shift-click range starts: the row last clicked alone or with Ctrl/Cmd. */
  anchor: number;
}

const NONE: Selection = { ids: new Set(), anchor: -1 };

/**
 * Which documents of the library are chosen together. A plain click opens
 * one and chooses it alone; Ctrl/Cmd-click adds or takes away one; Shift
 * chooses the range from the anchor, and Ctrl/Cmd+A the whole list, whose
 * ids main answers (the list only holds the pages on screen).
 */
export function useLibrarySelection(query: LibraryQuery, total: number, open: (id: string) => void) {
  const [selection, setSelection] = useState<Selection>(NONE);
  const queryKey = JSON.stringify(query);
  const [selectedIn, setSelectedIn] = useState(queryKey);
  // Another sort or filter shows other rows: a range chosen in the old one
  // means nothing there. Reset while rendering, so no frame shows both.
  if (selectedIn !== queryKey) {
    setSelectedIn(queryKey);
    setSelection(NONE);
  }
  // Deleted documents leave the selection.
  useEffect(
    () =>
      followChanges(
        (change) => change.scope === 'documents' && change.kind === 'removed',
        (event) => {
          const gone = new Set(event.changes.flatMap((change) => (change.scope === 'documents' && change.kind === 'removed' ? change.ids : [])));
          setSelection((current) => (current.ids.size === 0 ? current : { ...current, ids: new Set([...current.ids].filter((id) => !gone.has(id))) }));
        },
      ),
    [],
  );

  const idsBetween = async (from: number, to: number) => {
    const answer = await scholia().library.ids({ query, offset: from, limit: to - from + 1 });
    if (!answer.ok) showToast(answer.error.message, { tone: 'error' });
    return answer.ok ? answer.value : null;
  };

  const pick = async (index: number, id: string | null, how: Pick) => {
    if (how === 'range' && selection.anchor >= 0) {
      const ids = await idsBetween(Math.min(selection.anchor, index), Math.max(selection.anchor, index));
      if (ids) setSelection((current) => ({ ...current, ids: new Set(ids) }));
      return;
    }
    const chosen = id ?? (await idsBetween(index, index))?.[0];
    if (!chosen) return;
    if (how === 'toggle') {
      setSelection((current) => {
        const ids = new Set(current.ids);
        if (ids.has(chosen)) ids.delete(chosen);
        else ids.add(chosen);
        return { ids, anchor: index };
      });
      return;
    }
    setSelection({ ids: new Set([chosen]), anchor: index });
    open(chosen);
  };

  const selectAll = async () => {
    if (total === 0) return;
    const ids = await idsBetween(0, total - 1);
    if (ids) setSelection((current) => ({ ...current, ids: new Set(ids) }));
  };

  return {
    /** The documents chosen together; empty when at most one is (the open one stands for itself). */
    chosen: selection.ids.size > 1 ? selection.ids : (new Set() as ReadonlySet<string>),
    pick: (index: number, id: string | null, how: Pick) => void pick(index, id, how),
    selectAll: () => void selectAll(),
    clear: () => setSelection((current) => ({ ids: new Set(), anchor: current.anchor })),
  };
}
