import { useState } from 'react';
import type { PlacedPassage } from '../../../../shared/model';
import { passagesQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { PassagesPanel } from '../passages/PassagesPanel';
import { useReviewOpen } from '../versions/review-request';
import { VersionReviewPanel } from '../versions/VersionReviewPanel';
import { Reader, type PassageFocus, type SearchInDocument } from './Reader';

interface Props {
  documentId: string;
  codebook: Codebook;
  focus: PassageFocus | null;
  onFocus: (passageId: string) => void;
  search: SearchInDocument | null;
  onSearchStep: (step: 1 | -1) => void;
  onSearchClose: () => void;
}

const NO_PASSAGES: PlacedPassage[] = [];

/** A document with its passages beside it, or the review of its new version. */
export function ReadingView({ documentId, codebook, focus, onFocus, search, onSearchStep, onSearchClose }: Props) {
  const passages = useQuery(passagesQuestion(documentId));
  const [activePassageId, setActivePassageId] = useState<string | null>(null);
  const list = passages.data ?? NO_PASSAGES;
  const reviewing = useReviewOpen(documentId);
  const open = (id: string) => {
    setActivePassageId(id);
    onFocus(id);
  };
  return (
    <div className="reading-view">
      <Reader
        documentId={documentId}
        passages={list}
        codebook={codebook}
        activePassageId={activePassageId}
        onActivatePassage={setActivePassageId}
        focus={focus}
        search={search}
        onSearchStep={onSearchStep}
        onSearchClose={onSearchClose}
      />
      {reviewing ? (
        <VersionReviewPanel documentId={documentId} onShowPassage={open} />
      ) : (
        <PassagesPanel passages={list} codebook={codebook} activePassageId={activePassageId} onOpen={open} />
      )}
    </div>
  );
}
