/**
 * What the user decided about quotations, kept in one small notebook file:
 * by document, then by quote id, a rejection and/or a corrected speaker.
 * It grows only with decisions made by hand, never with the library. A quote
 * left as found has no record; accepting is not recorded here, the passage
 * it makes is the record.
 */
import { z } from 'zod';
import { MAX_SPEAKER_LENGTH } from '../../shared/quote-review';
import { SCHEMA_VERSION } from '../store/schema';

export const QUOTE_DECISIONS_FILE = 'quote-decisions.json';

export const QuoteDecisionSchema = z.object({
  rejected: z.boolean(),
  /** The speaker as the user corrected it; absent while the finder's answer stands. */
  speaker: z.string().min(1).max(MAX_SPEAKER_LENGTH).optional(),
  decidedAt: z.iso.datetime(),
});
export type QuoteDecision = z.infer<typeof QuoteDecisionSchema>;

/** One document's decisions, by quote id. */
export type DocumentDecisions = Record<string, QuoteDecision>;

export const QuoteDecisionsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.record(z.string(), z.record(z.string(), QuoteDecisionSchema)),
});
export type QuoteDecisionsFile = z.infer<typeof QuoteDecisionsFileSchema>;

export const emptyQuoteDecisions = (): QuoteDecisionsFile => ({ schemaVersion: SCHEMA_VERSION, documents: {} });
