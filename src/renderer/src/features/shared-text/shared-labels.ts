import type { SharedBlock, SharedCopy } from '../../../../shared/shared-text';

export const alsoIn = (documents: number) => `Also in ${documents} ${documents === 1 ? 'document' : 'documents'}`;

export const similarityLabel = (similarity: number) => (similarity >= 0.995 ? 'identical' : `${Math.floor(similarity * 100)}% alike`);

/** What is left out of the list, when the copies shown are capped. */
export const moreLabel = (block: SharedBlock) => {
  const more = block.documents - block.copies.length;
  return more > 0 ? `and ${more} more` : null;
};

export const copyDetails = (copy: SharedCopy) => [copy.outlet, copy.publishedAt?.slice(0, 10), similarityLabel(copy.similarity)].filter(Boolean).join(' · ');
