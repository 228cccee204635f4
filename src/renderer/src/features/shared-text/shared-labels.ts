import type { SharedBlock, SharedCluster, SharedCopy } from '../../../../shared/shared-text';
import { formatPublished } from '../library/format';

export const alsoIn = (documents: number) => `Also in ${documents} ${documents === 1 ? 'document' : 'documents'}`;

export const similarityLabel = (similarity: number) => (similarity >= 0.995 ? 'identical' : `${Math.floor(similarity * 100)}% alike`);

/** What is left out of the list, when the copies shown are capped. */
export const moreLabel = (block: SharedBlock) => {
  const more = block.documents - block.copies.length;
  return more > 0 ? `and ${more} more` : null;
};

/** Where and when a copy was printed: outlet · date. */
export const copyPlace = (copy: Pick<SharedCopy, 'outlet' | 'publishedAt'>) => [copy.outlet, copy.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');

export const copyDetails = (copy: SharedCopy) => [copyPlace(copy), similarityLabel(copy.similarity)].filter(Boolean).join(' · ');

/** The days a paragraph was printed on: one date, or the first – the last, written as the library writes dates. */
export const clusterDates = ({ firstPublished, lastPublished }: Pick<SharedCluster, 'firstPublished' | 'lastPublished'>) => {
  if (!firstPublished || !lastPublished) return '';
  const first = formatPublished(firstPublished);
  const last = formatPublished(lastPublished);
  return first === last ? first : `${first} – ${last}`;
};
