/**
 * The concordance in Chromium, against the real notebook and its search
 * worker: "cessation" across the sample and two more articles, the matches
 * in one column, sorted by the words after, one click from the reader at the
 * match, and saved as CSV through the (stand-in) save dialog. Checked with
 * axe and screenshotted light, dark, small and at 150%.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../src/main/notebook/notebook';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const HEADLINE = "Kerry tells Russia US patience on Syria 'limited'";

const ARTICLES = [
  {
    title: 'Truce talks stall in Geneva',
    source: 'The Daily Star',
    publishedAt: '2016-05-05',
    text: `Truce talks stall in Geneva

Envoys said a nationwide cessation was still possible, but rebels asked for a cessation across all of Aleppo before any talks.

The opposition wants a cessation guaranteed by Washington and Moscow.`,
  },
  {
    title: 'Aid convoys wait at the border',
    source: 'AP',
    publishedAt: '2016-05-02',
    text: `Aid convoys wait at the border

Aid workers said the brief cessation allowed three convoys through before the shelling began again.`,
  },
];

async function importArticles(notebook: Notebook) {
  for (const { title, text, source, publishedAt } of ARTICLES) {
    const outcome = await notebook.imports.pasted(title, text);
    if (outcome.status !== 'imported') throw new Error('not imported');
    await notebook.details.update(outcome.document.id, { source, publishedAt });
  }
  await notebook.search.ready();
}

const grid = (page: Page) => page.getByRole('grid', { name: /Concordance of/ });
const lines = (page: Page) => grid(page).locator('.concordance-line');
const highlighted = (page: Page, name: string) =>
  page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(name) ?? [])].map((range) => range.toString());
  }, name);

describe('the concordance', () => {
  it('lines up every "cessation" in the notebook, sorts by the words after, opens the reader at a match and saves CSV', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    await importArticles(server.notebook);
    const expected = (await Promise.all(server.notebook.library.list().map((d) => server.notebook.reading.document(d.id)))).reduce(
      (sum, document) => sum + [...document.text.matchAll(/\bcessation\b/gi)].length,
      0,
    );
    expect(expected).toBeGreaterThanOrEqual(6);
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('tab', { name: 'Concordance' }).click();
    await page.getByRole('searchbox', { name: 'Concordance query' }).fill('cessation');
    await expect.poll(() => lines(page).count()).toBe(expected);
    expect(await page.locator('.concordance-status').textContent()).toBe(`${expected} matches in 3 documents`);

    // The matches stand in one column: every match starts at the same left edge.
    const lefts = await grid(page).locator('.cc-match mark').evaluateAll((marks) => marks.map((mark) => Math.round(mark.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    // And the words before end against it.
    const leftEnds = await grid(page).locator('.cc-left > span').evaluateAll((spans) => spans.map((span) => Math.round(span.getBoundingClientRect().right)));
    expect(Math.max(...leftEnds)).toBeLessThanOrEqual(lefts[0]!);

    await grid(page).getByRole('button', { name: 'Right context' }).click();
    expect(await grid(page).getByRole('columnheader', { name: /Right context/ }).getAttribute('aria-sort')).toBe('ascending');
    const rights = await lines(page).locator('.cc-right').allTextContents();
    const firstWords = rights.map((right) => right.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0] ?? '');
    expect(firstWords).toEqual([...firstWords].sort((a, b) => a.localeCompare(b)));
    expect(firstWords[0]).toBe('across');

    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await app.screenshotVariants('concordance');

    // Saved as shown: a header, then the rows in the order on screen.
    const target = join(dir, 'concordance.csv');
    server.desktop.dialogs.exportTo = target;
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await expect.poll(() => readFile(target, 'utf8').catch(() => '')).toContain('Left context,Match,Right context');
    const csv = await readFile(target, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = csv.slice(1).trimEnd().split('\r\n');
    expect(records).toHaveLength(expected + 1);
    expect(records[1]).toContain(rights[0]!);
    expect(server.desktop.asked.map((choice) => choice.title)).toEqual(['Save table as CSV']);

    // A click opens the reader at that match.
    const inSample = await lines(page).filter({ hasText: HEADLINE }).count();
    const sampleRow = lines(page).filter({ hasText: 'of hostilities' }).first();
    await sampleRow.click();
    await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
    await expect.poll(() => highlighted(page, 'scholia-search-current')).toEqual(['cessation']);
    const status = page.getByRole('status', { name: 'Search matches in this document' });
    // Every match of that article is a step of the reader's find bar.
    expect(await status.textContent()).toMatch(new RegExp(`match \\d of ${inSample}`));

    await page.getByRole('tab', { name: 'Concordance' }).click();
    await page.getByRole('searchbox', { name: 'Concordance query' }).fill('cessation');
    await expect.poll(() => lines(page).count()).toBe(expected);
    // Keyboard: a row takes focus, Down moves, Enter opens the reader at that match.
    await lines(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('3');
    const chosen = await page.evaluate(() => document.activeElement?.querySelector('.cc-headline')?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: chosen }).waitFor();
    await expect.poll(() => highlighted(page, 'scholia-search-current')).toEqual(['cessation']);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('is reached from search with its query', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    await server.notebook.search.ready();
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('searchbox', { name: 'Search' }).fill('"cessation of hostilities"');
    await expect.poll(() => search.locator('.search-hit').count()).toBe(2);
    await search.getByRole('button', { name: 'Show as concordance' }).click();
    expect(await page.getByRole('searchbox', { name: 'Concordance query' }).inputValue()).toBe('"cessation of hostilities"');
    await expect.poll(() => lines(page).count()).toBe(2);
    expect(await lines(page).locator('.cc-match').allTextContents()).toEqual(['cessation of hostilities', 'cessation of hostilities']);
    expect(app.pageErrors).toEqual([]);
  });
});
