/**
 * The window's layout measured, not eyeballed: in a 900×600 window and at
 * 150% zoom the article keeps at least 45 characters a line and every
 * visible control stays inside the window; the side panes resize from the
 * keyboard and by dragging, hide and come back, and remember their widths;
 * the appearance panel changes theme and type live and keeps them.
 * Screenshots of the reader and codebook in each theme and at 150%.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/browser';
import { codeSampleArticle } from './support/coded-notebook';
import { useE2eSession } from './support/session';
import type { TestServer } from './support/test-server';

const session = useE2eSession();

const codedNotebook = async () => codeSampleArticle(await session.serve(await session.tempDir()));

async function openReader(server: TestServer): Promise<AppPage> {
  const app = await session.open(server);
  await app.page.locator('article mark.hl').first().waitFor();
  return app;
}

/** Characters of the article's face a line holds: its width over the width of a '0' (what CSS calls 1ch). */
const charactersPerLine = (page: Page) =>
  page.locator('article.article').evaluate((article) => {
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(100);
    probe.setAttribute('data-decor', '');
    article.append(probe);
    const zero = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return article.getBoundingClientRect().width / zero;
  });

/**
 * Every visible control whose box leaves the window sideways, by its text. A control in a
 * region that scrolls sideways (a wide table) is judged by that region: it is reached by scrolling.
 */
const controlsOutside = (page: Page) =>
  page.evaluate(() => {
    const right = window.innerWidth;
    const scroller = (element: HTMLElement) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && at.scrollWidth > at.clientWidth) return at;
      }
      return element;
    };
    const outside: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('button, select, input:not([type=file]), [role=separator], [role=tab]')) {
      if (control.getBoundingClientRect().width === 0 || control.closest('[hidden]')) continue;
      const box = scroller(control).getBoundingClientRect();
      if (box.left < -0.5 || box.right > right + 0.5) outside.push(`${control.textContent?.trim() || control.getAttribute('aria-label')} ${Math.round(box.left)}–${Math.round(box.right)} of ${right}`);
    }
    return outside;
  });

/** Moves a slider as a keyboard user would. */
async function pressTimes(slider: Locator, key: string, times: number) {
  await slider.focus();
  for (let i = 0; i < times; i += 1) await slider.press(key);
}

const setZoom = (page: Page, zoom: string) => page.evaluate((value) => void (document.documentElement.style.zoom = value), zoom);

