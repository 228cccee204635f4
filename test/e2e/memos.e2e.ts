/**
 * Memos in the window: a journal entry linking a passage through the picker,
 * the link followed to the passage, and the memo found with in:notes. The
 * Memos view is screenshotted (light, dark, small, 150%) and checked with axe.
 */
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('memos', () => {
  it('writes a journal entry linking a passage, follows the link, and finds the memo with in:notes', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    const documentId = server.notebook.library.list()[0]!.id;
    const { text } = await server.notebook.reading.document(documentId);
    const start = text.indexOf('our patience is not infinite');
    const passage = await server.notebook.passages.create({ documentId, start, end: start + 28, tagIds: [], note: '' });

    await page.getByRole('tab', { name: 'Memos' }).click();
    await page.getByRole('button', { name: 'New journal entry' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Week one');
    await page.getByLabel('Memo (Markdown)').fill('The quartet framing starts here: ');
    await page.getByRole('button', { name: 'Insert link…' }).click();
    const picker = page.getByRole('dialog', { name: 'Insert a link' });
    await picker.getByLabel('Passage', { exact: true }).check();
    await picker.getByRole('list', { name: 'Documents' }).getByRole('button').first().click();
    await picker.getByRole('list', { name: 'Passages' }).getByRole('button', { name: /our patience/ }).click();
    await expect.poll(() => page.getByLabel('Memo (Markdown)').inputValue()).toContain(`scholia://passage/${documentId}/${passage.id}`);
    await page.getByLabel('Memo (Markdown)').press(`${MOD}+Enter`);
    await expect.poll(() => server.notebook.memos.list().length).toBe(1);
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('memos-view');

    await page.locator('.memo-preview a', { hasText: 'our patience' }).click();
    // The reader opens on the document, with the passage brought into view.
    await page.getByRole('heading', { level: 1, name: /Kerry tells Russia/ }).waitFor();
    const mark = page.locator('article mark.hl', { hasText: 'our patience' }).first();
    await mark.waitFor();
    await expect.poll(() => mark.isVisible()).toBe(true);

    await page.keyboard.press(`${MOD}+k`);
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('searchbox', { name: 'Search' }).fill('in:notes quartet');
    const results = search.getByRole('list', { name: 'Search results' });
    await results.getByText('The quartet framing starts here').first().waitFor();
    expect(await results.innerText()).not.toContain('scholia://');
    expect(await results.innerText()).toContain('Memo');
  });
});
