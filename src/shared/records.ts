/**
 * The stored shapes of the data model, defined once. The store validates its
 * files with these schemas and `model.ts` derives the shared types from them,
 * so the store, main and the renderer cannot drift apart. The renderer only
 * ever imports the types, which keeps zod out of its bundle.
 */
import { z } from 'zod';
import { BLOCK_KINDS } from './block-kinds';

const IsoDate = z.iso.datetime();
const Offset = z.number().int().min(0);

/** One typed block of a document: a half-open range [start, end) of its text. */
export const BlockSchema = z.object({ kind: z.enum(BLOCK_KINDS), start: Offset, end: Offset });

/** Where a document came from, kept so the user can always trace it back. */
export const DocumentOriginSchema = z.object({
  kind: z.enum(['sample', 'file', 'clipboard']),
  fileName: z.string(),
  importedAt: IsoDate,
});

/** A document attribute's value: text, a number, a date ("2016-05-04"), yes/no, or one of its list. */
export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** An earlier version of a document's text, kept when a new one replaced it. */
export const DocumentVersionSchema = z.object({
  /** 1 for the first text, counting up. */
  version: z.number().int().min(1),
  title: z.string(),
  contentHash: z.string(),
  wordCount: z.number().int().min(0),
  /** When the next version took its place. */
  replacedAt: IsoDate,
  /** What became of each passage when the next version took its place, by passage id, for the review. */
  placements: z.record(z.string(), z.enum(['unchanged', 'moved', 'changed', 'orphaned'])),
});

/** What the library lists: everything about a document except its body. */
export const DocumentRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string(),
  byline: z.string().nullable(),
  addedAt: IsoDate,
  publishedAt: IsoDate.nullable(),
  wordCount: z.number().int().min(0),
  contentHash: z.string(),
  tags: z.array(z.string()),
  origin: DocumentOriginSchema,
  /** The article's web address, when known. */
  url: z.string().nullable(),
  /** Its language as a BCP 47 tag ("en", "ar", "zh-Hant"), when known. */
  language: z.string().nullable(),
  /** Values of the notebook's attributes, by attribute id; an attribute not set is absent. */
  attributes: z.record(z.string(), AttributeValueSchema),
  /** Earlier versions of its text, oldest first; the current one is number `versions.length + 1`. */
  versions: z.array(DocumentVersionSchema),
});

/** A document variable defined once for the notebook (what QDA tools call a case attribute). */
export const AttributeRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(['text', 'number', 'date', 'boolean', 'choice']),
  /** For `choice`: the values it may take, in the order shown. */
  choices: z.array(z.string()),
  createdAt: IsoDate,
});

/** A memo: a Markdown note of its own, about the project, a document or a tag. */
export const MemoRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  body: z.string(),
  about: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('project') }),
    z.object({ kind: z.literal('document'), id: z.string().min(1) }),
    z.object({ kind: z.literal('tag'), id: z.string().min(1) }),
  ]),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

/** Where the reader was in a document: the block at the top of the view and how far into it (0 = its top edge). */
export const ScrollPositionSchema = z.object({ blockIndex: z.number().int().min(0), fraction: z.number().min(0).max(1) });

/** A code of the codebook. Its full name ("actors/Kerry") is derived from its parents. */
export const TagRecordSchema = z.object({
  id: z.string().min(1),
  /** The tag's own name, without its parents ("Kerry"). */
  name: z.string().min(1),
  parentId: z.string().nullable(),
  /** A #rrggbb colour used for its highlights. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  description: z.string(),
  createdAt: IsoDate,
});

/** Where a passage was: UTF-16 offsets, half-open, into the document text (W3C Web Annotation). */
export const TextPositionSelectorSchema = z.object({ type: z.literal('TextPositionSelector'), start: Offset, end: Offset });

/** What a passage said, with some context either side, to find it again if offsets go stale (W3C Web Annotation). */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/** A marked passage of a document, anchored by W3C Web Annotation selectors; its note is Markdown. */
export const PassageRecordSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  position: TextPositionSelectorSchema,
  quote: TextQuoteSelectorSchema,
  tagIds: z.array(z.string()),
  note: z.string(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

/** The user's corrections to how entities are merged (see shared/entities.ts): keys are "kind:name folded". */
export const EntityEditsSchema = z.object({
  merges: z.record(z.string(), z.string()),
  names: z.record(z.string(), z.string()),
  splits: z.array(z.string()),
  hidden: z.array(z.string()),
});
