import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatFinding,
  IPC_REGISTRAR,
  loadProject,
  projectFromSources,
  RULES,
  type Project,
  type Rule,
} from '../../support/electron-config-rules';

/**
 * Electron's security checklist, checked on the sources: the rules of
 * test/support/electron-config-rules.ts must find nothing in src/main and
 * src/preload, and each must flag a bad snippet (so none can pass vacuously).
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('the Electron configuration in src/main and src/preload', () => {
  let project: Project;
  beforeAll(async () => {
    project = await loadProject(ROOT, ['src/main', 'src/preload']);
  });

  it.each(Object.entries(RULES))('%s', (_name, rule: Rule) => {
    expect(rule(project).map(formatFinding)).toEqual([]);
  });
});

/** The listener every registration must use: the sender check comes first. */
const GUARDED_REGISTRAR = `
export function registerIpcHandlers(ipcMain, dispatch, isTrusted) {
  ipcMain.handle('x', (event, input) => {
    if (!isTrusted(event.senderFrame)) return fail('forbidden');
    return dispatch('x', input);
  });
}`;

const HARDENED = `
app.on('web-contents-created', (_e, contents) => harden(contents));
function harden(contents) {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_c, _p, callback) => callback(false));
}`;

const window = (prefs: string) => `
const win = new BrowserWindow(options('/preload.cjs'));
function options(preload: string) {
  return { width: 800, webPreferences: prefsFor(preload) };
}
function prefsFor(preload: string) {
  return {
    preload,
    ${prefs}
  };
}`;
const SAFE = 'contextIsolation: true, sandbox: true,';

/** One webPreferences line each, added to a safe window: label, line, what the rule must say. */
const ONE_LINE_DEFECTS = [
  ['nodeIntegration on', 'nodeIntegration: true', 'nodeIntegration must be absent or false'],
  ['nodeIntegrationInWorker on', 'nodeIntegrationInWorker: true', 'nodeIntegrationInWorker must be absent or false'],
  ['nodeIntegrationInSubFrames computed', 'nodeIntegrationInSubFrames: dev', 'nodeIntegrationInSubFrames must be absent or false'],
  ['webSecurity off', 'webSecurity: false', 'webSecurity must be absent or true'],
  ['insecure content', 'allowRunningInsecureContent: true', 'allowRunningInsecureContent must be absent or false'],
  ['experimental features', 'experimentalFeatures: true', 'experimentalFeatures must be absent or false'],
  ['Blink features', "enableBlinkFeatures: 'CSSVariables'", 'enableBlinkFeatures turns on experimental Blink features'],
  ['webview tag', 'webviewTag: true', 'webviewTag must be absent or false'],
] as const;

/** A bad snippet, and the findings (`file:line message`) its rule must report, nothing more. */
type Control = [label: string, sources: Record<string, string>, expected: string[]];
const bad = (label: string, source: string, ...expected: string[]): Control => [label, { 'src/main/a.ts': source }, expected];
const badRegistrar = (label: string, source: string): Control => [
  label,
  { [IPC_REGISTRAR]: source },
  [`${IPC_REGISTRAR}:3 ipcMain.handle listener does not check its sender first`],
];
const CHECKED_FIRST = 'if (!isTrusted(event.senderFrame)) return fail';
const EVERY_CONTENTS = "(app.on('web-contents-created', …))";

