/**
 * How the window follows the notebook: a change asks main only for what it
 * touched, background notices appear as they are raised, and a large library
 * renders only the rows on screen.
 */
import { describe, expect, it } from 'vitest';
import { writeNotebook } from '../bench/tagging-bench';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';

const session = useE2eSession();

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

describe('the window and the change feed', () => {
  it('tags a selection with one write and one small read, never listing the library again', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
    await server.notebook.tags.create({ name: 'quotes/Kerry' });
    await expect.poll(() => server.calls.some((call) => call.channel === 'tags:list')).toBe(true);

    await dragSelect(page, 'our patience is not infinite');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('Kerry');
    await popover.locator('[role=option]', { hasText: 'quotes/Kerry' }).waitFor();
    await settle();
    const before = server.calls.length;
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card', { hasText: 'our patience' }).waitFor();
    await settle();

    const calls = server.calls.slice(before).map((call) => call.channel);
    expect(calls).toEqual(['passages:create', 'tags:list']);
    expect(server.calls.slice(before).find((call) => call.channel === 'tags:list')!.bytes).toBeLessThan(5_000);
    await expect.poll(() => page.locator('article mark.hl', { hasText: 'our patience' }).count()).toBe(1);
  });

  it('shows a notice raised in the background at once, without any action of the user', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    server.notebook.notices.notify('warning', 'Search could not take in a change: the disk is full.');
    const notice = app.page.getByRole('alert').filter({ hasText: 'the disk is full' });
    await notice.waitFor({ timeout: 5_000 });
    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(server.notebook.notices.list()).toEqual([]);
  });

  it('follows changes made elsewhere: a passage created and its tag renamed in main show in the passages panel', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    const documentId = server.notebook.library.list()[0]!.id;
    const tag = await server.notebook.tags.create({ name: 'people/Kerry' });
    await server.notebook.passages.create({ documentId, start: 60, end: 90, tagIds: [tag.id], note: '' });
    const panel = page.getByRole('complementary', { name: 'Passages' });
    await panel.locator('.tag-chip', { hasText: 'people/Kerry' }).waitFor();
    await server.notebook.tags.update(tag.id, { name: 'actors/John Kerry' });
    await panel.locator('.tag-chip', { hasText: 'actors/John Kerry' }).waitFor();
    await expect.poll(() => page.locator('article mark.hl').count()).toBeGreaterThan(0);
  });

  it('renders only the rows on screen of a library of 5,000 documents, and reaches the last by keyboard', async () => {
    const dir = await session.tempDir();
    await writeNotebook(dir, 5_000, 0, { paragraphs: 1 });
    const server = await session.serve(dir);
    const app = await session.open(server);
    const { page } = app;
    const list = page.getByRole('listbox', { name: 'Documents' });
    await list.getByRole('option').first().waitFor();
    const rows = () => list.getByRole('option').count();
    expect(await rows()).toBeLessThan(40);
    expect(await list.getByRole('option').first().getAttribute('aria-setsize')).toBe('5000');

    await list.getByRole('option').first().click();
    // Newest first: the last row is the first document imported.
    await page.keyboard.press('End');
    const last = list.getByRole('option', { name: /^Article 0\b/ });
    await last.waitFor();
    await expect.poll(() => last.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => last.getAttribute('aria-selected')).toBe('true');
    expect(await rows()).toBeLessThan(40);
    await page.getByRole('heading', { level: 1, name: 'Article 0' }).waitFor();
    await app.screenshot('library-large');
  });
});
