import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scholia } from '../../bridge';
import { useCommandPart } from '../../commands/command-context';
import { QuotesPanel } from './QuotesPanel';
import { acceptQuotes } from './quote-actions';
import { quotePattern } from './quote-pattern';
import { useQuotes } from './use-quotes';

interface Props {
  documentId: string;
  /** The passages list, shown on the first tab. */
  passages: ReactNode;
  onJump: (range: { start: number; end: number }) => void;
}

const TABS = [
  { tab: 'passages', label: 'Passages' },
  { tab: 'quotes', label: 'Quotes' },
] as const;
type Tab = (typeof TABS)[number]['tab'];

/** The pane beside the reader: the document's passages, or the quotations found in it, as two tabs. */
export function SidePane({ documentId, passages, onJump }: Props) {
  const [tab, setTab] = useState<Tab>('passages');
  const quotes = useQuotes(documentId, tab === 'quotes');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const open = quotes.quotes?.quotes.filter((quote) => !quote.accepted) ?? [];
  useCommandPart('quotes', {
    show: () => {
      setTab('quotes');
      tabRefs.current.quotes?.focus();
    },
    openCount: open.length,
    // Asked afresh: with the list hidden, what is coded already may have changed since it was last asked.
    acceptAll: () =>
      void scholia()
        .quotes.forDocument({ documentId })
        .then((answer) => answer.ok && acceptQuotes(documentId, answer.value.quotes.filter((quote) => !quote.accepted), quotePattern())),
  });
  // Arrow keys move between the tabs, as a tablist's do.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: Tab = event.key === 'Home' ? 'passages' : event.key === 'End' ? 'quotes' : tab === 'passages' ? 'quotes' : 'passages';
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  return (
    <div className="side-pane">
      <div className="view-tabs side-pane-tabs" role="tablist" aria-label="Beside the article" onKeyDown={onKeyDown}>
        {TABS.map(({ tab: id, label }) => (
          <button
            key={id}
            ref={(element) => void (tabRefs.current[id] = element)}
            id={`side-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`side-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'view-tab active' : 'view-tab'}
            onClick={() => setTab(id)}
          >
            {label}
            {id === 'quotes' && open.length > 0 && <span className="count"> {open.length}</span>}
          </button>
        ))}
      </div>
      <div id={`side-panel-${tab}`} role="tabpanel" aria-labelledby={`side-tab-${tab}`} className="side-pane-panel">
        {tab === 'passages' ? passages : <QuotesPanel documentId={documentId} state={quotes} onJump={onJump} />}
      </div>
    </div>
  );
}
