import { useId, useState } from 'react';
import { MAX_QUOTE_PATTERN_LENGTH, type QuoteSuggestion } from '../../../../shared/quote-review';
import { QuoteRow } from './QuoteRow';
import { acceptQuotes, correctSpeaker, previewTags, rejectQuotes } from './quote-actions';
import { setQuotePattern, useQuotePattern } from './quote-pattern';
import type { QuotesState } from './use-quotes';

interface Props {
  documentId: string;
  state: QuotesState;
  /** Shows a quotation in the reader. */
  onJump: (range: { start: number; end: number }) => void;
}

/** Tags previewed at once; the rest are counted. */
const PREVIEWED_TAGS = 6;

/** The quotations found in the open document: review each, correct its speaker, accept (as passages) or reject; or accept all at once. */
export function QuotesPanel({ documentId, state, onJump }: Props) {
  const pattern = useQuotePattern();
  const [busy, setBusy] = useState(false);
  const patternId = useId();
  const previewId = useId();
  const { quotes, error, take } = state;
  const open = quotes?.quotes.filter((quote) => !quote.accepted) ?? [];
  const tags = previewTags(open, pattern);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const accept = (chosen: readonly QuoteSuggestion[]) => void run(() => acceptQuotes(documentId, chosen, pattern));
  const reject = (quote: QuoteSuggestion) =>
    void run(async () => {
      const answer = await rejectQuotes(documentId, [quote.id]);
      if (answer) take(answer);
    });
  const speaker = async (quote: QuoteSuggestion, name: string | null) => {
    const answer = await correctSpeaker(documentId, quote.id, name);
    if (answer) take(answer);
    return answer !== null;
  };

  return (
    <section className="quotes-panel" aria-label="Quotes" aria-busy={busy || quotes === null}>
      <header className="panel-header">
        <h2>
          Quotes <span className="count">{quotes?.quotes.length ?? ''}</span>
        </h2>
      </header>
      <div className="quotes-accept-all">
        <label htmlFor={patternId}>Tag pattern</label>
        <input
          id={patternId}
          className="quotes-pattern"
          value={pattern}
          maxLength={MAX_QUOTE_PATTERN_LENGTH}
          spellCheck={false}
          aria-describedby={previewId}
          onChange={(event) => setQuotePattern(event.target.value)}
        />
        <p id={previewId} className="quotes-preview">
          {open.length === 0 ? (
            'Nothing left to accept.'
          ) : (
            <>
              Creates {tags.slice(0, PREVIEWED_TAGS).map((tag, i) => (
                <span key={tag}>
                  {i > 0 && ', '}
                  <code>{tag}</code>
                </span>
              ))}
              {tags.length > PREVIEWED_TAGS && ` and ${tags.length - PREVIEWED_TAGS} more`}
            </>
          )}
        </p>
        <button type="button" className="primary" disabled={busy || open.length === 0 || pattern.trim() === ''} onClick={() => accept(open)}>
          Accept all ({open.length})
        </button>
      </div>
      {error && (
        <p className="panel-empty" role="alert">
          {error}
        </p>
      )}
      {quotes && quotes.quotes.length === 0 && !error && <p className="panel-empty">No quotations found in this document.</p>}
      {quotes && quotes.rejected > 0 && <p className="quotes-rejected">{quotes.rejected === 1 ? 'One rejected quote is hidden.' : `${quotes.rejected} rejected quotes are hidden.`}</p>}
      {quotes && quotes.quotes.length > 0 && (
        <ol className="quote-list" aria-label="Quotations in reading order">
          {quotes.quotes.map((quote) => (
            <li key={quote.id}>
              <QuoteRow
                quote={quote}
                onJump={() => onJump({ start: quote.start, end: quote.end })}
                onAccept={() => accept([quote])}
                onReject={() => reject(quote)}
                onSpeaker={(name) => speaker(quote, name)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
