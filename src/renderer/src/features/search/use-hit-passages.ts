import { useMemo } from 'react';
import { OCCURRENCES_MAX_LIMIT, type Occurrence } from '../../../../shared/concordance';
import { useOccurrences } from '../concordance/use-occurrences';
import { bodyRows, type HitUnit } from './hit-ranges';

export interface HitPassages {
  /** Null while the matches are being found. */
  passages: Occurrence[] | null;
  /** Matches in headlines and bylines, not proposed. */
  leftOut: number;
  /** Every match in the notebook's articles, and whether more passages stood past the limit. */
  total: number;
  truncated: boolean;
  error: string | null;
}

/**
 * The passages a search proposes in `unit`, across the whole notebook (up to
 * one batch's 20,000), the matched text of each sent along: the worker grows
 * them, so no document is read here.
 */
export function useHitPassages(query: string, unit: HitUnit): HitPassages {
  const { list, error, loading } = useOccurrences(query, { limit: OCCURRENCES_MAX_LIMIT, context: 0, unit });
  return useMemo(() => {
    if (!list || loading) return { passages: null, leftOut: 0, total: 0, truncated: false, error };
    return { ...bodyRows(list.occurrences), total: list.total, truncated: list.truncated, error };
  }, [list, loading, error]);
}
