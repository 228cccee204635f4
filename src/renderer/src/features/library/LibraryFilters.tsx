import { useEffect, useId, useState } from 'react';
import type { LibraryFilter, LibraryQuery, LibrarySortKey } from '../../../../shared/library-query';
import type { Attribute } from '../../../../shared/model';
import { attributesQuestion, outletsQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { AttributeField } from '../attributes/AttributeField';
import { AttributeSelect } from '../attributes/AttributeSelect';
import { fromField, toField } from '../attributes/attribute-values';
import { TagOptions } from '../tags/TagOptions';

const SORTS: [LibrarySortKey, string][] = [
  ['added', 'Date added'],
  ['published', 'Date published'],
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['passages', 'Passages'],
];
/** Typing in the title filter asks main once the typing pauses, not at every key. */
const TYPING_PAUSE_MS = 200;
const NO_ATTRIBUTES: Attribute[] = [];

interface Props {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  codebook: Codebook;
}

/** How many filters are on, for the button that shows them. */
export const activeFilters = (filter: LibraryFilter) => Object.values(filter).filter((value) => value !== undefined).length;

/** The library's sort (key and direction) and its filters, shown on demand. */
export function LibraryFilters({ query, onChange, codebook }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const active = activeFilters(query.filter);
  const setFilter = (changes: Partial<LibraryFilter>) => {
    const filter: LibraryFilter = { ...query.filter, ...changes };
    for (const key of Object.keys(filter) as (keyof LibraryFilter)[]) if (filter[key] === undefined) delete filter[key];
    onChange({ ...query, filter });
  };
  return (
    <div className="library-tools">
      <div className="library-sort">
        <label>
          <span className="visually-hidden">Sort the library by</span>
          <select value={query.sort} onChange={(event) => onChange({ ...query, sort: event.target.value as LibrarySortKey })}>
            {SORTS.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button-quiet small"
          aria-label={query.descending ? 'Descending: show ascending' : 'Ascending: show descending'}
          title={query.descending ? 'Newest, last or most first' : 'Oldest, first or fewest first'}
          onClick={() => onChange({ ...query, descending: !query.descending })}
        >
          {query.descending ? '↓' : '↑'}
        </button>
        <button type="button" className={`button-quiet small${active > 0 ? ' active' : ''}`} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          Filter{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      {open && <FilterPanel id={panelId} filter={query.filter} setFilter={setFilter} codebook={codebook} clear={() => onChange({ ...query, filter: {} })} />}
    </div>
  );
}

interface PanelProps {
  id: string;
  filter: LibraryFilter;
  setFilter: (changes: Partial<LibraryFilter>) => void;
  codebook: Codebook;
  clear: () => void;
}

function FilterPanel({ id, filter, setFilter, codebook, clear }: PanelProps) {
  const outlets = useQuery(outletsQuestion).data ?? [];
  const attributes = useQuery(attributesQuestion).data ?? NO_ATTRIBUTES;
  const [words, setWords] = useState(filter.words ?? '');
  useEffect(() => {
    const wanted = words.trim() === '' ? undefined : words;
    if (wanted === filter.words) return;
    const timer = setTimeout(() => setFilter({ words: wanted }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });
  const attribute = attributes.find((a) => a.id === filter.attribute?.id);
  return (
    <div className="library-filters" id={id} role="group" aria-label="Filters">
      <label>
        Title words
        <input type="search" value={words} onChange={(event) => setWords(event.target.value)} placeholder="ceasefire kerry" />
      </label>
      <label>
        Tag
        <select value={filter.tagId ?? ''} onChange={(event) => setFilter({ tagId: event.target.value || undefined })}>
          <option value="">Any</option>
          <TagOptions tags={codebook.tags} />
        </select>
      </label>
      <label>
        Outlet
        <select value={filter.outlet ?? ''} onChange={(event) => setFilter({ outlet: event.target.value || undefined })}>
          <option value="">Any</option>
          {outlets.map((outlet) => (
            <option key={outlet.name} value={outlet.name}>
              {outlet.name} ({outlet.documents.toLocaleString()})
            </option>
          ))}
        </select>
      </label>
      <div className="library-filter-dates">
        <label>
          Published from
          <input type="date" value={filter.publishedFrom ?? ''} onChange={(event) => setFilter({ publishedFrom: event.target.value || undefined })} />
        </label>
        <label>
          to
          <input type="date" value={filter.publishedTo ?? ''} onChange={(event) => setFilter({ publishedTo: event.target.value || undefined })} />
        </label>
      </div>
      <label>
        Coding
        <select
          value={filter.coded === undefined ? '' : filter.coded ? 'coded' : 'uncoded'}
          onChange={(event) => setFilter({ coded: event.target.value === '' ? undefined : event.target.value === 'coded' })}
        >
          <option value="">Any</option>
          <option value="coded">With passages</option>
          <option value="uncoded">Not coded yet</option>
        </select>
      </label>
      {attributes.length > 0 && (
        <div className="library-filter-attribute">
          <AttributeSelect
            attributes={attributes}
            value={filter.attribute?.id ?? ''}
            anyLabel="Any"
            onChange={(id) => setFilter({ attribute: id ? { id, value: null } : undefined })}
          />
          {attribute && (
            <label>
              Value
              <AttributeField
                attribute={attribute}
                value={toField(filter.attribute?.value)}
                emptyLabel="not set"
                onChange={(field) => {
                  const parsed = fromField(attribute, field);
                  if ('value' in parsed) setFilter({ attribute: { id: attribute.id, value: parsed.value } });
                }}
              />
            </label>
          )}
        </div>
      )}
      <button type="button" className="button-quiet small" onClick={clear}>
        Clear filters
      </button>
    </div>
  );
}
