import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragSelect } from './support/select-text';
import { openSearchable as openSearchableIn } from './support/searchable';
import { useE2eSession } from './support/session';

const session = useE2eSession();

const openSearchable = () => openSearchableIn(session);

async function search(page: Page, query: string) {
  const dialog = page.getByRole('dialog', { name: 'Search' });
  if (!(await dialog.isVisible())) await page.keyboard.press('Control+k');
  await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
  return dialog;
}

const hits = (page: Page) => page.getByRole('dialog', { name: 'Search' }).locator('.search-hit');
const highlighted = (page: Page, name: string) =>
  page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(name) ?? [])].map((range) => range.toString());
  }, name);

describe('search, as a user types', () => {
  it('finds "patience", opens the reader at the quote and lights the word up', async () => {
    const { app } = await openSearchable();
    const { page } = app;
    await search(page, 'patience');
    await expect.poll(() => hits(page).count()).toBeGreaterThan(0);
    const quote = hits(page).filter({ hasText: 'our patience is not infinite' });
    expect(await quote.locator('.search-hit-label').textContent()).toBe('Paragraph 2');
    expect(await quote.locator('.search-snippet mark').first().textContent()).toBe('patience');
    await app.screenshot('search-results');
    await quote.click();

    await expect.poll(() => highlighted(page, 'scholia-search-current')).toEqual(['patience']);
    const status = page.getByRole('status', { name: 'Search matches in this document' });
    expect(await status.textContent()).toMatch(/“patience”: match \d+ of \d+/);
    // The current match is in view.
    const inView = await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('scholia-search-current')!][0]!;
      const rect = range.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await app.screenshot('search-in-reader');
    // Next match.
    const before = await status.textContent();
    await page.keyboard.press('Control+g');
    await expect.poll(() => status.textContent()).not.toBe(before);
  });

  it('matches the exact phrase "cessation of hostilities" in exactly the two paragraphs that hold it', async () => {
    const { app } = await openSearchable();
    const { page } = app;
    await search(page, '"cessation of hostilities"');
    await expect.poll(() => hits(page).count()).toBe(2);
    const snippets = await hits(page).locator('.search-snippet').allTextContents();
    for (const snippet of snippets) expect(snippet.toLowerCase()).toContain('cessation of hostilities');
    expect(await hits(page).locator('.search-hit-label').allTextContents()).toEqual(['Paragraph 4', 'Paragraph 5']);
  });

  it('finds a passage tagged actors/Zarif with tag:actors, within a second of tagging', async () => {
    const { app } = await openSearchable();
    const { page } = app;
    await dragSelect(page, 'Mohammad Javad Zarif');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('actors/Zarif');
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card', { hasText: 'Mohammad Javad Zarif' }).waitFor();
    await popover.press('Escape');

    const started = Date.now();
    await search(page, 'tag:actors Zarif');
    await expect.poll(() => hits(page).filter({ hasText: 'Mohammad Javad Zarif' }).count(), { timeout: 1000 }).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
    const hit = hits(page).first();
    expect(await hit.locator('.search-hit-label').textContent()).toBe('Passage');
    expect(await hit.locator('.tag-chip-name').allTextContents()).toEqual(['actors/Zarif']);
  });

  it('says why a query cannot be read, keeps the last results, and stays usable', async () => {
    const { app } = await openSearchable();
    const { page } = app;
    const dialog = await search(page, 'Kerry');
    await expect.poll(() => hits(page).count()).toBeGreaterThan(0);
    const count = await hits(page).count();
    for (const bad of ['title:', '~~']) {
      await dialog.getByRole('searchbox').fill(bad);
      await expect.poll(() => dialog.getByRole('alert').count()).toBe(1);
      expect((await dialog.getByRole('alert').textContent())!.length).toBeGreaterThan(10);
      expect(await hits(page).count()).toBe(count);
    }
    await app.screenshot('search-bad-query');
    await dialog.getByRole('searchbox').fill('Aleppo');
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    await expect.poll(() => hits(page).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
