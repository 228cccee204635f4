/**
 * The Quotes list in Chromium, against the real notebook and its quote
 * worker, on the sample article: Kerry's quotations are his; accept all
 * puts them under quotes/John Kerry in the codebook and one undo takes them back;
 * a corrected speaker is shown; a rejected quotation stays gone after a
 * restart. The list is checked with axe and screenshotted light, dark, small
 * and at 150%.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const HEADLINE = "Kerry tells Russia US patience on Syria 'limited'";

/** Kerry's six quotations in the sample, by their words: five direct, and "told Russia … to respect" reported. */
const KERRYS = [
  'respect a fragile ceasefire',
  'Russia needs to understand',
  'We also are prepared to hold accountable',
  'It is very clear that the cessation',
  'This is a critical moment',
  "I'm not going to make any promises",
];
const KERRYS_BY_NAME = [KERRYS[1]!, KERRYS[3]!, KERRYS[4]!];

async function openQuotes(page: Page): Promise<Locator> {
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  await page.getByRole('tablist', { name: 'Beside the article' }).getByRole('tab', { name: /^Quotes/ }).click();
  const list = page.getByRole('list', { name: 'Quotations in reading order' });
  await list.waitFor();
  return list;
}

const row = (list: Locator, words: string) => list.getByRole('article').filter({ hasText: words });

describe('the Quotes list', () => {
  it('shows Kerry’s quotations as his, accepts all under quotes/John Kerry, undoes, corrects a speaker, and keeps a rejection after a restart', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    const app = await session.open(server);
    const { page } = app;
    const list = await openQuotes(page);
    await expect.poll(() => list.getByRole('article').count()).toBeGreaterThanOrEqual(5);
    for (const words of KERRYS_BY_NAME) expect(await row(list, words).getAttribute('aria-label')).toBe('Quote by John Kerry');
    const kerrys = await list.getByRole('article', { name: 'Quote by John Kerry' }).count();

    // Enter on a quotation shows it in the reader, selected.
    await row(list, KERRYS[4]!).getByRole('button', { name: /This is a critical moment/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('This is a critical moment');

    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('quotes-list');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    const total = await list.getByRole('article').count();
    expect(await page.locator('.quotes-preview').textContent()).toContain('quotes/John Kerry');
    await page.getByRole('button', { name: `Accept all (${total})` }).click();
    await page.locator('.toast', { hasText: `Coded ${total} quotes` }).waitFor();
    await expect.poll(() => list.getByText('Coded', { exact: true }).count()).toBe(total);

    await page.keyboard.press(`${MOD}+Shift+C`);
    const usage = page.locator('.tag-row[data-tag-path="quotes/John Kerry"] .tag-usage');
    await expect.poll(() => usage.innerText()).toBe(`${kerrys} passages, 1 document`);
    await app.screenshot('quotes-accepted-codebook');

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => page.locator('.tag-row[data-tag-path="quotes/John Kerry"]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Read', exact: true }).click();
    const again = await openQuotes(page);
    await expect.poll(() => again.getByText('Coded', { exact: true }).count()).toBe(0);

    // A speaker corrected inline is shown at once.
    await row(again, KERRYS_BY_NAME[0]!).getByRole('button', { name: /^Edit speaker/ }).click();
    const field = page.getByRole('textbox', { name: /Speaker of this quote/ });
    await field.fill('Jon Kerrey');
    await field.press('Enter');
    await expect.poll(() => again.getByRole('article', { name: 'Quote by Jon Kerrey' }).count()).toBe(1);
    await expect.poll(() => again.getByRole('article', { name: 'Quote by John Kerry' }).count()).toBe(kerrys - 1);

    await row(again, KERRYS[1]!).getByRole('button', { name: /^Reject/ }).click();
    await expect.poll(() => row(again, KERRYS[1]!).count()).toBe(0);
    await page.getByText('One rejected quote is hidden.').waitFor();
    expect(app.pageErrors).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);

    await session.stop(server);
    const restarted = await session.serve(dir);
    const reopened = await session.open(restarted);
    const after = await openQuotes(reopened.page);
    await expect.poll(() => after.getByRole('article').count()).toBe(total - 1);
    expect(await row(after, KERRYS[1]!).count()).toBe(0);
    await reopened.page.getByText('One rejected quote is hidden.').waitFor();
  });

  // Needs the improved finder (pronouns and reported speech); skipped, with this reason, until it is merged.
  it('gives all six of Kerry’s quotations to him, the “he said” and “he added” ones too, and shows the UN’s reported speech as indirect', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    const app = await session.open(server);
    const list = await openQuotes(app.page);
    await expect.poll(() => list.getByRole('article', { name: /^Quote by (John )?Kerry$/ }).count()).toBeGreaterThanOrEqual(6);
    for (const words of KERRYS) expect(await row(list, words).getAttribute('aria-label')).toMatch(/^Quote by (John )?Kerry$/);
    expect(await row(list, 'We also are prepared').textContent()).toContain('by pronoun');
    const un = row(list, 'nearly 600,000 Syrians');
    expect(await un.textContent()).toContain('indirect');
    expect(await un.getAttribute('aria-label')).toMatch(/United Nations|UN/);
  });
});
