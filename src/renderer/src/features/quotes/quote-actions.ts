/** What the Quotes list does through the bridge, with the toasts that tell how it went. */
import { quoteTagPath, speakerOf, type DocumentQuotes, type QuoteSuggestion } from '../../../../shared/quote-review';
import { scholia } from '../../bridge';
import { undoLastChange } from '../../data/actions';
import { showToast } from '../toasts/toasts';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The tags accepting `quotes` with `pattern` would make, each once, in reading order. */
export function previewTags(quotes: readonly QuoteSuggestion[], pattern: string): string[] {
  return [...new Set(quotes.map((quote) => quoteTagPath(pattern.trim(), speakerOf(quote), quote.kind)))];
}

export async function acceptQuotes(documentId: string, quotes: readonly QuoteSuggestion[], pattern: string): Promise<boolean> {
  const answer = await scholia().quotes.accept({ documentId, ids: quotes.map((quote) => quote.id), pattern });
  if (!answer.ok) {
    showToast(answer.error.message, { tone: 'error' });
    return false;
  }
  const { created, alreadyCoded, tagPaths } = answer.value;
  const already = alreadyCoded > 0 ? ` (${count(alreadyCoded, 'was', 'were')} coded already)` : '';
  const under = tagPaths.length === 1 ? `“${tagPaths[0]}”` : count(tagPaths.length, 'tag');
  showToast(`Coded ${count(created, 'quote')} under ${under}${already}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  return true;
}

export async function rejectQuotes(documentId: string, ids: readonly string[]): Promise<DocumentQuotes | null> {
  const answer = await scholia().quotes.reject({ documentId, ids: [...ids] });
  if (!answer.ok) {
    showToast(answer.error.message, { tone: 'error' });
    return null;
  }
  showToast(`${ids.length === 1 ? 'Quote' : count(ids.length, 'quote')} rejected.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  return answer.value;
}

export async function correctSpeaker(documentId: string, id: string, speaker: string | null): Promise<DocumentQuotes | null> {
  const answer = await scholia().quotes.setSpeaker({ documentId, id, speaker });
  if (!answer.ok) {
    showToast(answer.error.message, { tone: 'error' });
    return null;
  }
  return answer.value;
}
