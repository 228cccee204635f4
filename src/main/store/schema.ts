/**
 * On-disk shapes of the notebook's files. Every file records the schema
 * version it was written with so later versions can migrate it, and so an
 * older Scholia refuses a newer notebook instead of damaging it. The records
 * inside them are defined once, in shared/records.ts.
 */
import { z } from 'zod';
import { ViewSettingsSchema } from '../../shared/settings-schema';
import { AttributeRecordSchema, BlockSchema, DocumentRecordSchema, EntityEditsSchema, MemoRecordSchema, PassageRecordSchema, ScrollPositionSchema, TagRecordSchema } from '../../shared/records';

export const SCHEMA_VERSION = 3;

export const LibraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentRecordSchema),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

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
  positions: z.record(z.string(), ScrollPositionSchema),
  /** How the window looks; absent until first changed. Unreadable settings fall back to the defaults rather than losing the session. */
  viewSettings: ViewSettingsSchema.optional().catch(undefined),
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** Reads the schema version of any store file without trusting the rest of it. */
export const VersionProbeSchema = z.object({ schemaVersion: z.number().int() });

/** The codebook: small, so creating or renaming a tag rewrites only this file. */
export const CodebookFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tags: z.array(TagRecordSchema),
});
export type CodebookFile = z.infer<typeof CodebookFileSchema>;

/** The notebook's document attributes: their names, types and choices (the values live with the documents). */
export const AttributesFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  attributes: z.array(AttributeRecordSchema),
});
export type AttributesFile = z.infer<typeof AttributesFileSchema>;

/** Memos: the project's research journal and the memos on documents and tags. */
export const MemosFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  memos: z.array(MemoRecordSchema),
});
export type MemosFile = z.infer<typeof MemosFileSchema>;

/** The user's edits to the entities: merges, names, forms split off, entities hidden. */
export const EntitiesFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  edits: EntityEditsSchema,
});
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

/** One document's passages: tagging a passage rewrites only its document's file. */
export const PassageFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documentId: z.string().min(1),
  passages: z.array(PassageRecordSchema),
});
export type PassageFile = z.infer<typeof PassageFileSchema>;
