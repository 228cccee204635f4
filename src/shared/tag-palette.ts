/**
 * Highlight colours for tags: light enough to read black text through,
 * distinct enough to tell apart side by side. Main gives them to new tags in
 * turn; the codebook offers them as swatches.
 */
export const TAG_PALETTE = [
  '#f6d365',
  '#9ad0f5',
  '#b5e6a1',
  '#f7a8b8',
  '#c7b3f2',
  '#f9b97f',
  '#8fded6',
  '#e3c9a0',
  '#d4e67a',
  '#f2a3e0',
] as const;
