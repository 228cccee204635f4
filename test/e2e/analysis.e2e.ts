/**
 * The Analysis view in Chromium, against the real notebook and its analysis
 * worker: the sample and two imported texts coded, the view opened with its
 * shortcut, a parent code's rolled-up count read from the table, the
 * co-occurrence of two codes clicked to its passages and one of them opened
 * in the reader; tables and charts saved through the save dialog. Charts
 * are shown, hovered and their tooltips opened under the production CSP
 * with no violation and no console error; the view is checked with axe and
 * screenshotted light, dark, small and at 150%.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Notebook } from '../../src/main/notebook/notebook';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

const REUTERS = `Kerry presses for truce in Aleppo

Secretary of State John Kerry pressed Moscow on Monday to help restore the ceasefire around Aleppo.

"The ceasefire must hold in Aleppo and everywhere else," Kerry told reporters in Geneva.

Aid groups said convoys were still waiting at the border.`;

const AFP = `Zarif says Iran backs political process

Iranian Foreign Minister Mohammad Javad Zarif said Tehran supports a political transition in Syria.

Zarif met Kerry in Oslo, where both spoke of a ceasefire that could hold.`;

/** Codes the three documents: Kerry and the ceasefire overlap in the sample and in the Reuters text. */
async function codeTheNotebook(notebook: Notebook) {
  const code = async (documentId: string, quote: string, tagIds: string[]) => {
    const { text } = await notebook.reading.document(documentId);
    const start = text.indexOf(quote);
    if (start === -1) throw new Error(`not in the text: ${quote}`);
    return notebook.passages.create({ documentId, start, end: start + quote.length, tagIds, note: '' });
  };
  const kerry = (await notebook.tags.create({ name: 'actors/Kerry' })).id;
  const zarif = (await notebook.tags.create({ name: 'actors/Zarif' })).id;
  const ceasefire = (await notebook.tags.create({ name: 'themes/ceasefire' })).id;
  const sample = notebook.library.list()[0]!.id;
  const imported = async (title: string, text: string, source: string, publishedAt: string) => {
    const outcome = await notebook.imports.pasted(title, text);
    if (outcome.status !== 'imported') throw new Error('not imported');
    await notebook.details.update(outcome.document.id, { source, publishedAt });
    return outcome.document.id;
  };
  const reuters = await imported('Kerry presses for truce in Aleppo', REUTERS, 'Reuters', '2016-05-09');
  const afp = await imported('Zarif says Iran backs political process', AFP, 'AFP', '2016-06-02');
  await notebook.details.update(sample, { publishedAt: '2016-05-04' });
  await code(sample, 'Russia needs to understand that our patience is not infinite', [kerry]);
  await code(sample, 'our patience is not infinite, in fact it is very limited', [ceasefire]);
  await code(sample, 'Mohammad Javad Zarif', [zarif]);
  await code(reuters, 'The ceasefire must hold in Aleppo', [kerry, ceasefire]);
  await code(afp, 'Mohammad Javad Zarif said Tehran supports a political transition', [zarif]);
  await code(afp, 'Zarif met Kerry in Oslo', [zarif, kerry]);
  return { kerry, zarif, ceasefire };
}

/** Moves the mouse over a chart's middle, so its tooltip opens and a hovered item is drawn. */
async function hoverChart(page: Page, index: number) {
  const chart = page.locator('.analysis-chart').nth(index);
  const box = (await chart.boundingBox())!;
  for (const [x, y] of [[0.3, 0.2], [0.5, 0.3], [0.6, 0.15]] as const) await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
}

