/**
 * On-disk shapes of the notebook's files. Every file records the schema
 * version it was written with so later versions can migrate it, and so an
 * older Scholia refuses a newer notebook instead of damaging it.
 */
import { z } from 'zod';
import { BLOCK_KINDS } from '../../shared/model';

export const SCHEMA_VERSION = 2;

const IsoDate = z.iso.datetime();

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
  origin: z.object({
    kind: z.enum(['sample', 'file', 'clipboard']),
    fileName: z.string(),
    importedAt: IsoDate,
  }),
});

export const LibraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentRecordSchema),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export const BlockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const BodyFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    text: z.string(),
    blocks: z.array(BlockSchema),
  })
  .refine((body) => body.blocks.every((b) => b.start <= b.end && b.end <= body.text.length), {
    message: 'a block lies outside the text',
  });
export type BodyFile = z.infer<typeof BodyFileSchema>;

export const SessionFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  lastDocumentId: z.string().nullable(),
  /** Scroll position per document id. */
  positions: z.record(
    z.string(),
    z.object({ blockIndex: z.number().int().min(0), fraction: z.number().min(0).max(1) }),
  ),
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** Reads the schema version of any store file without trusting the rest of it. */
export const VersionProbeSchema = z.object({ schemaVersion: z.number().int() });

export const TagRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  parentId: z.string().nullable(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  description: z.string(),
  createdAt: IsoDate,
});

/** The codebook: small, so creating or renaming a tag rewrites only this file. */
export const CodebookFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tags: z.array(TagRecordSchema),
});
export type CodebookFile = z.infer<typeof CodebookFileSchema>;

export const PassageRecordSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  }),
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  tagIds: z.array(z.string()),
  note: z.string(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});

/** One document's passages: tagging a passage rewrites only its document's file. */
export const PassageFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documentId: z.string().min(1),
  passages: z.array(PassageRecordSchema),
});
export type PassageFile = z.infer<typeof PassageFileSchema>;
