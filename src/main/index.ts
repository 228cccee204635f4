/**
 * The Electron entry point: the only module that touches app, BrowserWindow,
 * Menu, screen, protocol and ipcMain. Everything it wires together is plain, tested code.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell, utilityProcess } from 'electron';
import type { MenuModel } from '../shared/menu-model';
import { menuTemplate } from './desktop/menu-template';
import { placeWindow } from './desktop/place-window';
import { loadWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE } from './desktop/window-state';
import { createDispatcher } from './ipc/dispatcher';
import { createEventSender, forwardChanges } from './ipc/event-sender';
import { registerIpcHandlers } from './ipc/register-ipc';
import { createImportPool } from './importers/import-pool';
import createImportWorker from './importers/import-worker?nodeWorker';
import { notebookHandlers, type Desktop } from './notebook/handlers';
import type { Notebook } from './notebook/notebook';
import { openNotebook } from './notebook/open-notebook';
import { workerArchiveJobs } from './safekeeping/archive-jobs';
import createArchiveWorker from './safekeeping/archive-worker?nodeWorker';
import createExportWorker from './outputs/export-worker?nodeWorker';
import { workerExportJobs } from './outputs/export-jobs';
import createRefiWorker from './outputs/refi-qda/refi-worker?nodeWorker';
import { workerRefiJobs } from './outputs/refi-qda/refi-jobs';
import createAnalysisWorker from './outputs/analysis/analysis-worker?nodeWorker';
import createSharedTextWorker from './shared-text/shared-text-worker?nodeWorker';
import createQuoteWorker from './quote-review/quote-worker?nodeWorker';
import createEntitiesWorker from './entities/entities-worker?nodeWorker';
import { createSearchClient } from './search/search-client';
import searchWorkerPath from './search/search-worker?modulePath';
import { spawnWorkerThread } from './workers/worker-thread';
import { utilityProcessHandle, utilityProcessMemoryArgs } from './workers/utility-process';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, mimeTypeOf, resolveAppAsset } from './security/app-protocol';
import { RENDERER_CSP } from './security/csp';
import { checkedExternalUrl } from './security/external-links';
import { hardenWebContents } from './security/harden-web-contents';
import { isTrustedSender } from './security/sender-guard';
import { mainWindowOptions } from './security/window-options';

const SAMPLE_FILE = 'kerry-syria-patience-limited.txt';
/** The analysis worker's heap: its dataset of 100,000 passages takes a small part of it. */
const ANALYSIS_MEMORY_MB = 1024;
const SHARED_TEXT_MEMORY_MB = 1024;
const QUOTE_MEMORY_MB = 512;
const ENTITIES_MEMORY_MB = 512;
/** How long quitting waits for the notebook to save and its workers to stop. */
const QUIT_TIMEOUT_MS = 5_000;
/** The search process's heap ceiling: an index of 100,000 articles fits with room to spare. */
const SEARCH_MEMORY_MB = 4096;
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let closing = false;

if (!app.requestSingleInstanceLock()) {
  // One writer per notebook: a second launch hands over to the first window.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  const notebook = await openNotebookOrExplain();
  if (!notebook) return;
  serveRenderer();
  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
  const isTrusted = (frame: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(frame, origins);
  const send = createEventSender(() => mainWindow, isTrusted);
  // The menu's commands are the renderer's: a click is sent back to the window, which runs it.
  const setMenu = (model: MenuModel) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(model, process.platform, app.isPackaged, (id) => void send('onMenuCommand', { id }))));
  setMenu({ items: [] });
  registerIpcHandlers(ipcMain, createDispatcher(notebookHandlers(notebook, desktop(setMenu)), { track: (run) => notebook.feed.track(run) }), isTrusted);
  forwardChanges(notebook.feed, send);
  notebook.jobs.subscribe((progress) => void send('onJobProgress', progress));
  notebook.sharedText.onChange((change) => void send('onSharedTextChanged', change));
  notebook.quoteReview.onChange((change) => void send('onQuotesChanged', change));
  notebook.entities.onChange((pending) => void send('onEntitiesChanged', { pending }));
  await openMainWindow();
}

