/**
 * The view settings' schemas, kept apart from settings.ts so the renderer,
 * which only needs the plain data, does not load zod (whose start-up probe
 * for eval the page's CSP reports).
 */
import { z } from 'zod';
import { PANE_LIMITS, READER_FONTS, READER_LIMITS, THEMES, type PaneName, type ViewSettings, type ViewSettingsPatch } from './settings';

const between = (limits: { min: number; max: number }) => z.number().min(limits.min).max(limits.max);

export const ReaderSettingsSchema = z.strictObject({
  textSize: between(READER_LIMITS.textSize),
  lineWidth: between(READER_LIMITS.lineWidth).int(),
  lineSpacing: between(READER_LIMITS.lineSpacing),
  font: z.enum(READER_FONTS),
});

const paneSchema = (name: PaneName) => z.strictObject({ width: between(PANE_LIMITS[name]).int(), open: z.boolean() });

export const PaneSettingsSchema = z.strictObject({ library: paneSchema('library'), passages: paneSchema('passages') });

export const ViewSettingsSchema = z.strictObject({
  theme: z.enum(THEMES),
  reader: ReaderSettingsSchema,
  panes: PaneSettingsSchema,
});

/** A change to some settings: any part may be left out, nothing unknown may be added. */
export const ViewSettingsPatchSchema = z.strictObject({
  theme: z.enum(THEMES).optional(),
  reader: ReaderSettingsSchema.partial().optional(),
  panes: z
    .strictObject({ library: paneSchema('library').partial().optional(), passages: paneSchema('passages').partial().optional() })
    .optional(),
});

// The schemas and the plain types must describe the same data.
export type SchemaMatchesTypes = [z.infer<typeof ViewSettingsSchema>, z.infer<typeof ViewSettingsPatchSchema>] extends [ViewSettings, ViewSettingsPatch] ? true : never;
export const SCHEMA_MATCHES_TYPES: SchemaMatchesTypes = true;
