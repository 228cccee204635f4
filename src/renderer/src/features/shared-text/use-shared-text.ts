import { useEffect, useState } from 'react';
import type { SharedBlock } from '../../../../shared/shared-text';
import { scholia } from '../../bridge';
import { followChanges } from '../../data/notebook-data';

/**
 * The paragraphs of a document that stand in other documents, asked again
 * when main says the document's shared text changed, or when documents were
 * renamed or removed (the links show their titles).
 */
export function useSharedText(documentId: string): Map<number, SharedBlock> {
  const [blocks, setBlocks] = useState<Map<number, SharedBlock>>(() => new Map());
  useEffect(() => {
    let current = true;
    const ask = () =>
      void scholia()
        .shared.forDocument({ documentId })
        .then((answer) => {
          // A failure (the document gone meanwhile) shows no markers; the reader says what went wrong with the document itself.
          if (current && answer.ok) setBlocks(new Map(answer.value.blocks.map((block) => [block.blockIndex, block])));
        });
    ask();
    const stopShared = scholia().onSharedTextChanged(({ documentIds }) => {
      if (documentIds === 'all' || documentIds.includes(documentId)) ask();
    });
    const stopChanges = followChanges((change) => change.scope === 'documents' && change.kind !== 'added', ask);
    return () => {
      current = false;
      stopShared();
      stopChanges();
    };
  }, [documentId]);
  return blocks;
}
