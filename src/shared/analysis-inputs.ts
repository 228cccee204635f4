/**
 * The input schemas of the `analysis:` methods. They are built from the
 * contract's own id, day, file-name and library-filter schemas (passed in, so
 * this file needs nothing of api.ts and no import cycle arises).
 */
import { z } from 'zod';
import { ANALYSIS_LIMITS } from './analysis';
import type { LibraryFilter } from './library-query';

interface Parts {
  id: z.ZodType<string>;
  day: z.ZodType<string>;
  fileName: z.ZodType<string>;
  filter: z.ZodType<LibraryFilter>;
}

/** A CSV cell: text or a number; the writer neutralises formulas. */
const CsvCell = z.union([z.string().max(10_000, { abort: true }), z.number()]);
/** An SVG chart as text: 20 MB holds a chart of ten thousand bars many times over. */
const SvgText = z
  .string()
  .max(20_000_000, { abort: true })
  .refine((text) => /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(text), 'must be an SVG image');
/** PNG bytes, base64-encoded; 30 M characters is a chart far larger than any screen. */
const PngBase64 = z
  .string()
  .max(30_000_000, { abort: true })
  .refine((data) => data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data) && data.startsWith('iVBORw0KGgo'), 'must be a base64-encoded PNG image');

export function analysisInputs({ id, day, fileName, filter }: Parts) {
  const scope = z.strictObject({ filter: filter.optional(), tagId: id.optional(), publishedFrom: day.optional(), publishedTo: day.optional() });
  const columns = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('document') }),
    z.strictObject({ kind: z.literal('outlet') }),
    z.strictObject({ kind: z.literal('month') }),
    z.strictObject({ kind: z.literal('attribute'), attributeId: id }),
  ]);
  const unit = z.enum(['overlap', 'block', 'document']);
  const tagIds = z.array(id).min(1).max(ANALYSIS_LIMITS.chosenTags).optional();
  // A column key is a document id, an outlet, a month or an attribute's value: short text, "" for none.
  const columnKey = z.string().max(4_000, { abort: true });
  const cell = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('code'), tagId: id, rolled: z.boolean() }),
    z.strictObject({ kind: z.literal('matrix'), columns, column: columnKey, tagId: id, rolled: z.boolean(), split: z.strictObject({ by: columns, row: columnKey }).optional() }),
    z.strictObject({ kind: z.literal('pair'), unit, a: id, b: id, rolled: z.boolean() }),
  ]);
  const save = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('svg'), suggestedName: fileName, data: SvgText }),
    z.strictObject({ kind: z.literal('png'), suggestedName: fileName, data: PngBase64 }),
    z.strictObject({ kind: z.literal('csv'), suggestedName: fileName, rows: z.array(z.array(CsvCell).max(1_000)).min(1).max(100_000) }),
  ]);
  return {
    frequencies: z.strictObject({ scope }),
    matrix: z.strictObject({ scope, columns, rolled: z.boolean(), tagIds, split: z.strictObject({ tagId: id, by: columns }).optional() }),
    cooccurrence: z.strictObject({ scope, unit, rolled: z.boolean(), tagIds }),
    passages: z.strictObject({ scope, cell }),
    save,
  };
}
