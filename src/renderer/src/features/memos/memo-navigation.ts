import { createContext } from 'react';
import type { MemoAbout } from '../../../../shared/model';
import type { View } from '../../app/view';

/** The Memos view at the memo about `about`: the existing one of a document or tag, else a new one, created when first saved. */
export const openMemoFor = (about: MemoAbout): View => ({ kind: 'memos', draft: about });

/**
 * Opens the Memos view at a target's memo. The app provides it once, so a
 * memo button can sit anywhere (the reader, the codebook) without each view
 * passing navigation down.
 */
export const MemoOpener = createContext<((about: MemoAbout) => void) | null>(null);
