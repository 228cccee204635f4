import type { Desktop, FileChoice } from '../../src/main/notebook/handlers';
import type { MenuModel } from '../../src/shared/menu-model';

/** Stand-ins for the native dialogs and the system browser: set what the dialogs answer, read what was opened. */
export interface FakeDesktop extends Desktop {
  /** What the save and open dialogs answer with; null is a cancelled dialog. */
  dialogs: { exportTo: string | null; importFrom: string | null };
  /** Every address handed to the system browser. */
  opened: string[];
  /** Every dialog shown, in order: what it was for. */
  asked: FileChoice[];
  /** While set, the open dialog waits for it: a user still choosing a file. */
  choosing: Promise<void> | null;
  /** Every menu the window described, the latest last. */
  menus: MenuModel[];
}

export function fakeDesktop(exportTo: string | null = null, importFrom: string | null = null): FakeDesktop {
  const desktop: FakeDesktop = {
    dialogs: { exportTo, importFrom },
    opened: [],
    asked: [],
    choosing: null,
    menus: [],
    chooseSavePath: async (_name, choice) => {
      desktop.asked.push(choice);
      return desktop.dialogs.exportTo;
    },
    chooseOpenPath: async (choice) => {
      desktop.asked.push(choice);
      await desktop.choosing;
      return desktop.dialogs.importFrom;
    },
    openInBrowser: async (url) => {
      desktop.opened.push(url);
    },
    setMenu: (model) => {
      desktop.menus.push(model);
    },
  };
  return desktop;
}
