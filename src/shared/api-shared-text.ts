/** Bridge methods and events of shared text: paragraphs that stand in several documents. */
import { z } from 'zod';
import { IdSchema, NoInput, event, method } from './api-method';
import type { SharedCopyText, SharedOverview, SharedForDocument, SharedTextChanged } from './shared-text';

export const sharedTextMethods = {
  /** The paragraphs of a document that stand, identical or nearly so, in other documents, with links to those copies. */
  'shared:forDocument': method<SharedForDocument>()(z.strictObject({ documentId: IdSchema })),
  /** One paragraph and, after it, every copy of it in other documents (up to SHARED_COPIES_LIMIT), each with its text, for coding them all at once. */
  'shared:copies': method<SharedCopyText[]>()(z.strictObject({ documentId: IdSchema, blockIndex: z.number().int().min(0).max(1_000_000) })),
  /** The notebook's shared text as a whole: groups of copies, the most widely shared first, and whether the first comparison is done. */
  'shared:clusters': method<SharedOverview>()(NoInput),
} as const;

export const sharedTextEvents = {
  /** The shared text of some documents changed (a comparison finished, a document came or went). */
  onSharedTextChanged: event<SharedTextChanged>()('shared:changed'),
} as const;
