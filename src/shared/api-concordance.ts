/** Bridge methods of the concordance: every match of a query in the notebook, in context, and saving it as CSV. */
import { z } from 'zod';
import type { AnalysisSaveReport } from './analysis';
import { method } from './api-method';
import { CONCORDANCE_SORTS, CONTEXT_MAX_CHARS, HIT_UNITS, OCCURRENCES_MAX_LIMIT, type OccurrenceList } from './concordance';

const Query = z.string().max(2_000, { abort: true });
const Context = z.number().int().min(0).max(CONTEXT_MAX_CHARS);

export const concordanceMethods = {
  /**
   * Every match of a query in the documents' text (not passages' notes or memos), in document order,
   * up to `limit`: the matched words or, with `unit`, the sentence or paragraph around them.
   */
  'search:occurrences': method<OccurrenceList>()(
    z.strictObject({
      query: Query,
      limit: z.number().int().min(1).max(OCCURRENCES_MAX_LIMIT).optional(),
      context: Context.optional(),
      unit: z.enum(HIT_UNITS).optional(),
    }),
  ),
  /** Main asks where to save (null: cancelled) and writes the query's concordance, in the order shown, as CSV. */
  'concordance:save': method<AnalysisSaveReport | null>()(
    z.strictObject({ query: Query, sort: z.enum(CONCORDANCE_SORTS), descending: z.boolean().optional(), context: Context.optional() }),
  ),
} as const;
