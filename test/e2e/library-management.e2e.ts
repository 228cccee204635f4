/**
 * Managing the library in the window: correcting a document's details,
 * deleting and undoing, attributes and the library's filters, a new version
 * with its review, and redo. Each view shown is screenshotted (light, dark,
 * small window, 150% zoom) and checked with axe-core.
 */
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/session';

const session = useE2eSession();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function start() {
  const server = await session.serve(await session.tempDir());
  const app = await session.open(server);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  return { server, app, page: app.page };
}

describe('managing the library', () => {
  it('corrects the sample’s outlet and published date, and the reader and library show them', async () => {
    const { app, page } = await start();
    await page.getByRole('button', { name: 'Details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await dialog.getByLabel('Outlet').fill('Arutz Sheva');
    await dialog.getByLabel('Published').fill('2016-05-04');
    expect(await app.accessibilityViolations()).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.locator('article time', { hasText: 'Published' }).waitFor();
    expect(await page.locator('article time').getAttribute('dateTime')).toMatch(/^2016-05-04/);
    await page.locator('.article-outlet', { hasText: 'Arutz Sheva' }).waitFor();
    await page.getByRole('listbox', { name: 'Documents' }).locator('.library-item-source', { hasText: 'Arutz Sheva' }).waitFor();
  });

  it('deletes an imported document after saying what goes with it, and Undo brings it back', async () => {
    const { server, page } = await start();
    const imported = await server.notebook.imports.pasted('Imported by mistake', 'A paragraph that was never meant to be here.');
    const documentId = imported.status === 'imported' ? imported.document.id : '';
    await server.notebook.passages.create({ documentId, start: 0, end: 11, tagIds: [], note: 'a note' });
    const list = page.getByRole('listbox', { name: 'Documents' });
    await list.getByRole('option', { name: /Imported by mistake/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Imported by mistake' }).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete documents' });
    await dialog.getByText(/1 passage/).waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => list.getByRole('option', { name: /Imported by mistake/ }).count()).toBe(0);
    await page.keyboard.press(`${MOD}+z`);
    await list.getByRole('option', { name: /Imported by mistake/ }).waitFor();
    expect(await server.notebook.passages.list(documentId)).toHaveLength(1);
  });

  it('defines an attribute, sets it on a document and filters the library by it', async () => {
    const { server, app, page } = await start();
    await server.notebook.imports.pasted('A second article', 'About something else.');
    await page.getByRole('tab', { name: 'Attributes' }).click();
    const form = page.getByRole('form', { name: 'New attribute' });
    await form.getByLabel('Name').fill('outlet type');
    await form.getByLabel('Type').selectOption({ label: 'One of a list' });
    await form.getByLabel('Choices, separated by |').fill('wire | state media | independent');
    await form.getByRole('button', { name: 'Add attribute' }).click();
    await page.getByRole('button', { name: 'Edit outlet type' }).waitFor();
    expect(await app.accessibilityViolations()).toEqual([]);

    const list = page.getByRole('listbox', { name: 'Documents' });
    await list.getByRole('option').filter({ hasNotText: 'A second article' }).first().click();
    await page.getByRole('button', { name: 'Details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await dialog.getByLabel('outlet type').selectOption('independent');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: /^Filter/ }).click();
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Attribute').selectOption({ label: 'outlet type' });
    await filters.getByRole('combobox', { name: /^Value/ }).selectOption('independent');
    await expect.poll(() => list.getByRole('option').count()).toBe(1);
    await page.getByRole('status').filter({ hasText: '1 of 2' }).waitFor();
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('library-filters');
  });

  it('replaces the sample by a changed copy and reviews the moved and orphaned passages', async () => {
    const { server, app, page } = await start();
    const documentId = server.notebook.library.list()[0]!.id;
    const { text } = await server.notebook.reading.document(documentId);
    const passage = async (quote: string) => {
      const start = text.indexOf(quote);
      return server.notebook.passages.create({ documentId, start, end: start + quote.length, tagIds: [], note: '' });
    };
    await passage('our patience is not infinite');
    await passage('Russia launched air strikes in support of the government in September.');
    const changed = text
      .replace('Arutz Sheva Staff', 'Arutz Sheva Staff\n\nAn editor’s note added before everything.')
      .replace('World powers have failed to turn', 'World powers have so far failed to turn')
      .replace('Russia launched air strikes in support of the government in September.\n\n', '');
    await page.locator('.passage-card').nth(1).waitFor();

    await page.getByRole('button', { name: 'New version…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace with a new version' });
    await dialog.getByLabel('Paste its text').check();
    await dialog.getByLabel('Text', { exact: true }).fill(changed);
    expect(await app.accessibilityViolations()).toEqual([]);
    await dialog.getByRole('button', { name: 'Replace' }).click();

    const review = page.getByRole('complementary', { name: 'Version 2' });
    await review.getByRole('region', { name: 'Orphaned: 1' }).waitFor();
    await review.getByRole('region', { name: 'Moved: 1' }).waitFor();
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('version-review-passages');
    await review.getByRole('tab', { name: 'What changed' }).click();
    await review.locator('ins', { hasText: 'so far' }).waitFor();
    await review.locator('del', { hasText: 'Russia launched air strikes' }).waitFor();
    expect(await app.accessibilityViolations()).toEqual([]);
    await app.screenshotVariants('version-review-diff');

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await server.notebook.reading.document(documentId)).text).toBe(text);
  });

  it('redoes an undone tag rename with Ctrl+Shift+Z and with Ctrl+Y', async () => {
    const { server, page } = await start();
    const tag = await server.notebook.tags.create({ name: 'actors/Kerry' });
    await server.notebook.tags.update(tag.id, { name: 'actors/John Kerry' });
    await page.getByRole('tab', { name: 'Codebook' }).click();
    await page.getByText('John Kerry').first().waitFor();
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await server.notebook.tags.list()).find((t) => t.id === tag.id)!.name).toBe('Kerry');
    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(async () => (await server.notebook.tags.list()).find((t) => t.id === tag.id)!.name).toBe('John Kerry');
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(async () => (await server.notebook.tags.list()).find((t) => t.id === tag.id)!.name).toBe('Kerry');
    await page.keyboard.press(`${MOD}+y`);
    await expect.poll(async () => (await server.notebook.tags.list()).find((t) => t.id === tag.id)!.name).toBe('John Kerry');
    await page.getByText('John Kerry').first().waitFor();
  });
});
