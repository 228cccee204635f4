import type { Codebook } from '../../data/tags';

/** What the user picked as the export's scope; the tag is kept while another kind is chosen. */
export interface ScopeChoice {
  kind: 'all' | 'filter' | 'tag' | 'document';
  tagId: string | null;
}

interface Props {
  choice: ScopeChoice;
  onChange: (choice: ScopeChoice) => void;
  codebook: Codebook;
  /** Whether the library shows a filtered list, which can then be exported alone. */
  filtered: boolean;
  openDocument: { id: string; title: string } | null;
}

/** The scopes an export can take: everything, what the library's filters find, a tag with the tags inside it, the open document. */
export function ExportScopeFields({ choice, onChange, codebook, filtered, openDocument }: Props) {
  const pick = (kind: ScopeChoice['kind']) => onChange({ ...choice, kind });
  return (
    <div className="export-scopes">
      <label className="choice">
        <input type="radio" name="export-scope" checked={choice.kind === 'all'} onChange={() => pick('all')} /> Every document
      </label>
      {filtered && (
        <label className="choice">
          <input type="radio" name="export-scope" checked={choice.kind === 'filter'} onChange={() => pick('filter')} /> The documents the library’s filters find
        </label>
      )}
      <div className="export-scope-tag">
        <label className="choice">
          <input type="radio" name="export-scope" checked={choice.kind === 'tag'} disabled={codebook.tags.length === 0} onChange={() => pick('tag')} /> A tag and the tags
          inside it
        </label>
        <select
          aria-label="Tag to export"
          value={choice.tagId ?? ''}
          disabled={codebook.tags.length === 0}
          onChange={(event) => onChange({ kind: 'tag', tagId: event.target.value })}
        >
          {codebook.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.path}
            </option>
          ))}
        </select>
      </div>
      {openDocument && (
        <label className="choice">
          <input type="radio" name="export-scope" checked={choice.kind === 'document'} onChange={() => pick('document')} /> This document: {openDocument.title}
        </label>
      )}
    </div>
  );
}
