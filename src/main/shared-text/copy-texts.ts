/** The texts of copies listed for coding, read from their documents' bodies a few at a time. */
import type { Block } from '../../shared/model';
import { SHARED_COPY_TEXT_CHARS, type SharedCopy, type SharedCopyText } from '../../shared/shared-text';
import { FILE_BATCH, inBatches } from '../store/in-batches';

type Body = (id: string) => Promise<{ text: string; blocks: readonly Block[] }>;

/** Each copy with the text of its range; a copy whose body cannot be read is left out (the integrity check tells of it). */
export async function withTexts(copies: readonly SharedCopy[], body: Body): Promise<SharedCopyText[]> {
  const texts = new Map<SharedCopy, string>();
  await inBatches(copies, FILE_BATCH, async (copy) => {
    const read = await body(copy.documentId).catch(() => null);
    if (read) texts.set(copy, cut(read.text.slice(copy.start, copy.end)));
  });
  return copies.flatMap((copy) => (texts.has(copy) ? [{ ...copy, text: texts.get(copy)! }] : []));
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SHARED_COPY_TEXT_CHARS ? `${flat.slice(0, SHARED_COPY_TEXT_CHARS).replace(/\s+\S*$/, '')}…` : flat;
}
