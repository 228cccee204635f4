import type { AnalysisCell, AnalysisScope } from '../../../../shared/analysis';
import { useQuery } from '../../data/use-query';
import type { Codebook } from '../../data/tags';
import { PassageTags } from '../tags/TagChip';
import { cellQuestion } from './analysis-questions';

/** A count the user clicked: what it counted, and how to say so. */
export interface ChosenCell {
  cell: AnalysisCell;
  title: string;
  /** The key of its button in the table, to mark it. */
  key: string;
}

interface Props {
  scope: AnalysisScope;
  chosen: ChosenCell | null;
  codebook: Codebook;
  onOpenPassage: (documentId: string, passageId: string) => void;
}

/** The passages behind the chosen count, each one click from the reader. */
export function CellPassageList({ scope, chosen, codebook, onOpenPassage }: Props) {
  const result = useQuery(chosen ? cellQuestion(scope, chosen.cell) : null);
  const passages = result.data?.passages ?? [];
  const total = result.data?.total ?? 0;
  return (
    <aside className="cell-passages" aria-label="Passages behind the chosen count">
      {!chosen ? (
        <p className="panel-empty">Choose a count, a bar or a cell to list the passages behind it.</p>
      ) : (
        <>
          <h2>{chosen.title}</h2>
          {result.error && <p role="alert">{result.error}</p>}
          {result.data && (
            <p className="hint" role="status">
              {total.toLocaleString()} {total === 1 ? 'passage' : 'passages'}
              {total > passages.length ? `, the first ${passages.length.toLocaleString()} listed` : ''}
            </p>
          )}
          <ol className="cell-passage-list">
            {passages.map((passage) => (
              <li key={passage.passageId} className="cell-passage">
                <p className="cell-passage-document">{passage.documentTitle}</p>
                <button type="button" className="cell-passage-quote" onClick={() => onOpenPassage(passage.documentId, passage.passageId)} aria-label={`Open in the reader: “${passage.quote}”, ${passage.documentTitle}`}>
                  {passage.quote}
                </button>
                <PassageTags tagIds={passage.tagIds} codebook={codebook} />
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
