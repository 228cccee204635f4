/**
 * The native menu as the renderer describes it: the commands that have a
 * place in it, with their titles, shortcuts and whether they apply now. The
 * renderer owns the commands and when they apply; main only draws this and
 * sends a click back as the command's id.
 */
import { z } from 'zod';

export const MENU_NAMES = ['file', 'edit', 'view', 'go', 'tools', 'help'] as const;
export type MenuName = (typeof MENU_NAMES)[number];

/** A command id as the registry writes them: "history.undo", "passage.tag-selection". */
export const CommandIdSchema = z
  .string()
  .min(1)
  .max(64, { abort: true })
  .regex(/^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+$/, 'must be a command id like "view.codebook"');

const KEY = String.raw`(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|[,./;'\[\]\\\x60=-]|Enter|Escape|Delete|Backspace|Tab|Space|Up|Down|Left|Right|Home|End|PageUp|PageDown)`;

/** A chord as the registry writes it ("Mod+Shift+C", "F3"): modifiers, then one key. */
export const ChordSchema = z
  .string()
  .max(40, { abort: true })
  .regex(new RegExp(`^(?:(?:Mod|Ctrl|Alt|Shift)\\+){0,4}${KEY}$`), 'must be a chord like "Mod+Shift+C"');

export const MenuItemSchema = z.strictObject({
  id: CommandIdSchema,
  title: z.string().min(1).max(120),
  menu: z.enum(MENU_NAMES),
  /** Items of one group sit together; groups are parted by separators, in ascending order. */
  group: z.number().int().min(0).max(20),
  chord: ChordSchema.nullable(),
  enabled: z.boolean(),
});

export const MenuModelSchema = z.strictObject({ items: z.array(MenuItemSchema).max(200) });

export type MenuItemModel = z.infer<typeof MenuItemSchema>;
export type MenuModel = z.infer<typeof MenuModelSchema>;

/** What main sends when a menu item is clicked: the command to run. */
export interface MenuCommand {
  id: string;
}
