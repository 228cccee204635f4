import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/browser';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const { tempDir } = session;

const PATIENCE = 'our patience is not infinite';
const QUOTE_START = '"Russia needs to understand';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Passages' });
const popover = (page: Page) => page.getByRole('dialog', { name: 'Tag the selection' });

async function open(): Promise<AppPage> {
  const server = await session.serve(await tempDir());
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
});
