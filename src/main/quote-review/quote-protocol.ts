/** What the quote worker can be asked over the worker channel: the quotations of one document's text. */
import type { Block } from '../../shared/model';
import type { QuoteFinding } from '../../shared/quotes';
import { findQuotes } from '../quotes/find-quotes';

export interface QuoteApi {
  find(text: string, blocks: Block[]): QuoteFinding[];
}

export const QUOTE_METHODS: readonly (keyof QuoteApi)[] = ['find'];

export const QUOTE_WORKER = 'quote worker';

export function createQuoteApi(): QuoteApi {
  return { find: (text, blocks) => findQuotes(text, blocks) };
}
