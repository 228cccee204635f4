/**
 * Shared text in Chromium, against the real notebook and its shared-text
 * worker: two articles reprint a paragraph of the sample (one with a wire
 * dateline and a word changed), and the reader marks that paragraph "Also
 * in 2 documents"; the marker is reached by keyboard, its list opens each
 * copy at its paragraph. Marker and list are checked with axe and
 * screenshotted light, dark, small and at 150%. Then every copy of that
 * paragraph is coded at once and one undo takes them all back, and the
 * Shared text overview lists the paragraph and opens a copy at it.
 */
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../src/main/notebook/notebook';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const HEADLINE = "Kerry tells Russia US patience on Syria 'limited'";
const SHARED =
  'World powers have failed to turn a fragile cessation of hostilities in Syria, in effect since February 27, into a durable truce and Damascus has stepped up its military campaign against the Islamic State group and rebels in the second city of Aleppo.';

const REPRINT = `Syria truce frays as Aleppo fighting grows

Fighting around Aleppo intensified on Thursday, residents said, as aid convoys waited at the Turkish border for a third day.

${SHARED}

Residents said bakeries in the eastern districts had closed for lack of flour and fuel.`;

const EDITED = `Kerry warns Moscow over ceasefire

BEIRUT (Reuters) - ${SHARED.replace('stepped up', 'intensified').replace('“', '"')}

The State Department did not say when the next round of talks would take place, or where.`;

async function importReprints(notebook: Notebook) {
  const imported = async (title: string, text: string, source: string, publishedAt: string) => {
    const outcome = await notebook.imports.pasted(title, text);
    if (outcome.status !== 'imported') throw new Error('not imported');
    await notebook.details.update(outcome.document.id, { source, publishedAt });
    return outcome.document.id;
  };
  const reprint = await imported('Syria truce frays as Aleppo fighting grows', REPRINT, 'The Daily Star', '2016-05-05');
  const edited = await imported('Kerry warns Moscow over ceasefire', EDITED, 'Reuters', '2016-05-04');
  await notebook.sharedText.settled();
  return { reprint, edited };
}

describe('shared text in the reader', () => {
  it('marks a paragraph reprinted elsewhere, lists the copies and opens each at its paragraph', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    await importReprints(server.notebook);
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(HEADLINE) }).click();
    await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();

    const marker = page.getByRole('button', { name: /^Also in 2 documents/ });
    await marker.waitFor();
    expect(await page.getByRole('button', { name: /^Also in \d+ document/ }).count()).toBe(1);
    // The marker follows the paragraph it is about, and is not part of its text.
    const markedText = await marker.evaluate((button) => button.closest('.shared-marker')?.previousElementSibling?.textContent ?? '');
    expect(markedText).toContain('World powers have failed');
    await marker.scrollIntoViewIfNeeded();
    await app.screenshotVariants('shared-text-marker');

    await marker.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: 'Also in 2 documents' });
    await list.waitFor();
    const links = list.getByRole('button', { name: /Kerry warns Moscow|Syria truce frays/ });
    expect(await links.count()).toBe(2);
    expect(await list.textContent()).toMatch(/The Daily Star · 2016-05-05 · identical/);
    expect(await list.textContent()).toMatch(/Reuters · 2016-05-04 · \d\d% alike/);
    // Light and dark only: the small-window and zoomed variants of the marker are above, and resizing the
    // window closes nothing but re-places the open list, which under a loaded machine outlasted the screenshot's wait.
    await app.screenshot('shared-text-popover-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('shared-text-popover-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await app.accessibilityViolations()).toEqual([]);

    await list.getByRole('button', { name: /Kerry warns Moscow/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kerry warns Moscow over ceasefire' }).waitFor();
    // The copy's paragraph has focus, so a screen reader reads it, and its own marker leads back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('intensified its military campaign');
    const back = page.getByRole('button', { name: /^Also in 2 documents/ });
    await back.click();
    await page.getByRole('dialog', { name: 'Also in 2 documents' }).getByRole('button', { name: new RegExp(HEADLINE.slice(0, 20)) }).click();
    await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('World powers have failed');
    await app.screenshot('shared-text-arrived');

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('codes every copy of the paragraph with one tag, one undo takes them all back, and the overview opens a copy', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    const { reprint, edited } = await importReprints(server.notebook);
    const sampleId = server.notebook.library.list().find((document) => document.title === HEADLINE)!.id;
    const passagesIn = async () => Promise.all([sampleId, reprint, edited].map(async (id) => (await server.notebook.passages.list(id)).map((p) => p.quote.exact)));
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(HEADLINE) }).click();
    await page.getByRole('button', { name: /^Also in 2 documents/ }).click();
    await page.getByRole('dialog', { name: 'Also in 2 documents' }).getByRole('button', { name: 'Code all copies…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Code all copies' });
    const boxes = dialog.getByRole('list', { name: 'Copies to code' }).getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(3);
    expect(await dialog.getByRole('list', { name: 'Copies to code' }).textContent()).toMatch(/This paragraph · Kerry tells Russia.*The Daily Star · 2016-05-05 · identical.*Reuters · 2016-05-04 · \d\d% alike/);
    await dialog.getByRole('combobox', { name: 'Tag' }).fill('wire/Aleppo');
    await app.screenshotVariants('shared-text-code-copies');
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Code 3 copies' }).click();
    await page.locator('.toast', { hasText: 'Coded 3 copies with “wire/Aleppo”' }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    const coded = await passagesIn();
    expect(coded.map((quotes) => quotes.length)).toEqual([1, 1, 1]);
    for (const [quote] of coded) expect(quote).toContain('fragile cessation of hostilities');
    await page.locator('.passage-card', { hasText: 'wire/Aleppo' }).first().waitFor();

    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await passagesIn()).flat().length).toBe(0);
    await expect.poll(() => page.locator('.passage-card').count()).toBe(0);

    await page.getByRole('tab', { name: 'Shared text' }).click();
    const clusters = page.getByRole('list', { name: /Shared paragraphs/ });
    await clusters.waitFor();
    const toggle = clusters.getByRole('button', { name: /World powers have failed/ });
    expect(await toggle.textContent()).toContain('3 documents · Arutz Sheva, Reuters, The Daily Star · May 4, 2016 – May 5, 2016');
    await toggle.click();
    await clusters.getByRole('list', { name: 'Copies' }).waitFor();
    await app.screenshotVariants('shared-text-overview');
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await clusters.getByRole('list', { name: 'Copies' }).getByRole('button', { name: /Kerry warns Moscow/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kerry warns Moscow over ceasefire' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('intensified its military campaign');

    // On that paragraph, the palette codes its copies too; and it opens the overview.
    await page.keyboard.press(`${MOD}+Shift+P`);
    await page.keyboard.type('code all copies');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('list', { name: 'Copies to code' }).getByRole('checkbox').count()).toBe(3);
    expect(await dialog.getByRole('list', { name: 'Copies to code' }).getByRole('listitem').first().textContent()).toContain('This paragraph · Kerry warns Moscow');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press(`${MOD}+Shift+P`);
    await page.keyboard.type('shared text');
    await page.keyboard.press('Enter');
    await clusters.waitFor();
    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
