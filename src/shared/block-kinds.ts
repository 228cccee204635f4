/** The kinds of block a document's text is divided into, in the order the search index numbers them. */
export const BLOCK_KINDS = ['title', 'standfirst', 'byline', 'caption', 'heading', 'paragraph', 'quote', 'list-item'] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];
