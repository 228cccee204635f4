import type { Block, BlockKind } from '../../shared/model';

export interface DraftBlock {
  kind: BlockKind;
  text: string;
}

export const BLOCK_SEPARATOR = '\n\n';

/**
 * Joins typed blocks into one normalized text with a range per block, the
 * coordinate system every passage, search hit and reading position uses.
 */
export function buildDocumentText(drafts: readonly DraftBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const draft of drafts) {
    if (draft.text === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    const start = text.length;
    text += draft.text;
    blocks.push({ kind: draft.kind, start, end: text.length });
  }
  return { text, blocks };
}
