import { useCallback, type ReactNode, type RefObject } from 'react';
import type { CopiesAsked } from './copies-coder';
import { sharedParagraphHere } from './shared-here';
import { SharedMarker } from './SharedMarker';
import { useBlockRequest } from './use-block-request';
import { useSharedText } from './use-shared-text';

/**
 * What the reader shows of shared text: a marker after each paragraph that
 * stands in other documents, and, when a link brought the reader here, the
 * paragraph it pointed at; and which such paragraph the reader is on, for
 * the palette.
 */
export function useSharedMarkers(
  documentId: string,
  loaded: boolean,
  article: RefObject<HTMLElement | null>,
  scroller: RefObject<HTMLElement | null>,
): { markerFor: (index: number) => ReactNode; sharedHere: () => CopiesAsked | null } {
  const blocks = useSharedText(documentId);
  useBlockRequest(documentId, loaded, article, scroller);
  const markerFor = useCallback(
    (index: number) => {
      const block = blocks.get(index);
      return block ? <SharedMarker documentId={documentId} block={block} /> : null;
    },
    [blocks, documentId],
  );
  const sharedHere = useCallback(() => {
    const blockIndex = sharedParagraphHere(article.current, scroller.current, new Set(blocks.keys()));
    return blockIndex === null ? null : { documentId, blockIndex };
  }, [article, scroller, blocks, documentId]);
  return { markerFor, sharedHere };
}