/** The window where it was left (on a screen that is still there), its state kept as it changes. */
async function openMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
  const placement = placeWindow(await loadWindowState(stateFile), workAreas);
  const window = new BrowserWindow(mainWindowOptions(preloadPath, placement.bounds));
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    else window.show();
    if (placement.fullScreen) window.setFullScreen(true);
  });
  // Losing the window's place is not worth a word to the user.
  trackWindowState(window, (state) => void saveWindowState(stateFile, state).catch(() => undefined));
  window.on('closed', () => (mainWindow = null));
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

async function openNotebookOrExplain(): Promise<Notebook | null> {
  try {
    const bytes = await readFile(join(app.getAppPath(), 'resources', SAMPLE_FILE));
    // Search runs in a utility process: its index stays out of main's heap and event loop. Started again if it stops.
    const search = () =>
      createSearchClient({
        spawn: () =>
        utilityProcessHandle(
            utilityProcess.fork(searchWorkerPath, [], { serviceName: 'Scholia search', execArgv: utilityProcessMemoryArgs(SEARCH_MEMORY_MB) }),
          ),
      });
    // Imported files are parsed in worker threads with time and memory limits: a hostile file cannot freeze or crash the app.
    const imports = createImportPool({ spawn: (limits) => spawnWorkerThread(createImportWorker, limits) });
    const notebook = await openNotebook({
      dataDir: join(app.getPath('userData'), 'notebook'),
      sample: { fileName: SAMPLE_FILE, bytes },
      search,
      importer: (file, fileName) => imports.importInWorker(file, fileName),
      // Archives are zipped and unzipped in workers with limits too: an archive to import is an untrusted file.
      archives: workerArchiveJobs(createArchiveWorker),
      // Exports run in workers: ten thousand documents written at once must not hold up the window.
      exports: workerExportJobs(createExportWorker),
      // A REFI-QDA file from another tool is untrusted: read and checked in a worker with limits.
      refi: workerRefiJobs(createRefiWorker),
      userName: userInfo().username,
      // Analyses count over every passage: in a worker thread, so main's event loop never waits on them.
      analysisWorker: () => spawnWorkerThread(createAnalysisWorker, { memoryMb: ANALYSIS_MEMORY_MB }),
      // Shared text is compared in a worker thread too: ten thousand documents are shingled off main's event loop.
      sharedTextWorker: () => spawnWorkerThread(createSharedTextWorker, { memoryMb: SHARED_TEXT_MEMORY_MB }),
      // Quotations are found in a worker thread: a long or hostile article never holds up the window.
      quoteWorker: () => spawnWorkerThread(createQuoteWorker, { memoryMb: QUOTE_MEMORY_MB }),
      // Names are found in a worker thread too: compromise's tagger would hold main's event loop.
      entitiesWorker: () => spawnWorkerThread(createEntitiesWorker, { memoryMb: ENTITIES_MEMORY_MB }),
      // A restored backup replaced the files under this notebook: start afresh on them.
      onRestored: () => {
        closing = true;
        void imports.close().finally(() => {
          app.relaunch();
          app.exit(0);
        });
      },
    });
    app.on('before-quit', (event) => {
      // Save the search index once, then quit for real.
      if (closing) return;
      closing = true;
      event.preventDefault();
      // Saving the search index must not keep Scholia from quitting if a worker hangs.
      const timeout = new Promise((resolve) => setTimeout(resolve, QUIT_TIMEOUT_MS));
      void Promise.race([Promise.allSettled([notebook.close(), imports.close()]), timeout]).finally(() => app.quit());
    });
    return notebook;
  } catch (error) {
    fatal(error);
    return null;
  }
}

/** The native save and open dialogs (the only way a path reaches main), the system browser and the menu bar. */
function desktop(setMenu: (model: MenuModel) => void): Desktop {
  return {
    chooseSavePath: async (suggestedName, { title, filters }) => {
      const options = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    chooseOpenPath: async ({ title, filters }) => {
      const options = { title, filters, properties: ['openFile' as const] };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    // Checked again here, at the last step before the system acts on it.
    openInBrowser: (url) => shell.openExternal(checkedExternalUrl(url)),
    setMenu,
  };
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeOf(file),
          'content-security-policy': RENDERER_CSP,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Scholia cannot open its notebook', message);
  app.quit();
}
