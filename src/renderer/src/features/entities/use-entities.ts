import { useEffect, useState } from 'react';
import type { EntityKind, EntityList, EntitySort } from '../../../../shared/entities';
import { scholia } from '../../bridge';
import { followChanges } from '../../data/notebook-data';

export interface EntityQuery {
  kind: EntityKind | null;
  query: string;
  sort: EntitySort;
  descending: boolean;
}

/** Rows asked for at once: the view is windowed, and ten thousand names come back from memory in one answer. */
const LIMIT = 20_000;
/** While documents are being read, the list is asked again at most this often. */
const REFRESH_MS = 700;

/**
 * The entities as the view's filter and sort ask, asked again when main says
 * they changed (documents read, an edit made or undone) or documents came,
 * went or were renamed. A refresh while documents are still being read waits
 * a little, so a notebook of thousands does not ask once per chunk.
 */
export function useEntities(query: EntityQuery): { list: EntityList | null; error: string | null } {
  const [list, setList] = useState<EntityList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { kind, sort, descending } = query;
  const words = query.query.trim();
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const ask = () => {
      timer = null;
      void scholia()
        .entities.list({ ...(kind ? { kind } : {}), ...(words ? { query: words } : {}), sort, descending, limit: LIMIT, includeHidden: true })
        .then((answer) => {
          if (!current) return;
          if (answer.ok) {
            setList(answer.value);
            setError(null);
          } else setError(answer.error.message);
        });
    };
    const soon = (pending: number) => {
      if (pending === 0) {
        if (timer) clearTimeout(timer);
        ask();
      } else timer ??= setTimeout(ask, REFRESH_MS);
    };
    ask();
    const stopEntities = scholia().onEntitiesChanged(({ pending }) => soon(pending));
    const stopChanges = followChanges((change) => change.scope === 'documents', () => soon(1));
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
      stopEntities();
      stopChanges();
    };
  }, [kind, words, sort, descending]);
  return { list, error };
}
