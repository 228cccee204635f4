/**
 * The small files every notebook holds beside its folders of texts and
 * passages, with the schema each must satisfy and what the user calls it.
 * Opening, backing up, restoring and archiving all go by this one list, so a
 * file added to the notebook cannot be left out of its backups.
 */
import type { z } from 'zod';
import {
  AttributesFileSchema,
  CodebookFileSchema,
  EntitiesFileSchema,
  LibraryFileSchema,
  MemosFileSchema,
  SessionFileSchema,
} from './schema';
import { QUOTE_DECISIONS_FILE, QuoteDecisionsFileSchema } from '../quote-review/decisions-file';

export interface SmallFile {
  schema: z.ZodType<unknown>;
  /** How a notice names it: "the codebook file was damaged". */
  description: string;
}

/** In the order a snapshot copies them: the library first, the files that name its documents and tags after. */
export const SMALL_FILES = {
  'library.json': { schema: LibraryFileSchema, description: 'notebook file' },
  'codebook.json': { schema: CodebookFileSchema, description: 'codebook file' },
  'session.json': { schema: SessionFileSchema, description: 'reading-position file' },
  'attributes.json': { schema: AttributesFileSchema, description: 'attributes file' },
  'memos.json': { schema: MemosFileSchema, description: 'memos file' },
  [QUOTE_DECISIONS_FILE]: { schema: QuoteDecisionsFileSchema, description: 'quote decisions file' },
  'entities.json': { schema: EntitiesFileSchema, description: 'entity corrections file' },
} as const satisfies Record<string, SmallFile>;

export type SmallFileName = keyof typeof SMALL_FILES;

export const SMALL_FILE_NAMES = Object.keys(SMALL_FILES) as SmallFileName[];

export const isSmallFile = (path: string): path is SmallFileName => Object.hasOwn(SMALL_FILES, path);
