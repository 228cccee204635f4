import { useCallback, type ReactNode, type RefObject } from 'react';
import { SharedMarker } from './SharedMarker';
import { useBlockRequest } from './use-block-request';
import { useSharedText } from './use-shared-text';

/**
 * What the reader shows of shared text: a marker after each paragraph that
 * stands in other documents, and, when a link brought the reader here, the
 * paragraph it pointed at.
 */
export function useSharedMarkers(
  documentId: string,
  loaded: boolean,
  article: RefObject<HTMLElement | null>,
  scroller: RefObject<HTMLElement | null>,
): { markerFor: (index: number) => ReactNode } {
  const blocks = useSharedText(documentId);
  useBlockRequest(documentId, loaded, article, scroller);
  const markerFor = useCallback(
    (index: number) => {
      const block = blocks.get(index);
      return block ? <SharedMarker documentId={documentId} block={block} /> : null;
    },
    [blocks, documentId],
  );
  return { markerFor };
}
