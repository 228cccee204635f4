/**
 * Every view, in every theme, checked with axe-core against WCAG 2.1 A and
 * AA: the reader with tagged and overlapping passages, the codebook, passages
 * by tag, search, memos, analysis, attributes, backups, the appearance panel
 * and the dialogs. Any violation fails, and each is listed with its element.
 * Also: one main landmark and labelled side regions in every view, and a
 * highlight read out with its tags.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/shared/settings';
import type { AppPage } from './support/browser';
import { codeSampleArticle } from './support/coded-notebook';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();
const THEMES: Theme[] = ['light', 'dark', 'sepia'];

const codedNotebook = async () => codeSampleArticle(await session.serve(await session.tempDir()));

interface ViewCheck {
  name: string;
  open: (page: Page) => Promise<void>;
}

const tab = (name: string) => async (page: Page) => {
  await page.getByRole('tab', { name, exact: true }).click();
};

/** Each view and dialog, opened from the reader as a user would. */
const VIEWS: ViewCheck[] = [
  { name: 'reader', open: async (page) => void (await page.locator('article mark.hl').first().waitFor()) },
  {
    name: 'passage popover',
    open: async (page) => {
      const mark = page.locator('article mark.hl', { hasText: 'our patience' }).first();
      await mark.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await mark.click();
      await page.getByRole('dialog').first().waitFor();
    },
  },
  { name: 'codebook', open: async (page) => (await tab('Codebook')(page), await page.getByRole('heading', { name: 'Codebook' }).waitFor()) },
  {
    name: 'tag view',
    open: async (page) => {
      await tab('By tag')(page);
      await page.getByLabel('Tag', { exact: true }).selectOption({ label: 'actors/Kerry' });
      await page.locator('.tagged-quote').first().waitFor();
    },
  },
  { name: 'memos', open: async (page) => (await tab('Memos')(page), await page.getByText('Week one').first().waitFor()) },
  { name: 'analysis', open: async (page) => (await tab('Analysis')(page), await page.locator('.analysis-chart').first().waitFor()) },
  { name: 'attributes', open: async (page) => (await tab('Attributes')(page), await page.getByText('outlet type').first().waitFor()) },
  { name: 'entities', open: async (page) => (await tab('Entities')(page), await page.getByRole('grid', { name: 'Entities' }).getByRole('row', { name: /John Kerry/ }).waitFor()) },
  { name: 'backups', open: async (page) => (await tab('Backups')(page), await page.getByRole('heading', { name: 'Backups' }).waitFor()) },
  {
    name: 'search',
    open: async (page) => {
      await page.getByRole('button', { name: /^Search/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.getByRole('searchbox', { name: 'Search' }).fill('patience');
      await dialog.getByRole('list', { name: 'Search results' }).locator('mark').first().waitFor();
    },
  },
  {
    name: 'appearance panel',
    open: async (page) => {
      await page.getByRole('button', { name: 'Appearance' }).click();
      await page.getByRole('dialog', { name: 'Appearance' }).waitFor();
    },
  },
  { name: 'details dialog', open: async (page) => (await page.getByRole('button', { name: 'Details…' }).click(), await page.getByRole('dialog').waitFor()) },
  { name: 'delete dialog', open: async (page) => (await page.getByRole('button', { name: 'Delete…' }).click(), await page.getByRole('dialog').waitFor()) },
  {
    name: 'export dialog',
    open: async (page) => (await page.getByRole('button', { name: 'Export…', exact: true }).first().click(), await page.getByRole('dialog').waitFor()),
  },
  { name: 'paste dialog', open: async (page) => (await page.getByRole('button', { name: 'Paste text…' }).click(), await page.getByRole('dialog').waitFor()) },
];

async function openIn(server: TestServer, theme: Theme): Promise<AppPage> {
  await server.notebook.viewSettings.set({ theme });
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  expect(await app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
  return app;
}

describe('accessibility', () => {
  it.each(THEMES)('finds no WCAG 2.1 A or AA violation in any view in the %s theme', async (theme) => {
    const server = await codedNotebook();
    const found: string[] = [];
    // A fresh window per view, so each is checked as it first opens.
    for (const view of VIEWS) {
      const app = await openIn(server, theme);
      await view.open(app.page);
      found.push(...(await app.accessibilityViolations()).map((violation) => `${view.name}: ${violation}`));
      expect(await app.page.getByRole('main').count(), `${view.name} has one main landmark`).toBe(1);
      expect(app.pageErrors).toEqual([]);
      await app.page.context().close();
    }
    expect(found).toEqual([]);
  });

  it('labels the side regions and reads a highlight out with its tags, outside the selectable text', async () => {
    const server = await codedNotebook();
    const app = await openIn(server, 'light');
    const { page } = app;
    await page.getByRole('navigation', { name: 'Library' }).waitFor();
    await page.getByRole('complementary', { name: 'Passages' }).waitFor();
    const mark = page.locator('article mark.hl', { hasText: 'our patience' }).first();
    await mark.waitFor();
    expect(await mark.getAttribute('data-label')).toBe('highlight: actors/Kerry, themes/ceasefire');
    expect(await page.locator('article.article').ariaSnapshot()).toContain('(highlight: actors/Kerry, themes/ceasefire)');
    // What assistive technology gets: Chromium's own accessibility tree has the words, font size 0 or not.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; name?: { value?: string } }[] };
    const spoken = nodes.filter((node) => !node.ignored).map((node) => node.name?.value ?? '');
    expect(spoken.some((name) => name.startsWith('(highlight: actors/Kerry, themes/ceasefire)'))).toBe(true);
    // The text a selection maps to, and what a copy takes, hold only the article's words.
    const paragraph = mark.locator('xpath=ancestor::*[@data-block][1]');
    expect(await paragraph.textContent()).not.toContain('highlight');
    await paragraph.evaluate((element) => window.getSelection()!.selectAllChildren(element));
    expect(await page.evaluate(() => window.getSelection()!.toString())).not.toContain('highlight');
  });
});
