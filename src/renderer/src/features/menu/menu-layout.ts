/**
 * Where each command sits in the native menu bar, and the shorter title it
 * has there ("Undo" where the palette says "Undo the last change").
 */
import { COMMANDS, type Command, type CommandId } from '../../commands/app-commands';
import { currentContext } from '../../commands/command-context';
import type { MenuModel, MenuName } from '../../../../shared/menu-model';

/** Each menu's groups, parted by separators; a command left out has no menu item. */
export const MENU_LAYOUT: Record<MenuName, readonly (readonly CommandId[])[]> = {
  file: [['import.files', 'import.paste'], ['import.project', 'export.open']],
  // The first group of Edit comes before the clipboard items main adds.
  edit: [['history.undo', 'history.redo'], ['reader.keyboard-selection', 'passage.tag-selection']],
  view: [['view.read', 'view.codebook', 'view.tags', 'view.memos']],
  go: [['search.open'], ['search.next', 'search.previous']],
  tools: [['view.analysis', 'view.concordance', 'view.entities', 'view.attributes', 'view.shared'], ['view.backups']],
  help: [['palette.open']],
};

const MENU_TITLES: Partial<Record<CommandId, string>> = {
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'import.files': 'Import files…',
  'import.paste': 'New document from clipboard…',
  'import.project': 'Import a REFI-QDA project…',
  'export.open': 'Export…',
  'passage.tag-selection': 'Tag the selection…',
  'reader.keyboard-selection': 'Select text with the keyboard',
  'view.read': 'Reader',
  'view.codebook': 'Codebook',
  'view.tags': 'Passages by tag',
  'view.memos': 'Memos',
  'view.analysis': 'Analysis',
  'view.concordance': 'Concordance',
  'view.entities': 'Entities',
  'view.attributes': 'Attributes',
  'view.shared': 'Shared text',
  'view.backups': 'Backups',
  'search.open': 'Search…',
  'search.next': 'Next search match',
  'search.previous': 'Previous search match',
  'palette.open': 'Show all commands…',
};

/** The menu bar as it applies now: every laid-out command with its first chord and whether it can run. */
export function menuModel(): MenuModel {
  const context = currentContext();
  const byId = new Map<string, Command>(COMMANDS.map((command) => [command.id, command]));
  const items = (Object.entries(MENU_LAYOUT) as [MenuName, readonly (readonly CommandId[])[]][]).flatMap(([menu, groups]) =>
    groups.flatMap((ids, group) =>
      ids.map((id) => {
        const command = byId.get(id)!;
        return {
          id,
          title: MENU_TITLES[id] ?? command.title,
          menu,
          group,
          chord: command.keys[0] ?? null,
          enabled: !command.when || command.when(context),
        };
      }),
    ),
  );
  return { items };
}
