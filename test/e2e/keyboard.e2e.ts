import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/browser';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();
const { tempDir } = session;

const PATIENCE = 'our patience is not infinite';
const QUOTE_START = '"Russia needs to understand';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Passages' });
const popover = (page: Page) => page.getByRole('dialog', { name: 'Tag the selection' });

async function open(prepare?: (server: TestServer) => Promise<unknown>): Promise<AppPage> {
  const server = await session.serve(await tempDir());
  await prepare?.(server);
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: '+ Tag document' }).waitFor();
  await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return app;
}

/** What the page says about the keyboard's place: the caret's block text, the text after the caret in it, the selection. */
const caretState = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection()!;
    const block = selection.focusNode?.parentElement?.closest('[data-block]');
    const after = document.createRange();
    if (block && selection.focusNode) {
      after.setStart(selection.focusNode, selection.focusOffset);
      after.setEnd(block, block.childNodes.length);
    }
    return { block: block?.textContent ?? '', after: block ? after.toString() : '', selected: selection.toString(), focused: document.activeElement?.tagName ?? '' };
  });

/** Presses `key` until the state says so, as a user watching the caret would; fails after `limit` presses. */
async function pressUntil(page: Page, key: string, done: (state: Awaited<ReturnType<typeof caretState>>) => boolean, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (done(await caretState(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ×${limit} did not get there: ${JSON.stringify(await caretState(page))}`);
}

/** Whether focus is inside the element the locator names. */
const focusInside = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);

describe('coding with the keyboard alone', () => {
  it('selects a quote with the caret, tags it and writes its note without the mouse', async () => {
    const app = await open();
    const { page } = app;

    // F7 starts the caret at the first line on screen and says which keys do what.
    await page.keyboard.press('F7');
    await page.getByRole('status').filter({ hasText: 'Selecting with the keyboard' }).waitFor();
    expect((await caretState(page)).focused).toBe('ARTICLE');

    // By paragraph to the quote, by word to "our", then Shift+Ctrl+→ five words.
    await pressUntil(page, 'Control+ArrowDown', (s) => s.block.startsWith(QUOTE_START) && s.after === s.block);
    await pressUntil(page, 'Control+ArrowRight', (s) => s.after.startsWith(' our patience'));
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
    expect((await caretState(page)).selected).toBe(PATIENCE);
    // A character back and forth again: Shift+← shrinks, Shift+→ grows.
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await caretState(page)).selected).toBe(PATIENCE.slice(0, -1));
    await page.keyboard.press('Shift+ArrowRight');
    await app.screenshot('keyboard-selection');

    // Ctrl+E opens the popover on it, with focus in the tag box.
    await page.keyboard.press('Control+e');
    await popover(page).waitFor();
    expect(await focusInside(page, '.popover')).toBe(true);
    await page.keyboard.type('quotes/Kerry');
    await page.keyboard.press('Enter');
    await panel(page).locator('.passage-card', { hasText: PATIENCE }).waitFor();
    await popover(page).locator('.tag-chip', { hasText: 'quotes/Kerry' }).waitFor();

    // Tab and Shift+Tab go round the popover's controls and never leave it.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page, '.popover')).toBe(true);
    }
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(page, '.popover')).toBe(true);
    }
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshot('keyboard-popover');

    // To "Add note", write it, save with Ctrl+Enter: the popover closes and focus is back on the article's caret.
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Add note'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await popover(page).getByRole('textbox', { name: 'Note (Markdown)' }).waitFor();
    await page.keyboard.type('Kerry warns **Russia**');
    await page.keyboard.press('Control+Enter');
    await popover(page).waitFor({ state: 'detached' });
    expect((await caretState(page)).focused).toBe('ARTICLE');

    const card = panel(page).locator('.passage-card', { hasText: PATIENCE });
    expect(await card.locator('.tag-chip-name').allTextContents()).toEqual(['quotes/Kerry']);
    await expect.poll(() => card.locator('.note-view strong').textContent()).toBe('Russia');
    expect(await page.locator('article mark.hl', { hasText: PATIENCE }).count()).toBe(1);
    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a popover opened at the bottom edge of a small window inside it', async () => {
    const app = await open();
    const { page } = app;
    await page.setViewportSize({ width: 820, height: 600 });
    await page.keyboard.press('F7');
    await pressUntil(page, 'Control+ArrowDown', (s) => s.block.startsWith(QUOTE_START) && s.after === s.block);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    // The selected words brought to the window's bottom edge, where a popover below them would not fit.
    await page.evaluate(() => {
      const reader = document.querySelector<HTMLElement>('[data-testid="reader"]')!;
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      reader.scrollBy({ top: rect.bottom - (window.innerHeight - 12) });
    });
    await page.keyboard.press('Control+e');
    await popover(page).waitFor();
    await page.waitForTimeout(100);
    const box = (await popover(page).boundingBox())!;
    const selection = await page.evaluate(() => document.querySelector('article mark.hl-pending')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(box.x + box.width).toBeLessThanOrEqual(820);
    // Flipped above the selection rather than over it.
    expect(box.y + box.height).toBeLessThanOrEqual(selection.top);
    await app.screenshot('keyboard-popover-edge');
    expect(await app.accessibilityViolations()).toEqual([]);
  });

  it('moves tags in the codebook tree with the keyboard', async () => {
    const app = await open(async ({ notebook }) => {
      await notebook.tags.create({ name: 'actors/Kerry' });
      await notebook.tags.create({ name: 'Zarif' });
    });
    const { page } = app;
    const row = (path: string) => page.locator(`[role="treeitem"][data-tag-path="${path}"]`);
    const focusedPath = () => page.evaluate(() => document.activeElement?.getAttribute('data-tag-path') ?? document.activeElement?.textContent ?? null);

    await page.keyboard.press('Control+Shift+C');
    await page.getByRole('tree', { name: 'Tags' }).waitFor();
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'treeitem'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedPath()).toBe('actors');

    // ↓ to Kerry, ← to its parent, ← closes it, → opens it again.
    await page.keyboard.press('ArrowDown');
    expect(await focusedPath()).toBe('actors/Kerry');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedPath()).toBe('actors');
    await page.keyboard.press('ArrowLeft');
    expect(await row('actors').getAttribute('aria-expanded')).toBe('false');
    expect(await row('actors/Kerry').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await row('actors').getAttribute('aria-expanded')).toBe('true');

    // Zarif, at the top level, goes under the tag above it with Alt+→ and comes out with Alt+←.
    await page.keyboard.press('End');
    expect(await focusedPath()).toBe('Zarif');
    await page.keyboard.press('Alt+ArrowRight');
    await row('actors/Zarif').waitFor();
    expect(await row('actors/Zarif').getAttribute('aria-level')).toBe('2');
    expect(await focusedPath()).toBe('actors/Zarif');
    await page.keyboard.press('Alt+ArrowLeft');
    await row('Zarif').waitFor();
    expect(await row('Zarif').getAttribute('aria-level')).toBe('1');

    // "Move to…" in the details: a dialog that holds focus, then focus is back on the button.
    for (let i = 0; i < 20 && (await focusedPath()) !== 'Move to…'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Move “Zarif” under…' });
    await dialog.waitFor();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page, '.modal')).toBe(true);
    }
    await dialog.getByRole('combobox').focus();
    await page.keyboard.type('Kerry');
    await page.keyboard.press('Enter');
    await row('actors/Kerry/Zarif').waitFor();
    expect(await focusedPath()).toBe('Move to…');

    // F2 renames in place by the full path.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'treeitem'; i += 1) await page.keyboard.press('Shift+Tab');
    expect(await focusedPath()).toBe('actors/Kerry/Zarif');
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: /New name for actors\/Kerry\/Zarif/ });
    expect(await field.inputValue()).toBe('actors/Kerry/Zarif');
    await page.keyboard.type('Javad Zarif');
    await page.keyboard.press('Enter');
    await row('actors/Kerry/Javad Zarif').waitFor();
    await expect.poll(focusedPath).toBe('actors/Kerry/Javad Zarif');

    await app.screenshotVariants('keyboard-codebook');
    expect(await app.accessibilityViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
