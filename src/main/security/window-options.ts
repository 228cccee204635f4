import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW, type Rect } from '../desktop/place-window';

/**
 * The renderer's web preferences, in one pure function so a test fails the
 * day any of them is loosened. Each line is an item of Electron's security
 * checklist: the page gets no Node, lives in its own isolated world, runs
 * sandboxed, and can use no web features beyond the defaults.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** The main window's options; `bounds` (where it was left) replaces the default size, centred. */
export function mainWindowOptions(preloadPath: string, bounds?: Rect): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    ...bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Scholia',
    show: false,
    backgroundColor: '#faf8f4',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
