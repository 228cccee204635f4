import { useState } from 'react';
import type { PassagePlacementStatus, VersionReview } from '../../../../shared/model';
import { useQuery } from '../../data/use-query';
import { deletePassage } from '../passages/passage-actions';
import { EarlierVersionDialog } from './EarlierVersionDialog';
import { closeReview } from './review-request';
import { reattachToSelection, versionReviewQuestion } from './version-actions';
import { VersionDiff } from './VersionDiff';

const GROUPS: { status: PassagePlacementStatus; title: string; hint: string }[] = [
  { status: 'orphaned', title: 'Orphaned', hint: 'Their words are gone from the new version. Select the words they should mark now and re-attach them, or delete them.' },
  { status: 'changed', title: 'Changed', hint: 'Placed on words that were edited: check they still mark what you meant.' },
  { status: 'moved', title: 'Moved', hint: 'The same words, now elsewhere in the text.' },
  { status: 'unchanged', title: 'Unchanged', hint: 'Where they were, as they were.' },
];

/** Beside the reader after a new version: what changed, and what became of every passage. */
export function VersionReviewPanel({ documentId, onShowPassage }: { documentId: string; onShowPassage: (passageId: string) => void }) {
  const review = useQuery(versionReviewQuestion(documentId));
  const [tab, setTab] = useState<'passages' | 'changes'>('passages');
  const [reading, setReading] = useState<number | null>(null);
  return (
    <aside className="version-review" aria-labelledby="version-review-title">
      <div className="version-review-header">
        <h2 id="version-review-title">{review.data ? `Version ${review.data.version}` : 'New version'}</h2>
        <button type="button" className="button-quiet small" onClick={closeReview} aria-label="Close the review">
          ✕
        </button>
      </div>
      {review.error && (
        <p className="field-error" role="alert">
          {review.error}
        </p>
      )}
      {review.data && (
        <>
          <Summary review={review.data} onRead={() => setReading(review.data!.version - 1)} />
          <div className="view-tabs" role="tablist" aria-label="Review">
            {(['passages', 'changes'] as const).map((name) => (
              <button key={name} type="button" role="tab" aria-selected={tab === name} className={`view-tab${tab === name ? ' active' : ''}`} onClick={() => setTab(name)}>
                {name === 'passages' ? 'Passages' : 'What changed'}
              </button>
            ))}
          </div>
          <div className="version-review-body" role="tabpanel" tabIndex={0} aria-label={tab === 'passages' ? 'Passages' : 'What changed'}>
            {tab === 'changes' ? <VersionDiff segments={review.data.segments} /> : <PassageGroups review={review.data} onShowPassage={onShowPassage} />}
          </div>
        </>
      )}
      {reading !== null && <EarlierVersionDialog documentId={documentId} version={reading} onClose={() => setReading(null)} />}
    </aside>
  );
}

function Summary({ review, onRead }: { review: VersionReview; onRead: () => void }) {
  const replaced = new Date(review.replacedAt).toLocaleString();
  return (
    <div className="version-summary">
      <p>
        Replaced version {review.version - 1} on {replaced}. The texts share {Math.round(review.similarity * 100)}%.
        {review.truncated && ' Parts too different to compare word by word are shown whole.'}
      </p>
      <button type="button" className="button-quiet small" onClick={onRead}>
        Read version {review.version - 1}
      </button>
    </div>
  );
}

function PassageGroups({ review, onShowPassage }: { review: VersionReview; onShowPassage: (passageId: string) => void }) {
  if (review.passages.length === 0) return <p className="hint">This document had no passages to carry over.</p>;
  return (
    <>
      {GROUPS.map(({ status, title, hint }) => {
        const members = review.passages.filter((p) => p.status === status);
        if (members.length === 0) return null;
        return (
          <section key={status} className={`placement-group ${status}`} aria-label={`${title}: ${members.length}`}>
            <h3>
              {title} <span className="count">{members.length}</span>
            </h3>
            <p className="field-hint">{hint}</p>
            <ul>
              {members.map(({ passage }) => (
                <li key={passage.id}>
                  <blockquote>{passage.quote.exact}</blockquote>
                  <div className="placement-actions">
                    {passage.anchor ? (
                      <button type="button" className="button-quiet small" onClick={() => onShowPassage(passage.id)}>
                        Show
                      </button>
                    ) : (
                      <button type="button" className="button-quiet small" onClick={() => void reattachToSelection(passage.id)}>
                        Re-attach to selected words
                      </button>
                    )}
                    {passage.anchor && status === 'orphaned' && <span className="hint">Re-attached</span>}
                    <button type="button" className="button-quiet small danger" onClick={() => void deletePassage(passage)}>
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
