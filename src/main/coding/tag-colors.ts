import { TAG_PALETTE } from '../../shared/tag-palette';

export { TAG_PALETTE };

/** Colours are given in turn, so that consecutive tags never share one. */
export const nextTagColor = (existingTags: number): string => TAG_PALETTE[existingTags % TAG_PALETTE.length]!;
