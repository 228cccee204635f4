import { useEffect, useRef, useState } from 'react';
import type { HitUnit, OccurrenceList } from '../../../../shared/concordance';
import { scholia } from '../../bridge';
import { changesSearch } from '../../data/queries';
import { useChangeCount } from '../../data/use-changes';

export interface OccurrenceQuery {
  limit: number;
  context: number;
  unit: HitUnit;
}

export interface Occurrences {
  /** Null while the first answer for this query is on its way (and for an empty query). */
  list: OccurrenceList | null;
  error: string | null;
  loading: boolean;
}

/** Waits this long after the last keystroke before asking. */
const TYPING_PAUSE_MS = 150;

/**
 * Every match of `query` in the notebook, asked again when a change could
 * alter them. A query that does not parse keeps the last good list beside
 * the message, as search does; an answer overtaken by a newer query is dropped.
 */
export function useOccurrences(query: string, { limit, context, unit }: OccurrenceQuery): Occurrences {
  const revision = useChangeCount(changesSearch);
  const trimmed = query.trim();
  const key = JSON.stringify([trimmed, limit, context, unit, revision]);
  const [answer, setAnswer] = useState<{ key: string; list: OccurrenceList | null; error: string | null }>({ key: '', list: null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (trimmed === '') return;
    const timer = window.setTimeout(async () => {
      const reply = await scholia().search.occurrences({ query: trimmed, limit, context, unit });
      if (ticket !== latest.current) return;
      setAnswer((current) => (reply.ok ? { key, list: reply.value, error: null } : { key, list: current.list, error: reply.error.message }));
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [key, trimmed, limit, context, unit]);
  if (trimmed === '') return { list: null, error: null, loading: false };
  return { list: answer.list, error: answer.error, loading: answer.key !== key };
}
