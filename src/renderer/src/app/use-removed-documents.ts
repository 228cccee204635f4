import { useEffect, useState } from 'react';
import { followChanges } from '../data/notebook-data';

/** Documents deleted since the window opened (and not brought back by an undo), so nothing keeps showing one. */
export function useRemovedDocuments(): ReadonlySet<string> {
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  useEffect(
    () =>
      followChanges(
        (change) => change.scope === 'documents' && (change.kind === 'removed' || change.kind === 'added'),
        (event) =>
          setGone((current) => {
            const next = new Set(current);
            for (const change of event.changes) {
              if (change.scope !== 'documents') continue;
              for (const id of change.ids) {
                if (change.kind === 'removed') next.add(id);
                else if (change.kind === 'added') next.delete(id);
              }
            }
            return next;
          }),
      ),
    [],
  );
  return gone;
}
