/**
 * Drives Debian's Chromium with playwright-core. The page gets the real
 * `buildBridge`, wired to the test server instead of ipcRenderer, so the
 * renderer runs exactly as in the app, under the production CSP.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHANNELS } from '../../../src/shared/api';
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
}

export async function openApp(browser: Browser, serverUrl: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.exposeFunction('__scholiaInvoke', async (channel: string, input: unknown) => {
    const response = await fetch(`${serverUrl}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    return response.json();
  });
  await page.addInitScript(
    // tsx (used by the benchmarks) wraps functions in a __name() helper that serialized code must find.
    `globalThis.__name = (target) => target;
     window.scholia = (${buildBridge.toString()})(${JSON.stringify(CHANNELS)}, (channel, input) => window.__scholiaInvoke(channel, input));
     window.__cspViolations = [];
     document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
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
  };
}
