/**
 * The Entities view in Chromium, against the real notebook and its entities
 * worker: the sample article's people, places and organisations are
 * listed; Kerry is made a tag, his mentions reviewed and coded as one
 * batch, found under the tag, and taken back with one undo. The view and
 * the review are checked with axe and screenshotted light, dark, small and
 * at 150%.
 */
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const EXPECTED = ['John Kerry', 'Mohammad Javad Zarif', 'Bashar al-Assad', 'Russia', 'Syria', 'Aleppo', 'Norway', 'United Nations'];

describe('the Entities view', () => {
  it('lists the sample’s entities, makes a tag of Kerry, codes his mentions and undoes it', async () => {
    const dir = await session.tempDir();
    const server = await session.serve(dir);
    await server.notebook.entities.settled();
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Entities' }).click();
    const grid = page.getByRole('grid', { name: 'Entities' });
    await grid.getByRole('row', { name: /John Kerry/ }).waitFor();
    const names = await grid.locator('.entity-body [role=row] .cell-name').allTextContents();
    for (const name of EXPECTED) expect(names.some((shown) => shown.startsWith(name)), name).toBe(true);
    for (const word of ['Wednesday', 'Earlier', 'World']) expect(names.some((shown) => shown.startsWith(word)), word).toBe(false);
    expect(await grid.getByRole('row', { name: /United Nations/ }).textContent()).toContain('UN');
    await app.screenshotVariants('entities-view');
    expect(await app.accessibilityViolations()).toEqual([]);

    // The kind filter: places only.
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Places' }).click();
    await expect.poll(async () => grid.locator('.entity-body [role=row] .cell-kind').allTextContents()).toSatisfy((kinds: string[]) => kinds.length > 0 && kinds.every((kind) => kind === 'Place'));
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'All' }).click();

    await grid.getByRole('row', { name: /John Kerry/ }).click();
    await page.getByRole('button', { name: 'Make tag & code mentions…' }).click();
    const review = page.getByRole('dialog', { name: 'Make a tag and code the mentions' });
    await review.waitFor();
    const boxes = review.getByRole('list', { name: 'Mentions to code' }).getByRole('checkbox');
    const count = await boxes.count();
    // Every "Kerry" of the article, with or without his first name and title.
    const sampleText = (await server.notebook.library.body(server.notebook.library.list()[0]!.id)).text;
    expect(count).toBe(sampleText.match(/Kerry/g)!.length);
    for (let i = 0; i < count; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    expect(await review.getByRole('textbox', { name: 'Tag' }).inputValue()).toBe('people/John Kerry');
    await app.screenshot('entities-review-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('entities-review-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await app.accessibilityViolations()).toEqual([]);
    await review.getByRole('button', { name: `Code ${count} mentions` }).click();
    await page.getByText(/“people\/John Kerry” now codes \d+ mentions/).waitFor();

    const tag = (await server.notebook.tags.list()).find((t) => t.path === 'people/John Kerry');
    expect(tag).toBeDefined();
    const coded = await server.notebook.tags.passagesOf(tag!.id, false);
    expect(coded).toHaveLength(count);
    expect(coded.every((entry) => entry.passage.quote.exact.includes('Kerry'))).toBe(true);

    // Found under the tag, in the By tag view.
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'By tag' }).click();
    await page.getByRole('combobox', { name: 'Tag' }).selectOption(tag!.id);
    await page.getByText(`${count} passages in 1 document`).waitFor();
    expect(await page.locator('.tagged-list mark').allTextContents()).toSatisfy((marks: string[]) => marks.length === count && marks.every((mark) => mark.includes('Kerry')));
    await app.screenshot('entities-coded-by-tag');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await server.notebook.tags.passagesOf(tag!.id, false).catch(() => [])).length).toBe(0);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
