import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

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

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Scholia',
    show: false,
    backgroundColor: '#faf8f4',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
