import { useMemo, useState } from 'react';
import { CONTEXT_DEFAULT_CHARS, OCCURRENCES_MAX_LIMIT, type ConcordanceSort, type Occurrence } from '../../../../shared/concordance';
import { sortOccurrences } from '../../../../shared/concordance-sort';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { countOf } from '../../data/count-words';
import { showToast } from '../toasts/toasts';
import { ConcordanceTable } from './ConcordanceTable';
import { useOccurrences } from './use-occurrences';

interface Props {
  initialQuery: string;
  onOpen: (rows: readonly Occurrence[], row: Occurrence, query: string) => void;
}

const ASK = { limit: OCCURRENCES_MAX_LIMIT, context: CONTEXT_DEFAULT_CHARS, unit: 'words' } as const;

/**
 * Keyword in context: every match of a query across the notebook's
 * articles, one per line, sortable by the words before or after it, each a
 * click from the reader, and saved as CSV in the order shown.
 */
export function ConcordanceView({ initialQuery, onOpen }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [sort, setSort] = useState<ConcordanceSort>('document');
  const [descending, setDescending] = useState(false);
  const [saving, setSaving] = useState(false);
  const { list, error, loading } = useOccurrences(query, ASK);
  const rows = useMemo(() => sortOccurrences(list?.occurrences ?? [], sort, descending), [list, sort, descending]);

  const sortBy = (next: ConcordanceSort) => {
    setDescending(next === sort ? !descending : false);
    setSort(next);
  };

  const save = async () => {
    setSaving(true);
    const report = await change(scholia().concordance.save({ query: query.trim(), sort, descending }));
    setSaving(false);
    if (report) showToast(`Saved the concordance to ${report.fileName}.`);
  };

  const documents = list ? new Set(list.occurrences.map((row) => row.documentId)).size : 0;
  return (
    <section className="concordance-view" aria-label="Concordance">
      <header className="view-header">
        <h1>Concordance</h1>
        <div className="concordance-bar">
          <input
            type="search"
            value={query}
            placeholder="Words, a “phrase”, prefix*, typo~1"
            aria-label="Concordance query"
            aria-invalid={error !== null}
            aria-describedby="concordance-status"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="button" className="button-quiet" disabled={!list || list.occurrences.length === 0 || saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Export CSV…'}
          </button>
        </div>
        <div id="concordance-status" className="concordance-status">
          {error ? (
            <p className="search-error" role="alert">
              {error}
            </p>
          ) : (
            <p className="hint" role="status">
              {describe(query, list, documents, loading)}
            </p>
          )}
        </div>
      </header>
      {rows.length > 0 && (
        <ConcordanceTable label={`Concordance of ${query.trim()}`} rows={rows} sort={sort} descending={descending} onSort={sortBy} onOpen={(row) => onOpen(rows, row, query)} />
      )}
    </section>
  );
}

function describe(query: string, list: ReturnType<typeof useOccurrences>['list'], documents: number, loading: boolean): string {
  if (query.trim() === '') return 'Type a search to see every match in the notebook’s articles, in context.';
  if (!list) return loading ? 'Searching…' : '';
  if (list.total === 0) return 'No matches in the articles’ text.';
  const matches = countOf(list.total, 'match', 'matches');
  if (!list.truncated) return `${matches} in ${countOf(documents, 'document')}`;
  return `${matches} · the first ${list.occurrences.length.toLocaleString()} shown, from ${countOf(documents, 'document')}; narrow the search to see the rest`;
}
