/**
 * Shared text in Chromium, against the real notebook and its shared-text
 * worker: two articles reprint a paragraph of the sample (one with a wire
 * dateline and a word changed), and the reader marks that paragraph "Also
 * in 2 documents"; the marker is reached by keyboard, its list opens each
 * copy at its paragraph. Marker and list are checked with axe and
 * screenshotted light, dark, small and at 150%.
 */
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../src/main/notebook/notebook';
import { useE2eSession } from './support/session';

const session = useE2eSession();
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
});
