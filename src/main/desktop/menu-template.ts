/**
 * The native menu bar, built from the menu model the window sends: a pure
 * function, so every platform's menu is tested without Electron. Main adds
 * only what is the system's: the macOS app menu, the clipboard roles, zoom,
 * full screen and, outside a packaged build, reload and developer tools.
 */
import { MENU_NAMES, type MenuItemModel, type MenuModel, type MenuName } from '../../shared/menu-model';

/** The Electron menu roles used here. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu';

/** One entry of a menu template, a subset of Electron's MenuItemConstructorOptions. */
export interface MenuEntry {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuEntry[];
  click?: () => void;
}

const LABELS: Record<MenuName, string> = { file: '&File', edit: '&Edit', view: '&View', go: '&Go', tools: '&Tools', help: '&Help' };
const SEPARATOR: MenuEntry = { type: 'separator' };

/** "Mod+Shift+C" as Electron writes it: "CmdOrCtrl+Shift+C". */
export function chordToAccelerator(chord: string): string {
  return chord
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+');
}

/**
 * The application menu for `platform`. A click on a command's item calls
 * `onCommand` with its id; what it does is the renderer's to decide.
 */
export function menuTemplate(model: MenuModel, platform: NodeJS.Platform, packaged: boolean, onCommand: (id: string) => void = () => undefined): MenuEntry[] {
  const mac = platform === 'darwin';
  const item = (command: MenuItemModel): MenuEntry => ({
    id: command.id,
    // "&" marks a mnemonic on Windows and Linux; a title's own is doubled to show as itself.
    label: mac ? command.title : command.title.replaceAll('&', '&&'),
    enabled: command.enabled,
    ...(command.chord === null ? {} : { accelerator: chordToAccelerator(command.chord) }),
    click: () => onCommand(command.id),
  });
  const groupsOf = (menu: MenuName) => groupItems(model.items.filter((command) => command.menu === menu)).map((group) => group.map(item));
  const menus: MenuEntry[] = MENU_NAMES.map((name) => {
    const groups = groupsOf(name);
    // Undo and redo (the model's first group of Edit) are Scholia's history; the clipboard is the system's.
    const withClipboard = name === 'edit' ? [...groups.slice(0, 1), CLIPBOARD, ...groups.slice(1)] : groups;
    return { label: mac ? LABELS[name].replace('&', '') : LABELS[name], submenu: joinGroups([...withClipboard, ...systemGroups(name, mac, packaged)]) };
  }).filter((menu) => menu.submenu!.length > 0);
  if (!mac) return menus;
  const appMenu: MenuEntry = {
    label: 'Scholia',
    submenu: joinGroups([[{ role: 'about', label: 'About Scholia' }], [{ role: 'services' }], [{ role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }], [{ role: 'quit' }]]),
  };
  // The Window menu sits before Help on macOS, as in every other app there.
  const help = menus.findIndex((menu) => menu.label === 'Help');
  const window: MenuEntry = { role: 'windowMenu' };
  return help === -1 ? [appMenu, ...menus, window] : [appMenu, ...menus.slice(0, help), window, ...menus.slice(help)];
}

const CLIPBOARD: MenuEntry[] = [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }];

/** What the system gives a menu after Scholia's commands: quit, zoom, full screen, developer tools. */
function systemGroups(name: MenuName, mac: boolean, packaged: boolean): MenuEntry[][] {
  switch (name) {
    case 'file':
      return mac ? [] : [[{ role: 'quit', label: 'E&xit' }]];
    case 'view':
      return [
        // A packaged build is the user's: nothing there reloads the page or opens its insides.
        ...(packaged ? [] : [[{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuEntry[]]),
        [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
        [{ role: 'togglefullscreen' }],
      ];
    case 'help':
      return mac ? [] : [[{ role: 'about', label: 'About Scholia' }]];
    default:
      return [];
  }
}

/** The model's items of one menu, by group in ascending order, each group in the order given. */
function groupItems(items: readonly MenuItemModel[]): MenuItemModel[][] {
  const groups = new Map<number, MenuItemModel[]>();
  for (const command of items) groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function joinGroups(groups: readonly MenuEntry[][]): MenuEntry[] {
  return groups.filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [SEPARATOR, ...group]));
}