describe('layout', () => {
  it.each([
    { name: '900×600', width: 900, height: 600, zoom: '' },
    { name: '1280×860 at 150%', width: 1280, height: 860, zoom: '1.5' },
    { name: '1280×860', width: 1280, height: 860, zoom: '' },
  ])('keeps 45 characters a line and every control in the window at $name', async ({ width, height, zoom }) => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const { page } = app;
    await page.setViewportSize({ width, height });
    await setZoom(page, zoom);
    await expect.poll(() => charactersPerLine(page)).toBeGreaterThanOrEqual(45);
    expect(await controlsOutside(page)).toEqual([]);
    for (const view of ['Codebook', 'By tag', 'Memos', 'Analysis', 'Attributes', 'Backups']) {
      if (!(await page.getByRole('tab', { name: view, exact: true }).isVisible())) await page.getByRole('button', { name: 'Show library' }).click();
      await page.getByRole('tab', { name: view, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Measured once its charts and tables are drawn, which are the widest things it shows.
      if (view === 'Analysis') await page.locator('.analysis-chart').first().waitFor();
      expect(await controlsOutside(page), view).toEqual([]);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('narrows or hides the panes by itself on a small window, and shows the one asked for', async () => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const { page } = app;
    const library = page.getByRole('navigation', { name: 'Library' });
    const passages = page.getByRole('complementary', { name: 'Passages' });
    expect(await library.isVisible()).toBe(true);
    await page.setViewportSize({ width: 900, height: 600 });
    // The library steps aside for the article and its passages...
    await expect.poll(() => library.isVisible()).toBe(false);
    expect(await passages.isVisible()).toBe(true);
    // ...and asked for, takes the passages' place, the article keeping its measure.
    await page.getByRole('button', { name: 'Show library' }).click();
    await expect.poll(() => library.isVisible()).toBe(true);
    expect(await passages.isVisible()).toBe(false);
    expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(45);
    // Nothing of this was the user's choice to hide a pane: both are still open in the settings.
    expect(server.notebook.viewSettings.get().panes.passages.open).toBe(true);
  });

  it('resizes a pane from the keyboard and by dragging, hides it and brings it back, and remembers', async () => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const { page } = app;
    const separator = page.getByRole('separator', { name: 'Library width' });
    const pane = page.locator('#library-pane');
    const widthOf = () => pane.evaluate((element) => element.getBoundingClientRect().width);
    expect(await separator.getAttribute('aria-valuenow')).toBe('260');

    await separator.focus();
    await separator.press('ArrowRight');
    await separator.press('ArrowRight');
    expect(await separator.getAttribute('aria-valuenow')).toBe('292');
    expect(await widthOf()).toBeCloseTo(292, 0);
    await separator.press('Home');
    expect(await separator.getAttribute('aria-valuenow')).toBe('200');

    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 5 });
    await page.mouse.up();
    expect(Number(await separator.getAttribute('aria-valuenow'))).toBeCloseTo(260, -1);
    await expect.poll(() => server.notebook.viewSettings.get().panes.library.width).toBe(Number(await separator.getAttribute('aria-valuenow')));

    // The passages' edge works the other way round: dragging left widens them.
    const passagesEdge = page.getByRole('separator', { name: 'Passages width' });
    await passagesEdge.focus();
    await passagesEdge.press('ArrowLeft');
    expect(await passagesEdge.getAttribute('aria-valuenow')).toBe('316');

    await page.getByRole('button', { name: 'Hide library' }).click();
    expect(await page.getByRole('navigation', { name: 'Library' }).count()).toBe(0);
    expect(await separator.count()).toBe(0);
    await expect.poll(() => server.notebook.viewSettings.get().panes.library.open).toBe(false);

    // A new window opens as this one was left.
    const again = await openReader(server);
    expect(await again.page.getByRole('navigation', { name: 'Library' }).count()).toBe(0);
    await again.page.getByRole('button', { name: 'Show library' }).click();
    const width = server.notebook.viewSettings.get().panes.library.width;
    expect(await again.page.getByRole('separator', { name: 'Library width' }).getAttribute('aria-valuenow')).toBe(String(width));
    expect(await again.page.getByRole('separator', { name: 'Passages width' }).getAttribute('aria-valuenow')).toBe('316');
  });

  it('changes theme and type from the appearance panel, live, and keeps them', async () => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const { page } = app;
    const article = page.locator('article.article');
    const style = (property: string) => article.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
    await page.getByRole('button', { name: 'Appearance' }).click();
    const panel = page.getByRole('dialog', { name: 'Appearance' });
    await panel.getByLabel('Sepia').check();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('sepia');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 238, 219)');
    await panel.getByLabel('Sans (system)').check();
    expect(await style('font-family')).toMatch(/^system-ui/);
    await pressTimes(panel.getByRole('slider', { name: /Text size/ }), 'ArrowRight', 5);
    expect(await style('font-size')).toBe('24px');
    await pressTimes(panel.getByRole('slider', { name: /Line spacing/ }), 'ArrowRight', 3);
    expect(await style('line-height')).toBe('48px');
    await pressTimes(panel.getByRole('slider', { name: /Line width/ }), 'ArrowLeft', 12);
    await expect.poll(() => charactersPerLine(page)).toBeLessThanOrEqual(50.5);
    await panel.getByRole('button', { name: 'Done' }).click();
    expect(await panel.count()).toBe(0);
    await app.screenshot('layout-sepia-sans');
    await expect.poll(() => server.notebook.viewSettings.get()).toMatchObject({ theme: 'sepia', reader: { font: 'sans', textSize: 24, lineSpacing: 2, lineWidth: 50 } });

    // The read-out label takes no room: the space a passage starts with still shows before it.
    const gap = await page.locator('article mark.hl').first().evaluate((mark) => {
      const range = document.createRange();
      range.setStart(mark.firstChild!, 0);
      range.setEnd(mark.firstChild!, 1);
      return { text: range.toString(), width: range.getBoundingClientRect().width };
    });
    expect(gap.text).toBe(' ');
    expect(gap.width).toBeGreaterThan(2);

    const again = await openReader(server);
    expect(await again.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('sepia');
    expect(await again.page.locator('article.article').evaluate((element) => getComputedStyle(element).fontSize)).toBe('24px');
  });

  it('follows the system appearance while the theme is "as the system"', async () => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const theme = () => app.page.evaluate(() => document.documentElement.dataset['theme']);
    expect(await theme()).toBe('light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await server.notebook.viewSettings.set({ theme: 'light' });
    const chosen = await openReader(server);
    await chosen.page.emulateMedia({ colorScheme: 'dark' });
    expect(await chosen.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
  });

  it('shows the reader and codebook in each theme and at 150% without overflow', async () => {
    const server = await codedNotebook();
    const app = await openReader(server);
    const { page } = app;
    await app.screenshotVariants('layout-reader');
    await page.getByRole('tab', { name: 'Codebook', exact: true }).click();
    await page.getByRole('heading', { name: 'Codebook' }).waitFor();
    await app.screenshotVariants('layout-codebook');
    await server.notebook.viewSettings.set({ theme: 'sepia' });
    const sepia = await openReader(server);
    await sepia.screenshot('layout-reader-sepia');
    await setZoom(sepia.page, '1.5');
    expect(await controlsOutside(sepia.page)).toEqual([]);
    expect(await charactersPerLine(sepia.page)).toBeGreaterThanOrEqual(45);
    await sepia.screenshot('layout-reader-sepia-zoom150');
    await sepia.page.getByRole('button', { name: 'Show library' }).click();
    await sepia.page.getByRole('tab', { name: 'Codebook', exact: true }).click();
    await sepia.page.getByRole('heading', { name: 'Codebook' }).waitFor();
    expect(await controlsOutside(sepia.page)).toEqual([]);
    await sepia.screenshot('layout-codebook-sepia-zoom150');
    // The page itself never scrolls sideways: everything fits or scrolls within its pane.
    expect(await sepia.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});
