/** Bridge methods and events of the Quotes list: review the quotations found in a document, correct, accept, reject. */
import { z } from 'zod';
import { IdSchema, event, method } from './api-method';
import { MAX_QUOTE_IDS, MAX_QUOTE_PATTERN_LENGTH, MAX_SPEAKER_LENGTH, type DocumentQuotes, type QuoteAcceptReport, type QuotesChanged } from './quote-review';

const QuoteIds = z.array(IdSchema).min(1).max(MAX_QUOTE_IDS, { abort: true });
/** The service checks the name itself (no control characters, not blank); this bound only stops garbage. */
const Speaker = z.string().max(MAX_SPEAKER_LENGTH, { abort: true });
const Pattern = z.string().trim().min(1, 'a tag pattern is needed').max(MAX_QUOTE_PATTERN_LENGTH, { abort: true });

export const quotesMethods = {
  /** The quotations found in a document, with who said them and what the user decided; rejected ones left out. */
  'quotes:forDocument': method<DocumentQuotes>()(z.strictObject({ documentId: IdSchema })),
  /** Hides quotations for good (an undo brings them back). */
  'quotes:reject': method<DocumentQuotes>()(z.strictObject({ documentId: IdSchema, ids: QuoteIds })),
  /** Corrects who said a quotation; null goes back to the finder's answer. */
  'quotes:setSpeaker': method<DocumentQuotes>()(z.strictObject({ documentId: IdSchema, id: IdSchema, speaker: Speaker.nullable() })),
  /** Codes quotations as passages under the tags `pattern` names ("quotes/<Speaker>"), as one change to undo. */
  'quotes:accept': method<QuoteAcceptReport>()(z.strictObject({ documentId: IdSchema, ids: QuoteIds, pattern: Pattern })),
} as const;

export const quotesEvents = {
  /** A document's quotations or the decisions about them changed (an undo, a new version). */
  onQuotesChanged: event<QuotesChanged>()('quotes:changed'),
} as const;