describe('the analysis view', () => {
  it('counts a parent code, lists the passages of a co-occurrence, opens one in the reader, and saves what it shows', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    const codes = await codeTheNotebook(server.notebook);
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The codebook counts a parent tag what is inside it, and a tag the documents its passages are in.
    await page.keyboard.press(`${MOD}+Shift+C`);
    const codebookActors = page.locator('.tag-row[data-tag-path="actors"] .tag-usage');
    await expect.poll(() => codebookActors.innerText()).toBe('5 passages, 3 documents with the tags inside');
    await expect.poll(() => page.locator('.tag-row[data-tag-path="actors/Zarif"] .tag-usage').innerText()).toBe('3 passages, 2 documents');
    await app.screenshot('analysis-codebook-counts');

    await page.keyboard.press(`${MOD}+Shift+Y`);
    await page.getByRole('heading', { level: 1, name: 'Analysis' }).waitFor();
    const table = page.getByRole('table', { name: /Code frequencies/ });
    const actors = table.getByRole('row', { name: /^actors\b/ }).first();
    // actors: five distinct passages with Kerry or Zarif (one carries both), in three documents.
    await expect.poll(() => actors.getByRole('cell').allInnerTexts()).toEqual(['0', '0', '0', '5', '3', expect.any(String)]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in scope' }).innerText()).toBe('3 documents in scope');
    await page.getByRole('img', { name: /Bar chart of passages per code/ }).waitFor();
    await hoverChart(page, 0);
    await app.screenshotVariants('analysis-frequencies');
    expect(await app.accessibilityViolations()).toEqual([]);

    // Scoped by the library's filter: the Reuters article alone.
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Outlet').selectOption('Reuters');
    const byLibrary = page.getByRole('checkbox', { name: /Only the documents the library’s filters show/ });
    await byLibrary.check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in scope' }).innerText()).toBe('1 document in scope');
    await expect.poll(() => actors.getByRole('cell').nth(3).innerText()).toBe('1');
    await byLibrary.uncheck();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in scope' }).innerText()).toBe('3 documents in scope');

    // A passage coded meanwhile reaches the table through the change feed, without reopening the view.
    const sample = server.notebook.library.list().at(-1)!.id;
    const { text } = await server.notebook.reading.document(sample);
    const start = text.indexOf('Secretary of State John Kerry told Russia');
    await server.notebook.passages.create({ documentId: sample, start, end: start + 29, tagIds: [codes.kerry], note: '' });
    await expect.poll(() => actors.getByRole('cell').nth(3).innerText()).toBe('6');

    // A count lists its passages; sorting keeps them reachable.
    await actors.getByRole('button', { name: /^6 passages, actors with the codes inside/ }).click();
    const list = page.getByRole('complementary', { name: 'Passages behind the chosen count' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(6);
    await table.getByRole('button', { name: 'Passages, with the codes inside' }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'Passages, with the codes inside' }).getAttribute('aria-sort')).toBe('descending');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('img', { name: /Timeline of passages per month/ }).waitFor();
    await page.getByRole('img', { name: /Heat map of passages by code/ }).waitFor();
    await hoverChart(page, 0);
    await hoverChart(page, 1);
    await app.screenshotVariants('analysis-matrix');
    expect(await app.accessibilityViolations()).toEqual([]);

    // How often each outlet has Kerry, month by month; a cell lists its passages.
    await page.getByRole('combobox', { name: /^Rows/ }).selectOption('outlet');
    await page.getByRole('combobox', { name: /^of the code/ }).selectOption({ label: 'actors/Kerry' });
    const byOutlet = page.getByRole('table', { name: 'Passages of each outlet (actors/Kerry) by month' });
    await expect.poll(() => byOutlet.getByRole('row', { name: /^Arutz Sheva/ }).getByRole('cell').allInnerTexts()).toEqual(['2', '0', '2']);
    await byOutlet.getByRole('button', { name: /^1 passage, Reuters in 2016-05/ }).click();
    await expect.poll(() => list.innerText()).toContain('The ceasefire must hold in Aleppo');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await app.screenshot('analysis-matrix-by-outlet');

    await page.getByRole('tab', { name: 'Co-occurrence' }).click();
    const pairs = page.getByRole('table', { name: /Co-occurrence of codes/ });
    // Overlapping passages: the sample's Kerry and ceasefire passages overlap; the Reuters passage carries both.
    // (The passage added above, "Secretary of State John Kerry told Russia", overlaps neither.)
    const kerryWithCeasefire = pairs.getByRole('button', { name: /^2: actors\/Kerry with themes\/ceasefire/ });
    await kerryWithCeasefire.waitFor();
    await hoverChart(page, 0);
    await app.screenshotVariants('analysis-cooccurrence');
    expect(await app.accessibilityViolations()).toEqual([]);
    await kerryWithCeasefire.click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    await expect.poll(() => list.innerText()).toContain('The ceasefire must hold in Aleppo');

    // Saving: the table as CSV, the chart as SVG, where the (stand-in) dialog says.
    server.desktop.dialogs.exportTo = join(dir, 'co-occurrence.csv');
    await page.getByRole('button', { name: 'Save table as CSV…' }).click();
    await expect.poll(() => readFile(join(dir, 'co-occurrence.csv'), 'utf8').catch(() => '')).toContain('actors/Kerry');
    server.desktop.dialogs.exportTo = join(dir, 'co-occurrence.svg');
    await page.getByRole('button', { name: 'Save as SVG…' }).click();
    await expect.poll(() => readFile(join(dir, 'co-occurrence.svg'), 'utf8').catch(() => '')).toMatch(/^<svg[\s\S]*actors\/Kerry[\s\S]*<\/svg>$/);

    server.desktop.dialogs.exportTo = join(dir, 'co-occurrence.png');
    await page.getByRole('button', { name: 'Save as PNG…' }).click();
    await expect.poll(() => readFile(join(dir, 'co-occurrence.png')).then((bytes) => bytes.subarray(0, 8).toString('hex'), () => '')).toBe('89504e470d0a1a0a');
    expect(server.desktop.asked.map((choice) => choice.title)).toEqual(['Save table as CSV', 'Save chart as SVG', 'Save chart as PNG']);

    await list.getByRole('button', { name: /The ceasefire must hold in Aleppo/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kerry presses for truce in Aleppo' }).waitFor();
    const mark = page.locator('article mark.hl', { hasText: 'The ceasefire must hold' }).first();
    await expect.poll(() => mark.isVisible()).toBe(true);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.requests.every((url) => url.startsWith(server.url))).toBe(true);
  });
});
