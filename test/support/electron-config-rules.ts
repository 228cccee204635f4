/**
 * A static scan of the Electron configuration: the checks of Doyensec's
 * Electronegativity that apply to Scholia, on the TypeScript AST. Unlike
 * Electronegativity it follows a window's options through the functions that
 * build them (mainWindowOptions → secureWebPreferences), so it checks the
 * values the window really gets instead of flagging the call site.
 *
 * Each rule takes the parsed sources and returns its findings with file:line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface Finding {
  file: string;
  /** 1-based; 0 for a finding about the whole project (something missing). */
  line: number;
  message: string;
}

export interface Project {
  files: ts.SourceFile[];
}

export type Rule = (project: Project) => Finding[];

/** The one file allowed to register IPC listeners, each behind the sender guard. */
export const IPC_REGISTRAR = 'src/main/ipc/register-ipc.ts';

/** Parses inline sources, keyed by repo-relative file name: how rules are fed bad snippets. */
export function projectFromSources(sources: Record<string, string>): Project {
  return {
    files: Object.entries(sources).map(([name, text]) => ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true)),
  };
}

/** Parses every .ts/.tsx file under the given folders of the repo. */
export async function loadProject(root: string, folders: string[]): Promise<Project> {
  const sources: Record<string, string> = {};
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      const path = join(entry.parentPath, entry.name);
      sources[relative(root, path).split(sep).join('/')] = await readFile(path, 'utf8');
    }
  }
  return projectFromSources(sources);
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line} ${f.message}`;

// ---------------------------------------------------------------- AST helpers

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const nodesOf = new WeakMap<Project, { node: ts.Node; file: ts.SourceFile }[]>();

/** Every node of every file, listed once per project: the rules ask for it often. */
function allNodes(project: Project): { node: ts.Node; file: ts.SourceFile }[] {
  let out = nodesOf.get(project);
  if (!out) {
    const nodes: { node: ts.Node; file: ts.SourceFile }[] = [];
    for (const file of project.files) walk(file, (node) => nodes.push({ node, file }));
    nodesOf.set(project, (out = nodes));
  }
  return out;
}

function finding(file: ts.SourceFile, node: ts.Node, message: string): Finding {
  return { file: file.fileName, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, message };
}

/** Calls of the form `receiver.method(...)` or `method(...)`, with the method's name. */
function calls(project: Project, methods: readonly string[]) {
  return allNodes(project).flatMap(({ node, file }) => {
    if (!ts.isCallExpression(node)) return [];
    const callee = node.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if (!methods.includes(name)) return [];
    const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression.getText(file) : '';
    return [{ call: node, file, name, receiver }];
  });
}

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node)
  ) {
    node = node.expression;
  }
  return node;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The value of a property of an object literal (`name: value` or the shorthand `name`), if it has one. */
function property(literal: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of literal.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

function functionNamed(project: Project, name: string, near: ts.SourceFile): ts.SignatureDeclaration | undefined {
  const found: { fn: ts.SignatureDeclaration; file: ts.SourceFile }[] = [];
  for (const { node, file } of allNodes(project)) {
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) found.push({ fn: node, file });
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) {
      const init = unwrap(node.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) found.push({ fn: init, file });
    }
  }
  // The same file's function first; otherwise only an unambiguous one.
  return (found.find((f) => f.file === near) ?? (found.length === 1 ? found[0] : undefined))?.fn;
}

function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
  if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
  const body = (fn as ts.FunctionLikeDeclarationBase).body;
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
    if (!ts.isFunctionLike(node)) node.forEachChild(visit);
  };
  body?.forEachChild(visit);
  return out;
}

/**
 * Follows an expression to the object literal it evaluates to: a literal, a
 * local const, or a call to a function with a single return. Null when it
 * cannot tell, which the caller reports: what cannot be read cannot be trusted.
 */
function resolveObject(
  project: Project,
  file: ts.SourceFile,
  expression: ts.Expression,
  depth = 0,
): ts.ObjectLiteralExpression | null {
  const node = unwrap(expression);
  if (ts.isObjectLiteralExpression(node)) return node;
  if (depth > 5) return null;
  if (ts.isIdentifier(node)) {
    let init: ts.Expression | undefined;
    walk(file, (n) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === node.text) init ??= n.initializer;
    });
    return init ? resolveObject(project, file, init, depth + 1) : null;
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const fn = functionNamed(project, node.expression.text, file);
    const returns = fn ? returnedExpressions(fn) : [];
    const fnFile = fn?.getSourceFile();
    return returns.length === 1 && returns[0] && fnFile ? resolveObject(project, fnFile, returns[0], depth + 1) : null;
  }
  return null;
}

/** True for a value made only of literals: nothing computed can reach it. */
function isLiteralContent(node: ts.Expression): boolean {
  const n = unwrap(node);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isNumericLiteral(n)) return true;
  if (n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isArrayLiteralExpression(n)) return n.elements.every(isLiteralContent);
  if (ts.isObjectLiteralExpression(n)) {
    return n.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralContent(p.initializer));
  }
  return false;
}

/** The text of a string-literal argument, or undefined for anything computed. */
function stringArgument(call: ts.CallExpression, index: number): string | undefined {
  const arg = call.arguments[index];
  return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined;
}

function booleanValue(node: ts.Expression): boolean | 'computed' {
  const n = unwrap(node);
  if (n.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (n.kind === ts.SyntaxKind.FalseKeyword) return false;
  return 'computed';
}

function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

function isWebContentsCreatedListener(fn: ts.Node | undefined): boolean {
  const call = fn?.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  const event = call.arguments[0];
  return !!event && ts.isStringLiteral(event) && event.text === 'web-contents-created';
}

/**
 * True when the call runs for every new web contents: inside an
 * `app.on('web-contents-created', …)` listener, directly or through a named
 * function such a listener calls.
 */
function runsForEveryWebContents(project: Project, call: ts.Node): boolean {
  const fn = enclosingFunction(call);
  if (isWebContentsCreatedListener(fn)) return true;
  const name = fn && ts.isFunctionDeclaration(fn) ? fn.name?.text : undefined;
  if (!name) return false;
  return calls(project, [name]).some(({ call: caller }) => isWebContentsCreatedListener(enclosingFunction(caller)));
}

// ---------------------------------------------------------------------- rules

const MUST_BE_TRUE = ['contextIsolation', 'sandbox'];
const MUST_NOT_BE_TRUE = [
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'webviewTag',
];
const WINDOW_CLASSES = ['BrowserWindow', 'BrowserView', 'WebContentsView'];

function checkWebPreferences(file: ts.SourceFile, prefs: ts.ObjectLiteralExpression): Finding[] {
  const out: Finding[] = [];
  for (const p of prefs.properties) {
    const plain = (ts.isPropertyAssignment(p) && propertyName(p.name)) || ts.isShorthandPropertyAssignment(p);
    if (!plain) out.push(finding(file, p, 'webPreferences spread, computed name or accessor: its values cannot be checked'));
  }
  for (const name of MUST_BE_TRUE) {
    const value = property(prefs, name);
    if (!value || booleanValue(value) !== true) {
      out.push(finding(file, value ?? prefs, `webPreferences.${name} must be the literal true`));
    }
  }
  for (const name of MUST_NOT_BE_TRUE) {
    const value = property(prefs, name);
    if (value && booleanValue(value) !== false) out.push(finding(file, value, `webPreferences.${name} must be absent or false`));
  }
  const webSecurity = property(prefs, 'webSecurity');
  if (webSecurity && booleanValue(webSecurity) !== true) {
    out.push(finding(file, webSecurity, 'webPreferences.webSecurity must be absent or true'));
  }
  const blink = property(prefs, 'enableBlinkFeatures');
  if (blink) out.push(finding(file, blink, 'webPreferences.enableBlinkFeatures turns on experimental Blink features'));
  return out;
}

/**
 * Every window's webPreferences, and every `webPreferences:` literal anywhere
 * (window options, overrideBrowserWindowOptions), hold the security checklist.
 */
export const secureWebPreferencesRule: Rule = (project) => {
  const out: Finding[] = [];
  const checked = new Set<ts.ObjectLiteralExpression>();
  const check = (file: ts.SourceFile, value: ts.Expression, where: ts.Node) => {
    const prefs = resolveObject(project, file, value);
    if (!prefs) return out.push(finding(file, where, 'webPreferences cannot be resolved to an object literal'));
    if (checked.has(prefs)) return;
    checked.add(prefs);
    out.push(...checkWebPreferences(prefs.getSourceFile(), prefs));
  };
  let windows = 0;
  for (const { node, file } of allNodes(project)) {
    if (ts.isNewExpression(node)) {
      const className = node.expression.getText(file).split('.').pop() ?? '';
      if (!WINDOW_CLASSES.includes(className)) continue;
      windows++;
      const arg = node.arguments?.[0];
      const options = arg ? resolveObject(project, file, arg) : null;
      const prefs = options && property(options, 'webPreferences');
      if (!prefs) out.push(finding(file, node, `new ${className}: webPreferences not found, its defaults cannot be checked`));
      else check(options.getSourceFile(), prefs, prefs);
    }
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'webPreferences') check(file, node.initializer, node);
  }
  if (windows === 0) out.push({ file: '*', line: 0, message: 'no window is created anywhere: the scan would check nothing' });
  return out;
};

/** Names of the functions that may vet a URL for shell.openExternal: safeExternalUrl(url), checkedUrl(url)… */
const URL_CHECK = /^(safe|checked|trusted|allowed)[A-Z]/;

/** A URL reaches shell.openExternal only as an https:/mailto: literal or through a checking function. */
export const openExternalRule: Rule = (project) =>
  calls(project, ['openExternal']).flatMap(({ call, file }) => {
    const url = call.arguments[0] && unwrap(call.arguments[0]);
    const literal = url && ts.isStringLiteral(url) && /^(https|mailto):/.test(url.text);
    const checked = url && ts.isCallExpression(url) && ts.isIdentifier(url.expression) && URL_CHECK.test(url.expression.text);
    return literal || checked ? [] : [finding(file, call, 'shell.openExternal on a URL that no checking function vetted')];
  });

/** The renderer comes from scholia://, never from file://, and no file protocol is registered. */
export const noFileProtocolRule: Rule = (project) => [
  ...calls(project, ['registerFileProtocol', 'interceptFileProtocol', 'loadFile']).map(({ call, file, name }) =>
    finding(file, call, `${name}: the app is served from its own scheme, not file://`),
  ),
  ...calls(project, ['handle'])
    .filter(({ call, receiver }) => receiver.endsWith('protocol') && stringArgument(call, 0) === 'file')
    .map(({ call, file }) => finding(file, call, 'protocol.handle("file"): the file protocol is not to be served')),
  ...allNodes(project)
    .filter(({ node }) => ts.isStringLiteralLike(node) || ts.isTemplateHead(node))
    .filter(({ node }) => /^file:\/\//i.test((node as ts.StringLiteralLike | ts.TemplateHead).text))
    .map(({ node, file }) => finding(file, node, 'file:// URL: the app loads nothing from file://')),
];

