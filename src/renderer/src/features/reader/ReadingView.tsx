import { useState } from 'react';
import type { PlacedPassage } from '../../../../shared/model';
import { passagesQuestion } from '../../data/queries';
import type { Codebook } from '../../data/tags';
import { useQuery } from '../../data/use-query';
import { PassagesPanel } from '../passages/PassagesPanel';
import { useReviewOpen } from '../versions/review-request';
import { VersionReviewPanel } from '../versions/VersionReviewPanel';
import { Reader, type PassageFocus, type SearchInDocument } from './Reader';
import { PaneSeparator } from '../layout/PaneSeparator';
import { usePaneLayoutContext } from '../layout/use-pane-layout';
import { PASSAGES_PANE_ID } from '../layout/WorkspaceBar';
import { SidePane } from '../quotes/SidePane';

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
  const layout = usePaneLayoutContext();
  const paneShown = !layout || layout.widths.passages > 0;
  // A quotation shown from the Quotes list; the newer of it and a passage jump wins.
  const [quoteFocus, setQuoteFocus] = useState<PassageFocus | null>(null);
  const shownFocus = quoteFocus && (!focus || quoteFocus.nonce > focus.nonce) ? quoteFocus : focus;
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
        focus={shownFocus}
        search={search}
        onSearchStep={onSearchStep}
        onSearchClose={onSearchClose}
      />
      {layout && paneShown && <PaneSeparator pane="passages" side="end" controls={PASSAGES_PANE_ID} label="Passages width" layout={layout} />}
      <div id={PASSAGES_PANE_ID} className="passages-pane" hidden={!paneShown}>
        {reviewing ? (
          <VersionReviewPanel documentId={documentId} onShowPassage={open} />
        ) : (
          <SidePane
            documentId={documentId}
            passages={<PassagesPanel passages={list} codebook={codebook} activePassageId={activePassageId} onOpen={open} />}
            onJump={(range) => setQuoteFocus({ passageId: '', range, nonce: Date.now() })}
          />
        )}
      </div>
    </div>
  );
}
