import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchGroupView, SearchHitView, SearchResultsView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { changesSearch } from '../../data/queries';
import { useChangeCount } from '../../data/use-changes';
import type { Codebook } from '../../data/tags';
import { TagChip } from '../tags/TagChip';
import { CodeHitsDialog } from './CodeHitsDialog';
import { SearchHelp } from './SearchHelp';
import { groupTitle, hitLabel, snippetRuns } from './search-labels';

interface Props {
  codebook: Codebook;
  initialQuery: string;
  onQueryChange: (query: string) => void;
  onOpen: (group: SearchGroupView, hit: SearchHitView) => void;
  /** Shows every match of the query in context, in the Concordance view. */
  onConcordance: (query: string) => void;
  onClose: () => void;
  /** Grows each time the user asks to code all hits from elsewhere (the palette); 0 when search opened without asking. */
  codeAllAsked?: number;
}

/** Waits this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 80;
const LIMIT = 50;

/**
 * Search as you type across documents, passages, notes and memos. A query that does
 * not parse shows why beside the box and keeps the last good results.
 */
export function SearchPanel({ codebook, initialQuery, onQueryChange, onOpen, onConcordance, onClose, codeAllAsked = 0 }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<SearchResultsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [showHelp, setShowHelp] = useState(false);
  // Results are asked for again when a change could alter them.
  const revision = useChangeCount(changesSearch);
  const latest = useRef(0);
  const listRef = useRef<HTMLOListElement>(null);
  const [codingOpen, setCodingOpen] = useState(false);
  // Asks from the palette up to this one have been answered; a newer one opens the dialog once there are hits.
  const [answeredAsk, setAnsweredAsk] = useState(0);

  useEffect(() => {
    const trimmed = query.trim();
    const ticket = ++latest.current;
    const timer = window.setTimeout(async () => {
      if (trimmed === '') {
        setResults(null);
        setError(null);
        return;
      }
      const reply = await scholia().search.query({ query: trimmed, limit: LIMIT });
      if (ticket !== latest.current) return;
      if (reply.ok) {
        setResults(reply.value);
        setError(null);
        setActive(0);
      } else {
        setError(reply.error.message);
      }
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, revision]);

  const groups = results?.groups ?? [];
  const flat = groups.flatMap((group) => group.hits.map((hit) => ({ group, hit })));
  const documentHits = flat.some(({ hit }) => hit.kind === 'document');
  const coding = documentHits && (codingOpen || codeAllAsked > answeredAsk);
  const closeCoding = () => {
    setCodingOpen(false);
    setAnsweredAsk(codeAllAsked);
  };
  const current = Math.min(active, Math.max(0, flat.length - 1));

  useEffect(() => {
    listRef.current?.querySelector(`[data-hit-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + flat.length) % Math.max(1, flat.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = flat[current];
      if (chosen) onOpen(chosen.group, chosen.hit);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  // Where each group's hits start in the flat, keyboard-navigable list.
  const firstIndexOf = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0));
  return (
    <>
      <div className="search-overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
        <section className="search-panel" role="dialog" aria-label="Search" onKeyDown={onKeyDown}>
          <div className="search-bar">
            <input
              type="search"
              autoFocus
              value={query}
              placeholder="Search documents, passages, notes and memos"
              aria-label="Search"
              aria-invalid={error !== null}
              aria-describedby="search-status"
              onChange={(event) => {
                setQuery(event.target.value);
                onQueryChange(event.target.value);
              }}
            />
            <button type="button" className="button-quiet" disabled={!documentHits} onClick={() => setCodingOpen(true)}>
              Code all hits…
            </button>
            <button type="button" className="button-quiet" disabled={!documentHits} onClick={() => onConcordance(query.trim())}>
              Show as concordance
            </button>
            <button type="button" className="button-quiet" aria-expanded={showHelp} onClick={() => setShowHelp(!showHelp)}>
              Syntax
            </button>
          </div>
          <div id="search-status" className="search-status">
            {error ? (
              <p className="search-error" role="alert">
                {error}
              </p>
            ) : (
              results && (
                <p className="hint">
                  {flat.length === 0 ? 'No matches.' : describeCount(flat.length, groups.filter((g) => g.documentId !== null).length)}
                  {results.indexing && ' · still indexing, results may be incomplete'}
                </p>
              )
            )}
          </div>
          {showHelp && <SearchHelp />}
          <ol className="search-results" ref={listRef} aria-label="Search results">
            {groups.map((group, g) => (
              <li key={group.documentId ?? 'memos'} className="search-group">
                <p className="search-group-title">{groupTitle(group)}</p>
                <ol>
                  {group.hits.map((hit, h) => {
                    const hitIndex = firstIndexOf[g]! + h;
                    return (
                      <li key={`${hit.kind}:${hit.itemId}:${hit.blockIndex}`}>
                        <button
                          type="button"
                          className={hitIndex === current ? 'search-hit active' : 'search-hit'}
                          data-hit-index={hitIndex}
                          onMouseEnter={() => setActive(hitIndex)}
                          onClick={() => onOpen(group, hit)}
                        >
                          <span className="search-hit-label">{hitLabel(hit)}</span>
                          <span className="search-snippet">
                            {hit.snippet.truncatedStart && '…'}
                            {snippetRuns(hit.snippet).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}
                            {hit.snippet.truncatedEnd && '…'}
                          </span>
                          {hit.tags.length > 0 && (
                            <span className="passage-tags">
                              {hit.tags.map((path) => {
                                const tag = codebook.tags.find((t) => t.path === path);
                                return tag ? <TagChip key={path} tag={tag} /> : <span key={path}>{path}</span>;
                              })}
                            </span>
                          )}
                        </button>
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        </section>
      </div>
      {coding && <CodeHitsDialog query={query.trim()} codebook={codebook} onClose={closeCoding} />}
    </>
  );
}

function describeCount(hits: number, documents: number): string {
  const hitWord = hits === 1 ? 'hit' : 'hits';
  return documents === 0 ? `${hits} ${hitWord}` : `${hits} ${hitWord} in ${documents} ${documents === 1 ? 'document' : 'documents'}`;
}