const NEGATIVE_CONTROLS: Record<keyof typeof RULES, Control[]> = {
  'secure webPreferences for every window': [
    bad('sandbox off', window('contextIsolation: true, sandbox: false,'), 'src/main/a.ts:9 webPreferences.sandbox must be the literal true'),
    bad('contextIsolation missing', window('sandbox: true,'), 'src/main/a.ts:7 webPreferences.contextIsolation must be the literal true'),
    ...ONE_LINE_DEFECTS.map(([label, line, message]) =>
      bad(label, window(`${SAFE}\n    ${line},`), `src/main/a.ts:10 webPreferences.${message}`),
    ),
    bad('spread', window(`${SAFE}\n    ...extra,`), 'src/main/a.ts:10 webPreferences spread, computed name or accessor: its values cannot be checked'),
    bad('shorthand', `const nodeIntegration = true;${window(`${SAFE}\n    nodeIntegration,`)}`, 'src/main/a.ts:10 webPreferences.nodeIntegration must be absent or false'),
    bad(
      'options not resolvable',
      'const win = new BrowserWindow(loadOptions());',
      'src/main/a.ts:1 new BrowserWindow: webPreferences not found, its defaults cannot be checked',
    ),
    bad('no window at all', 'export const x = 1;', '*:0 no window is created anywhere: the scan would check nothing'),
  ],
  'shell.openExternal only on checked URLs': [
    bad('raw URL', 'shell.openExternal(details.url);', 'src/main/a.ts:1 shell.openExternal on a URL that no checking function vetted'),
  ],
  'no file:// loading or file protocol': [
    bad('loadFile', 'win.loadFile("index.html");', 'src/main/a.ts:1 loadFile: the app is served from its own scheme, not file://'),
    bad('file URL', '\nwin.loadURL(`file://${dir}/index.html`);', 'src/main/a.ts:2 file:// URL: the app loads nothing from file://'),
    bad(
      'file scheme handler',
      'protocol.registerFileProtocol("app", cb);',
      'src/main/a.ts:1 registerFileProtocol: the app is served from its own scheme, not file://',
    ),
  ],
  'no devtools in production code': [
    bad('openDevTools', 'win.webContents.openDevTools();', 'src/main/a.ts:1 openDevTools in production code'),
  ],
  'no injected script or CSS built from data': [
    bad('script from data', 'contents.executeJavaScript(`show(${title})`);', 'src/main/a.ts:1 executeJavaScript with content that is not a literal'),
    bad('CSS from data', 'contents.insertCSS(css);', 'src/main/a.ts:1 insertCSS with content that is not a literal'),
  ],
  'a permission request handler for every web contents': [
    bad(
      'none',
      HARDENED.replace(/.*setPermissionRequestHandler.*\n/, ''),
      `*:0 setPermissionRequestHandler is never installed ${EVERY_CONTENTS}`,
    ),
    bad(
      'only on one window',
      'win.webContents.session.setPermissionRequestHandler(deny);',
      `*:0 setPermissionRequestHandler is not installed for every web contents ${EVERY_CONTENTS}`,
    ),
  ],
  'navigation and new windows limited for every web contents': [
    bad('no will-navigate', HARDENED.replace(/.*will-navigate.*\n/, ''), `*:0 a 'will-navigate' listener is never installed ${EVERY_CONTENTS}`),
    bad('no window open handler', HARDENED.replace(/.*setWindowOpenHandler.*\n/, ''), `*:0 setWindowOpenHandler is never installed ${EVERY_CONTENTS}`),
  ],
  'every IPC listener behind the sender guard': [
    bad('outside the registrar', "\nipcMain.on('notebook:open', (_e, id) => open(id));", `src/main/a.ts:2 ipcMain.on outside ${IPC_REGISTRAR}`),
    badRegistrar('guard after the call', GUARDED_REGISTRAR.replace(CHECKED_FIRST, `dispatch('x', input); ${CHECKED_FIRST}`)),
    badRegistrar('guard inverted', GUARDED_REGISTRAR.replace('if (!isTrusted', 'if (isTrusted')),
  ],
};

describe('each rule flags a bad snippet', () => {
  it('the safe snippets pass, so each control below fails for its one defect', () => {
    const safe = projectFromSources({
      'src/main/w.ts': window(SAFE),
      'src/main/h.ts': HARDENED,
      [IPC_REGISTRAR]: GUARDED_REGISTRAR,
      'src/main/ok.ts': `
        shell.openExternal(safeExternalUrl(details.url));
        contents.insertCSS('body { margin: 0 }');
        protocol.handle('scholia', serve);`,
    });
    expect(Object.values(RULES).flatMap((rule) => rule(safe)).map(formatFinding)).toEqual([]);
  });

  for (const [name, controls] of Object.entries(NEGATIVE_CONTROLS)) {
    it.each(controls)(`${name}: %s`, (_label, sources, expected) => {
      const findings = RULES[name as keyof typeof RULES](projectFromSources(sources)).map(formatFinding);
      expect(findings).toEqual(expected);
    });
  }
});