/** Devtools are never opened by production code. */
export const noDevToolsRule: Rule = (project) =>
  calls(project, ['openDevTools', 'toggleDevTools']).map(({ call, file, name }) =>
    finding(file, call, `${name} in production code`),
  );

/** Script and CSS injected into a page are fixed literals, never built from data. */
export const literalInjectionRule: Rule = (project) =>
  calls(project, ['executeJavaScript', 'executeJavaScriptInIsolatedWorld', 'insertCSS']).flatMap(({ call, file, name }) => {
    const content = call.arguments[name === 'executeJavaScriptInIsolatedWorld' ? 1 : 0];
    return content && isLiteralContent(content) ? [] : [finding(file, call, `${name} with content that is not a literal`)];
  });

function installedEverywhere(project: Project, found: ReturnType<typeof calls>, what: string): Finding[] {
  if (found.some(({ call }) => runsForEveryWebContents(project, call))) return [];
  const missing = found.length === 0 ? 'is never installed' : 'is not installed for every web contents';
  return [{ file: '*', line: 0, message: `${what} ${missing} (app.on('web-contents-created', …))` }];
}

/** Every web contents' session answers permission requests through a handler of the app's. */
export const permissionHandlerRule: Rule = (project) =>
  installedEverywhere(project, calls(project, ['setPermissionRequestHandler']), 'setPermissionRequestHandler');

