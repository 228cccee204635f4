import type { AnalysisScope } from '../../../../shared/analysis';
import type { Codebook } from '../../data/tags';
import { activeFilters } from '../library/LibraryFilters';
import { useLibraryQuery } from '../library/library-query-store';
import { TagOptions } from '../tags/TagOptions';

/** What the user chose to analyse; turned into an AnalysisScope with the library's filter as it is now. */
export interface ScopeChoice {
  byLibrary: boolean;
  tagId: string;
  from: string;
  to: string;
}

/** The whole notebook: no filter, every code, any date. */
export const NO_SCOPE: ScopeChoice = { byLibrary: false, tagId: '', from: '', to: '' };

/** The scope main is asked about: only the filters that are set. */
export function useAnalysisScope(choice: ScopeChoice): { scope: AnalysisScope; filtered: boolean } {
  const [query] = useLibraryQuery();
  const filtered = activeFilters(query.filter) > 0;
  return {
    filtered,
    scope: {
      ...(choice.byLibrary && filtered ? { filter: query.filter } : {}),
      ...(choice.tagId ? { tagId: choice.tagId } : {}),
      ...(choice.from ? { publishedFrom: choice.from } : {}),
      ...(choice.to ? { publishedTo: choice.to } : {}),
    },
  };
}

interface Props {
  choice: ScopeChoice;
  onChange: (choice: ScopeChoice) => void;
  codebook: Codebook;
  /** Whether the library list is filtered now. */
  filtered: boolean;
  documents: number | undefined;
}

/** Which documents and codes the analysis counts: the library's filter, a code and those inside it, a published range. */
export function ScopeBar({ choice, onChange, codebook, filtered, documents }: Props) {
  return (
    <fieldset className="scope-bar">
      <legend>Scope</legend>
      <label className="scope-check scope-library">
        <input type="checkbox" checked={choice.byLibrary} disabled={!filtered} onChange={(event) => onChange({ ...choice, byLibrary: event.target.checked })} />
        Only the documents the library’s filters show
        {!filtered && <span className="hint"> (no filter set)</span>}
      </label>
      <label>
        Codes
        <select value={choice.tagId} onChange={(event) => onChange({ ...choice, tagId: event.target.value })}>
          <option value="">Every code</option>
          <TagOptions tags={codebook.tags} suffix=" and inside" />
        </select>
      </label>
      <div className="scope-dates" role="group" aria-label="Published between">
        <label>
          Published from
          <input type="date" value={choice.from} onChange={(event) => onChange({ ...choice, from: event.target.value })} />
        </label>
        <label>
          to
          <input type="date" value={choice.to} onChange={(event) => onChange({ ...choice, to: event.target.value })} />
        </label>
      </div>
      {documents !== undefined && (
        <span className="scope-count" role="status">
          {documents.toLocaleString()} {documents === 1 ? 'document' : 'documents'} in scope
        </span>
      )}
    </fieldset>
  );
}
