import { useState, type KeyboardEvent } from 'react';
import { speakerOf, UNKNOWN_SPEAKER, type QuoteSuggestion } from '../../../../shared/quote-review';

interface Props {
  quote: QuoteSuggestion;
  onJump: () => void;
  onAccept: () => void;
  onReject: () => void;
  /** A name, or null to go back to the one found. */
  onSpeaker: (speaker: string | null) => Promise<boolean>;
}

const HOW_FOUND: Record<QuoteSuggestion['via'], string> = { name: 'by name', pronoun: 'by pronoun', role: 'by role', unknown: 'no speaker found' };

/** One quotation: its words (a click jumps to it), who said it and how that was found, and what can be done with it. */
export function QuoteRow({ quote, onJump, onAccept, onReject, onSpeaker }: Props) {
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState('');
  const speaker = speakerOf(quote);
  const startEditing = () => {
    setTyped(speaker ?? '');
    setEditing(true);
  };
  const save = async () => {
    const name = typed.trim();
    const next = name === '' || name === quote.foundSpeaker ? null : name;
    if (next === quote.correctedSpeaker || (await onSpeaker(next))) setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      // The list's own Escape (closing a pane) must not run as well.
      event.preventDefault();
      event.stopPropagation();
      setEditing(false);
    }
  };
  return (
    <article className={`quote-row${quote.accepted ? ' accepted' : ''}`} aria-label={`Quote by ${speaker ?? UNKNOWN_SPEAKER}`}>
      <button type="button" className="passage-quote quote-text" onClick={onJump} title="Show it in the article">
        “{quote.text}”
      </button>
      <p className="quote-meta">
        {editing ? (
          <input
            className="quote-speaker-field"
            aria-label="Speaker of this quote (Enter saves, Escape cancels)"
            value={typed}
            autoFocus
            maxLength={80}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setEditing(false)}
          />
        ) : (
          <span className={speaker ? 'quote-speaker' : 'quote-speaker unknown'}>
            {speaker ?? UNKNOWN_SPEAKER}
            {quote.correctedSpeaker !== null && <span className="quote-corrected"> (corrected)</span>}
          </span>
        )}
        <span className={`quote-kind ${quote.kind}`}>{quote.kind}</span>
        <span className="quote-via">{quote.correctedSpeaker !== null ? 'named by you' : HOW_FOUND[quote.via]}</span>
      </p>
      <div className="quote-actions">
        {quote.accepted ? (
          <span className="quote-coded">Coded</span>
        ) : (
          <button type="button" className="quote-accept" onClick={onAccept} aria-label={`Accept quote by ${speaker ?? UNKNOWN_SPEAKER}`}>
            Accept
          </button>
        )}
        {!editing && (
          <button type="button" onClick={startEditing} aria-label={`Edit speaker of the quote by ${speaker ?? UNKNOWN_SPEAKER}`}>
            Edit speaker
          </button>
        )}
        <button type="button" onClick={onReject} aria-label={`Reject quote by ${speaker ?? UNKNOWN_SPEAKER}`}>
          Reject
        </button>
      </div>
    </article>
  );
}