/** Every web contents handles will-navigate and new-window requests. */
export const navigationLimitsRule: Rule = (project) => [
  ...installedEverywhere(
    project,
    calls(project, ['on', 'once']).filter(({ call }) => stringArgument(call, 0) === 'will-navigate'),
    "a 'will-navigate' listener",
  ),
  ...installedEverywhere(project, calls(project, ['setWindowOpenHandler']), 'setWindowOpenHandler'),
];

const IPC_METHODS = ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener'];

/** The listener's first statement refuses an untrusted sender: `if (!guard(event.senderFrame)) return …`. */
function checksSenderFirst(listener: ts.Expression | undefined): boolean {
  if (!listener || !(ts.isArrowFunction(listener) || ts.isFunctionExpression(listener))) return false;
  const event = listener.parameters[0]?.name;
  const first = ts.isBlock(listener.body) ? listener.body.statements[0] : undefined;
  if (!event || !ts.isIdentifier(event) || !first || !ts.isIfStatement(first)) return false;
  const condition = unwrap(first.expression);
  const then = first.thenStatement;
  const refuses = ts.isReturnStatement(then) || (ts.isBlock(then) && then.statements.some(ts.isReturnStatement));
  return (
    refuses &&
    ts.isPrefixUnaryExpression(condition) &&
    condition.operator === ts.SyntaxKind.ExclamationToken &&
    ts.isCallExpression(unwrap(condition.operand)) &&
    (unwrap(condition.operand) as ts.CallExpression).arguments.some((a) => a.getText() === `${event.text}.senderFrame`)
  );
}

/** IPC listeners are registered only by the registrar, and each checks its sender before anything else. */
export const guardedIpcRule: Rule = (project) =>
  calls(project, IPC_METHODS)
    .filter(({ receiver }) => /(^|\.)(ipcMain|ipc)$/.test(receiver))
    .flatMap(({ call, file, receiver, name }) => {
      if (file.fileName !== IPC_REGISTRAR) return [finding(file, call, `${receiver}.${name} outside ${IPC_REGISTRAR}`)];
      if (checksSenderFirst(call.arguments[1])) return [];
      return [finding(file, call, `${receiver}.${name} listener does not check its sender first`)];
    });

export const RULES = {
  'secure webPreferences for every window': secureWebPreferencesRule,
  'shell.openExternal only on checked URLs': openExternalRule,
  'no file:// loading or file protocol': noFileProtocolRule,
  'no devtools in production code': noDevToolsRule,
  'no injected script or CSS built from data': literalInjectionRule,
  'a permission request handler for every web contents': permissionHandlerRule,
  'navigation and new windows limited for every web contents': navigationLimitsRule,
  'every IPC listener behind the sender guard': guardedIpcRule,
} satisfies Record<string, Rule>;
