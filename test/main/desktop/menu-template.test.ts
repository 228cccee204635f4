import { describe, expect, it, vi } from 'vitest';
import { chordToAccelerator, menuTemplate, type MenuEntry } from '../../../src/main/desktop/menu-template';
import type { MenuModel } from '../../../src/shared/menu-model';

const MODEL: MenuModel = {
  items: [
    { id: 'import.files', title: 'Import files…', menu: 'file', group: 0, chord: 'Mod+O', enabled: true },
    { id: 'export.open', title: 'Export…', menu: 'file', group: 1, chord: 'Mod+Shift+E', enabled: true },
    { id: 'history.undo', title: 'Undo', menu: 'edit', group: 0, chord: 'Mod+Z', enabled: true },
    { id: 'history.redo', title: 'Redo', menu: 'edit', group: 0, chord: 'Mod+Shift+Z', enabled: true },
    { id: 'passage.tag-selection', title: 'Tag the selection…', menu: 'edit', group: 1, chord: 'Mod+E', enabled: false },
    { id: 'view.codebook', title: 'Codebook', menu: 'view', group: 0, chord: 'Mod+Shift+C', enabled: true },
    { id: 'search.next', title: 'Next match', menu: 'go', group: 0, chord: 'F3', enabled: false },
    { id: 'view.attributes', title: 'Attributes & values', menu: 'tools', group: 0, chord: null, enabled: true },
    { id: 'palette.open', title: 'Show all commands…', menu: 'help', group: 0, chord: 'Mod+Shift+P', enabled: true },
  ],
};

const labels = (entries: readonly MenuEntry[]) => entries.map((entry) => entry.label ?? entry.role ?? entry.type);
const menu = (template: MenuEntry[], label: string) => template.find((entry) => entry.label?.replace('&', '') === label)!.submenu!;
const allEntries = (entries: readonly MenuEntry[]): MenuEntry[] => entries.flatMap((entry) => [entry, ...allEntries(entry.submenu ?? [])]);

describe('chordToAccelerator', () => {
  it.each([
    ['Mod+Shift+C', 'CmdOrCtrl+Shift+C'],
    ['Mod+Z', 'CmdOrCtrl+Z'],
    ['F3', 'F3'],
    ['Shift+F3', 'Shift+F3'],
    ['Ctrl+Alt+Up', 'Ctrl+Alt+Up'],
  ])('writes %s as %s', (chord, accelerator) => {
    expect(chordToAccelerator(chord)).toBe(accelerator);
  });
});

describe('menuTemplate', () => {
  it('has File, Edit, View, Go, Tools and Help on Windows and Linux, with mnemonics', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(labels(menuTemplate(MODEL, platform, true))).toEqual(['&File', '&Edit', '&View', '&Go', '&Tools', '&Help']);
    }
  });

  it('puts the app menu first and a Window menu before Help on macOS', () => {
    const template = menuTemplate(MODEL, 'darwin', true);
    expect(labels(template)).toEqual(['Scholia', 'File', 'Edit', 'View', 'Go', 'Tools', 'windowMenu', 'Help']);
    expect(labels(template[0]!.submenu!)).toEqual(['About Scholia', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    // Quit lives in the app menu there, not under File.
    expect(labels(menu(template, 'File'))).not.toContain('quit');
  });

  it('gives each command its accelerator and enabled flag, in its groups', () => {
    const file = menu(menuTemplate(MODEL, 'linux', true), 'File');
    expect(labels(file)).toEqual(['Import files…', 'separator', 'Export…', 'separator', 'E&xit']);
    expect(file[0]).toMatchObject({ id: 'import.files', accelerator: 'CmdOrCtrl+O', enabled: true });
    const go = menu(menuTemplate(MODEL, 'linux', true), 'Go');
    expect(go[0]).toMatchObject({ id: 'search.next', accelerator: 'F3', enabled: false });
    expect(menu(menuTemplate(MODEL, 'linux', true), 'Tools')[0]).not.toHaveProperty('accelerator');
  });

  it("puts Scholia's undo and redo in Edit, then the clipboard roles", () => {
    const edit = menu(menuTemplate(MODEL, 'darwin', true), 'Edit');
    expect(labels(edit)).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll', 'separator', 'Tag the selection…']);
    expect(edit[0]).toMatchObject({ id: 'history.undo', accelerator: 'CmdOrCtrl+Z' });
  });

  it('offers reload and developer tools only outside a packaged build', () => {
    const roles = (packaged: boolean) => allEntries(menuTemplate(MODEL, 'linux', packaged)).map((entry) => entry.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packaged = allEntries(menuTemplate(MODEL, platform, true)).map((entry) => entry.role);
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).not.toContain('toggleDevTools');
    }
  });

  it('sends a click back as the command id', () => {
    const onCommand = vi.fn();
    const codebook = allEntries(menuTemplate(MODEL, 'linux', true, onCommand)).find((entry) => entry.id === 'view.codebook')!;
    codebook.click!();
    expect(onCommand).toHaveBeenCalledWith('view.codebook');
  });

  it('shows an "&" in a title as itself on Windows and Linux', () => {
    expect(menu(menuTemplate(MODEL, 'win32', true), 'Tools')[0]!.label).toBe('Attributes && values');
    expect(menu(menuTemplate(MODEL, 'darwin', true), 'Tools')[0]!.label).toBe('Attributes & values');
  });

  it('still has the system menus before the window has described any command', () => {
    const template = menuTemplate({ items: [] }, 'linux', true);
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(menu(template, 'Edit'))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });
});
