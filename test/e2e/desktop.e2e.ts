import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/browser';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();
const PATIENCE = 'our patience is not infinite';

async function open(): Promise<{ app: AppPage; server: TestServer }> {
  const server = await session.serve(await session.tempDir());
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: '+ Tag document' }).waitFor();
  return { app, server };
}

describe('desktop commands: the palette, the context menu and the native menu', () => {
  it('runs a command from the palette, and gives focus back when closed', async () => {
    const { app } = await open();
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).focus();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    const input = palette.getByRole('combobox', { name: 'Type a command' });
    await input.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await palette.getByRole('option').count()).toBeGreaterThan(8);
    await input.fill('op code');
    expect(await palette.getByRole('option').first().textContent()).toBe('Open the codebookCtrl+Shift+C');
    await app.screenshotVariants('palette');
    expect(await app.accessibilityViolations()).toEqual([]);

    // Escape closes it and focus goes back where it was.
    await input.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('+ Tag document');

    // Arrow keys and Enter run the chosen command.
    await page.keyboard.press('Control+Shift+P');
    await input.fill('codebook');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');
    await page.getByRole('heading', { name: 'Codebook' }).waitFor();
    expect(await palette.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('tags a selection from its context menu, opened by a right-click and by Shift+F10', async () => {
    const { app, server } = await open();
    const { page } = app;
    await dragSelect(page, PATIENCE);
    const box = await page.locator('article mark.hl-pending').first().boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Selection' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Tag…Ctrl+E', 'Highlight', 'Add note…', 'Copy with citation']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tag…Ctrl+E');
    // The selection stays visible under the menu.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PATIENCE);
    await app.screenshot('context-menu-selection-light');
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('context-menu-selection-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('quotes/Kerry');
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card', { hasText: PATIENCE }).waitFor();
    await popover.press('Escape');
    const passages = () => server.notebook.passages.list(server.notebook.library.list()[0]!.id);
    await expect.poll(async () => (await passages()).map((p) => p.quote.exact)).toEqual([PATIENCE]);

    // From the keyboard: Shift+F10 on a selection, Escape closes the menu again.
    await dragSelect(page, 'Syrian');
    await page.getByRole('dialog', { name: 'Tag the selection' }).waitFor();
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    // Opened near the window's right edge in a small window, it stays inside it.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Tag the selection' }).waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 820, height: 600 });
    await page.locator('article.article p', { hasText: 'accountable' }).first().scrollIntoViewIfNeeded();
    await dragSelect(page, 'accountable');
    const word = await page.locator('article mark.hl-pending').first().boundingBox();
    await page.mouse.click(word!.x + word!.width - 2, word!.y + word!.height / 2, { button: 'right' });
    await menu.waitFor();
    const placed = (await menu.boundingBox())!;
    expect(placed.x + placed.width).toBeLessThanOrEqual(820);
    await app.screenshot('context-menu-selection-small');
    expect(app.pageErrors).toEqual([]);
  });

  it('copies a passage with its citation from the passage context menu', async () => {
    const { app } = await open();
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await dragSelect(page, PATIENCE);
    await page.getByRole('dialog', { name: 'Tag the selection' }).getByRole('button', { name: 'Highlight' }).click();
    await page.keyboard.press('Escape');
    const mark = page.locator('article mark.hl', { hasText: PATIENCE });
    await expect.poll(() => mark.count()).toBe(1);
    await mark.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Passage' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Edit tags…', 'Add note…', 'Copy with citation', 'Delete passage']);
    await app.screenshot('context-menu-passage');
    await menu.getByRole('menuitem', { name: 'Copy with citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“our patience is not infinite” — .+, paragraph \d+/);
    expect(app.pageErrors).toEqual([]);
  });

  it('describes the native menu to main, with what applies now', async () => {
    const { server } = await open();
    await expect.poll(() => server.desktop.menus.length).toBeGreaterThan(0);
    const item = (id: string) => server.desktop.menus.at(-1)!.items.find((entry) => entry.id === id);
    expect(item('view.codebook')).toMatchObject({ menu: 'view', chord: 'Mod+Shift+C', enabled: true });
    // Once the reader is on screen, tagging a selection applies: the menu may first be described while it opens.
    await expect.poll(() => item('passage.tag-selection')?.enabled).toBe(true);
  });
});
