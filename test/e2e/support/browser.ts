/**
 * Drives Debian's Chromium with playwright-core. The page gets the real
 * `buildBridge`, wired to the test server instead of ipcRenderer (calls over
 * HTTP, events pushed into the page), so the renderer runs exactly as in the
 * app, under the production CSP.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHANNELS, EVENT_CHANNELS } from '../../../src/shared/api';
import { buildBridge } from '../../../src/shared/bridge';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));

/** Flags that keep headless Chromium off the network and quiet on a machine without one. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a fresh, empty --user-data-dir.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface AppPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Errors printed to the console or thrown by the page. */
  pageErrors: string[];
  cspViolations(): Promise<string[]>;
  screenshot(name: string): Promise<string>;
  /** Screenshots in the light and dark appearance, a small window and at 150% zoom; the paths. */
  screenshotVariants(name: string): Promise<string[]>;
  /** What axe-core finds against WCAG 2.1 A and AA in what the page shows, one line per failing element. */
  accessibilityViolations(): Promise<string[]>;
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the page is wired to: the server's address, and its events when it sends any. */
export interface AppServer {
  url: string;
  onEvent?: (listener: (channel: string, payload: unknown) => void) => () => void;
}

export async function openApp(browser: Browser, server: AppServer): Promise<AppPage> {
  const serverUrl = server.url;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // Answers cross as JSON text, parsed in the page: handing Playwright the object graph instead costs
  // seconds for a large library, which Electron's IPC (a structured clone) does not.
  await page.exposeFunction('__scholiaInvoke', async (channel: string, input: unknown) => {
    const response = await fetch(`${serverUrl}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    return response.text();
  });
  await page.addInitScript(
    // tsx (used by the benchmarks) wraps functions in a __name() helper that serialized code must find.
    `globalThis.__name = (target) => target;
     window.__scholiaListeners = new Map();
     window.__scholiaEmit = (channel, payload) => { for (const listener of window.__scholiaListeners.get(channel) ?? []) listener(payload); };
     window.scholia = (${buildBridge.toString()})(
       ${JSON.stringify(CHANNELS)},
       (channel, input) => window.__scholiaInvoke(channel, input).then((text) => JSON.parse(text)),
       ${JSON.stringify(EVENT_CHANNELS)},
       (channel, listener) => {
         const set = window.__scholiaListeners.get(channel) ?? new Set();
         window.__scholiaListeners.set(channel, set.add(listener));
         return () => set.delete(listener);
       },
     );
     window.__cspViolations = [];
     document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
  // Events reach the page as the preload would deliver them: the payload, nothing else.
  const stopEvents = server.onEvent?.((channel, payload) => {
    if (page.isClosed()) return;
    page
      .evaluate(([name, data]) => (window as unknown as { __scholiaEmit(c: string, p: unknown): void }).__scholiaEmit(name, data), [channel, payload] as const)
      .catch(() => undefined);
  });
  page.on('close', () => stopEvents?.());
  await page.goto(`${serverUrl}/index.html`);
  return {
    page,
    requests,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    screenshot: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    screenshotVariants: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const paths: string[] = [];
      const shoot = async (variant: string) => {
        const path = `${SCREENSHOT_DIR}${name}-${variant}.png`;
        await page.screenshot({ path });
        paths.push(path);
      };
      const size = page.viewportSize()!;
      await shoot('light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shoot('dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 820, height: 600 });
      await shoot('small');
      await page.setViewportSize(size);
      // Set through the CSSOM, which the page's CSP allows, as the window's zoom would scale it.
      await page.evaluate(() => void (document.documentElement.style.zoom = '1.5'));
      await shoot('zoom150');
      await page.evaluate(() => void (document.documentElement.style.zoom = ''));
      return paths;
    },
    accessibilityViolations: async () => {
      // Evaluated by the debugger protocol, which the page's CSP does not govern; the page itself still runs under it.
      await page.evaluate(axeSource());
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      });
    },
  };
}
