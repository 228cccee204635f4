import { describe, expect, it } from 'vitest';
import { openSearchable as openSearchableIn } from './support/searchable';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

const openSearchable = () => openSearchableIn(session);

describe('code all hits of a search', () => {
  it('codes the sentences holding "cessation of hostilities" with one tag, and one undo takes them all back', async () => {
    const { app } = await openSearchable();
    const { page } = app;
    await page.keyboard.press(`${MOD}+k`);
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('searchbox', { name: 'Search' }).fill('"cessation of hostilities"');
    await expect.poll(() => search.locator('.search-hit').count()).toBe(2);
    await search.getByRole('button', { name: 'Code all hits…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Code all hits' });
    const items = dialog.getByRole('list', { name: 'Proposed passages' }).getByRole('checkbox');
    await expect.poll(() => items.count()).toBe(2);
    expect(await dialog.getByLabel('Tag').inputValue()).toBe('search/cessation of hostilities');
    const texts = await dialog.locator('.code-hits-text').allTextContents();
    for (const text of texts) {
      expect(text.toLowerCase()).toContain('cessation of hostilities');
      // A whole sentence: it starts with a capital (or a quote mark) and ends with its full stop.
      expect(text).toMatch(/^[\p{Lu}“"‘'].*[.!?]["”’']?$/su);
    }
    // Paragraphs are longer than their sentences; the words alone are just the phrase.
    await dialog.getByLabel('Passage unit').selectOption('words');
    await expect.poll(() => dialog.locator('.code-hits-text').allTextContents()).toEqual(['cessation of hostilities', 'cessation of hostilities']);
    await dialog.getByLabel('Passage unit').selectOption('sentence');
    await expect.poll(() => dialog.locator('.code-hits-text').allTextContents()).toEqual(texts);

    // Select none leaves nothing to code; select all brings both back.
    await dialog.getByRole('button', { name: 'Select none' }).click();
    expect(await dialog.getByRole('button', { name: /^Code \d/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Select all' }).click();
    expect(await dialog.getByRole('status').textContent()).toContain('2 passages of 2 chosen');

    await dialog.getByLabel('Tag').fill('themes/ceasefire');
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('code-all-hits-dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Code 2 passages' }).click();
    await page.locator('.toast', { hasText: 'Coded 2 passages with “themes/ceasefire”' }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await search.press('Escape');

    const cards = page.locator('.passage-card', { hasText: 'themes/ceasefire' });
    await expect.poll(() => cards.count()).toBe(2);
    for (const text of texts) await page.locator('.passage-card', { hasText: text.slice(0, 60) }).first().waitFor();
    await page.keyboard.press(`${MOD}+Shift+C`);
    const usage = page.locator('.tag-row[data-tag-path="themes/ceasefire"] .tag-usage');
    await expect.poll(() => usage.innerText()).toBe('2 passages, 1 document');
    await app.screenshot('code-all-hits-codebook');

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => page.locator('.tag-row[data-tag-path="themes/ceasefire"]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Read', exact: true }).click();
    await expect.poll(() => page.locator('.passage-card').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
