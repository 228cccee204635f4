import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/browser';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();
const { tempDir } = session;

const PATIENCE = 'our patience is not infinite';
const SIEGE_PARAGRAPH = 'The United Nations says nearly 600,000 Syrians live in besieged areas of Syria, most surrounded by government forces.';
const OVERLAP = '600,000 Syrians live in besieged areas';

async function open(dataDir: string): Promise<{ app: AppPage; server: TestServer }> {
  const server = await session.serve(dataDir);
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: '+ Tag document' }).waitFor();
  return { app, server };
}

/** Selects text and applies a tag through the popover, typing it as a user would. */
async function tagSelection(page: Page, text: string, tag: string) {
  await dragSelect(page, text);
  const popover = page.getByRole('dialog', { name: 'Tag the selection' });
  await popover.waitFor();
  await popover.getByRole('combobox').fill(tag);
  await popover.getByRole('combobox').press('Enter');
  try {
    await page.locator('.passage-card', { hasText: text.slice(0, 20) }).first().waitFor({ timeout: 5000 });
  } catch (error) {
    await page.screenshot({ path: 'test-results/failed-tag-selection.png' });
    console.log('selection:', await page.evaluate(() => window.getSelection()?.toString()), 'typed:', await popover.getByRole('combobox').inputValue().catch(() => 'none'));
    throw error;
  }
  return popover;
}

const marksOf = (page: Page, text: string) => page.locator('article mark.hl', { hasText: text });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Passages' });

describe('passages and the codebook, as a user works', () => {
  it('tags, notes, overlaps, renames, jumps from the tag view, and keeps everything across a restart', async () => {
    const dataDir = await tempDir();
    const { app, server } = await open(dataDir);
    const { page } = app;

    // 1. Select a quote and tag it with a new tag.
    const first = await tagSelection(page, PATIENCE, 'quotes/Kerry');
    await first.press('Escape');
    await expect.poll(() => marksOf(page, PATIENCE).count()).toBe(1);
    expect(await marksOf(page, PATIENCE).textContent()).toBe(PATIENCE);

    // 2. Tag the 600,000 paragraph and write a note on it.
    const second = await tagSelection(page, SIEGE_PARAGRAPH, 'humanitarian');
    await second.getByRole('button', { name: 'Add note' }).click();
    await second.getByRole('textbox', { name: 'Note (Markdown)' }).fill('UN figure: **600,000** under siege');
    await second.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => panel(page).locator('.note-view strong').textContent()).toBe('600,000');

    // 3. An overlapping passage inside it, with another tag: both stay visible and clickable.
    const third = await tagSelection(page, OVERLAP, 'themes/sieges');
    await third.press('Escape');
    const nested = page.locator('article mark.hl-nested', { hasText: OVERLAP });
    await expect.poll(() => nested.count()).toBe(1);
    expect((await nested.getAttribute('data-passage-ids'))!.split(' ')).toHaveLength(2);
    expect(await page.locator('article mark.hl', { hasText: 'The United Nations says nearly' }).count()).toBe(1);
    await nested.click();
    const here = page.getByRole('dialog', { name: '2 passages here' });
    await here.waitFor();
    expect(await here.locator('.passage-card').count()).toBe(2);
    await page.keyboard.press('Escape');

    expect(await panel(page).locator('.passage-card').count()).toBe(3);
    await app.screenshot('passages-reader');

    // 4. Rename humanitarian to themes/humanitarian in the codebook.
    await page.getByRole('tab', { name: 'Codebook' }).click();
    const row = page.locator('li.tag-row[data-tag-path="humanitarian"]');
    expect(await row.locator('.tag-usage').textContent()).toBe('1 passage, 1 document');
    await row.click();
    await page.getByRole('region', { name: 'Tag humanitarian' }).getByRole('button', { name: 'Rename' }).click();
    await row.getByRole('textbox', { name: /New name/ }).fill('themes/humanitarian');
    await row.getByRole('textbox', { name: /New name/ }).press('Enter');
    await page.locator('li.tag-row[data-tag-path="themes/humanitarian"]').waitFor();
    await app.screenshot('passages-codebook');

    // 5. The tag view lists every passage under "themes"; a click jumps back to the reader.
    await page.locator('li.tag-row[data-tag-path="themes"]').dblclick();
    const view = page.getByRole('region', { name: 'Tag view' });
    await expect.poll(() => view.locator('.tagged-item').count()).toBe(2);
    expect(await view.locator('.tagged-item mark').allTextContents()).toEqual([SIEGE_PARAGRAPH, OVERLAP]);
    await app.screenshot('passages-tag-view');
    await view.locator('.tagged-quote', { hasText: SIEGE_PARAGRAPH }).click();
    await page.getByTestId('reader').waitFor();
    await expect.poll(() => page.locator('article mark.hl-flash').count()).toBeGreaterThan(0);
    const flashed = await page.locator('article mark.hl-flash').allTextContents();
    expect(flashed.join('')).toBe(SIEGE_PARAGRAPH);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);

    // 6. Restart: everything is still there.
    await session.stop(server);
    const { app: reopened } = await open(dataDir);
    const again = reopened.page;
    await expect.poll(() => panel(again).locator('.passage-card').count()).toBe(3);
    expect(await panel(again).locator('.tag-chip-name').allTextContents()).toEqual(
      expect.arrayContaining(['quotes/Kerry', 'themes/humanitarian', 'themes/sieges']),
    );
    expect((await panel(again).locator('.note-view').textContent())?.trim()).toBe('UN figure: 600,000 under siege');
    expect(await marksOf(again, PATIENCE).count()).toBe(1);
  });

  it('undoes an accidental delete with the toast or Ctrl+Z', async () => {
    const { app } = await open(await tempDir());
    const { page } = app;
    const popover = await tagSelection(page, PATIENCE, 'quotes/Kerry');
    await popover.press('Escape');
    const card = panel(page).locator('.passage-card').first();

    await card.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => panel(page).locator('.passage-card').count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel(page).locator('.passage-card').count()).toBe(1);

    await panel(page).locator('.passage-card').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => marksOf(page, PATIENCE).count()).toBe(0);
    await page.locator('body').press('Control+z');
    await expect.poll(() => marksOf(page, PATIENCE).count()).toBe(1);
  });

  it('refuses a selection of only spaces with a message and changes nothing', async () => {
    const { app, server } = await open(await tempDir());
    const { page } = app;
    const documentId = server.notebook.library.list()[0]!.id;
    await page.evaluate(() => {
      const paragraph = document.querySelector('p.block-paragraph')!.firstChild!;
      const range = document.createRange();
      range.setStart(paragraph, 2);
      range.setEnd(paragraph, 3); // "S" of "US Secretary" is at 0..2; index 2 is the space
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+e');
    await page.getByRole('status').getByText(/no article text/).waitFor();
    expect(await server.notebook.passages.list(documentId)).toEqual([]);
  });
});
