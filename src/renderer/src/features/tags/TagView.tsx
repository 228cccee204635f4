import { useState } from 'react';
import { taggedQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { NoteView } from '../passages/NoteView';
import { PassageTags } from './TagChip';
import { TagOptions } from './TagOptions';

interface Props {
  codebook: Codebook;
  initialTagId: string | null;
  onOpenPassage: (documentId: string, passageId: string) => void;
}

/** Every passage of one tag across the notebook, with a little context, grouped by document. */
export function TagView({ codebook, initialTagId, onOpenPassage }: Props) {
  const [tagId, setTagId] = useState<string | null>(initialTagId);
  const [includeChildren, setIncludeChildren] = useState(true);
  const chosen = tagId && codebook.byId.has(tagId) ? tagId : (codebook.tags[0]?.id ?? null);
  const results = useQuery(chosen ? taggedQuestion(chosen, includeChildren) : null);
  const items = results.data ?? [];
  const documents = new Set(items.map((item) => item.passage.documentId)).size;

  return (
    <section className="tag-view" aria-label="Tag view">
      <header className="view-header">
        <h1>Passages by tag</h1>
        <div className="tag-view-controls">
          <select value={chosen ?? ''} onChange={(event) => setTagId(event.target.value)} aria-label="Tag">
            <TagOptions tags={codebook.tags} />
          </select>
          <label>
            <input type="checkbox" checked={includeChildren} onChange={(event) => setIncludeChildren(event.target.checked)} /> Include
            child tags
          </label>
        </div>
        {chosen && !results.loading && (
          <p className="hint">
            {items.length} {items.length === 1 ? 'passage' : 'passages'} in {documents} {documents === 1 ? 'document' : 'documents'}
          </p>
        )}
      </header>
      {codebook.tags.length === 0 && <p className="panel-empty">The codebook is empty: tag a passage in the reader first.</p>}
      {results.error && <p role="alert">{results.error}</p>}
      <ol className="tagged-list">
        {items.map(({ passage, documentTitle, before, after }) => (
          <li key={passage.id} className="tagged-item">
            <p className="tagged-document">{documentTitle}</p>
            <button type="button" className="tagged-quote" onClick={() => onOpenPassage(passage.documentId, passage.id)}>
              <span className="context">…{before.replace(/\s+/g, ' ')}</span>
              <mark>{passage.quote.exact}</mark>
              <span className="context">{after.replace(/\s+/g, ' ')}…</span>
            </button>
            <PassageTags tagIds={passage.tagIds} codebook={codebook} />
            {passage.note !== '' && <NoteView markdown={passage.note} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
