/**
 * The one test of the real Electron glue (window, preload, ipcMain, the
 * scholia:// protocol). It needs Electron's binary, which installs that skip
 * its download (ELECTRON_SKIP_BINARY_DOWNLOAD=1) do not have; there it
 * reports itself skipped with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs();

/** Finds Electron's binary without requiring the package, which would start a download. */
function electronBinary(): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

describe('the Electron app', () => {
  it('opens its window on the sample article through the real preload bridge', async (context) => {
    const binary = electronBinary();
    if (!binary) {
      context.skip('no Electron binary in node_modules/electron/dist (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)');
      return;
    }
    const userData = await tempDir();
    const app = await electron.launch({
      executablePath: binary,
      args: [root, `--user-data-dir=${userData}`, '--no-sandbox'],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('scholia://app/index.html');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Kerry tells Russia/);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { scholia: object }).scholia).sort())).toEqual(['documents', 'library', 'notices', 'session']);
    } finally {
      await app.close();
    }
  });
});
