import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';

const session = useE2eSession();

/** Tags the sample's "our patience is not infinite" as quotes/Kerry, as a user would. */
async function tagKerryQuote(page: Page): Promise<void> {
    await dragSelect(page, 'our patience is not infinite');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('quotes/Kerry');
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card').first().waitFor();
    await popover.press('Escape');
}

describe('backups', () => {
  it('backs up by hand and restores an accidental loss through the Backups view', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();

    await tagKerryQuote(page);
    expect(await page.locator('article mark.hl').first().textContent()).toBe('our patience is not infinite');

    await page.getByRole('tab', { name: 'Backups' }).click();
    const view = page.getByRole('region', { name: 'Backups' });
    await view.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => view.locator('.backup-row', { hasText: 'made by hand' }).count()).toBe(1);
    await app.screenshot('backups');

    // The loss: the passage deleted, and the undo history gone with a restart.
    await page.getByRole('tab', { name: 'Read' }).click();
    await page.locator('.passage-card').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.passage-card').count()).toBe(0);

    await page.getByRole('tab', { name: 'Backups' }).click();
    await view.locator('.backup-row', { hasText: 'made by hand' }).getByRole('button', { name: 'Restore…' }).click();
    await page.getByRole('alertdialog', { name: 'Confirm restore' }).getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('status').filter({ hasText: 'Restoring the backup' }).waitFor();

    // The page reloads onto the reopened notebook, with the passage back.
    await page.waitForEvent('load');
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
    await expect.poll(() => page.locator('.passage-card').count()).toBe(1);
    expect(await page.locator('article mark.hl').first().textContent()).toBe('our patience is not infinite');
    await page.getByRole('tab', { name: 'Backups' }).click();
    await expect.poll(() => page.locator('.backup-row', { hasText: 'before restoring' }).count()).toBe(1);
  });

  it('moves a notebook to another machine as one archive file', async () => {
    const first = await session.serve(await session.tempDir());
    const app = await session.open(first);
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
    await tagKerryQuote(page);

    const archive = join(await session.tempDir(), 'field notes.scholia');
    first.desktop.dialogs.exportTo = archive;
    await page.getByRole('tab', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Export notebook…' }).click();
    await page.getByText(/^Exported 1 document to field notes\.scholia \(\d+ KB\)\.$/).waitFor();
    await app.screenshot('backups-export');

    // The other machine: a notebook of its own, which the archive replaces.
    const second = await session.serve(await session.tempDir());
    const other = await session.open(second);
    await other.page.getByRole('button', { name: '+ Tag document' }).waitFor();
    expect(await other.page.locator('.passage-card').count()).toBe(0);
    second.desktop.dialogs.importFrom = archive;
    let chosen!: () => void;
    second.desktop.choosing = new Promise((resolve) => (chosen = resolve));
    await other.page.getByRole('tab', { name: 'Backups' }).click();
    await other.page.getByRole('button', { name: 'Import notebook…' }).click();
    await other.page.getByRole('alertdialog', { name: 'Confirm import' }).getByRole('button', { name: 'Choose an archive…' }).click();
    // While the import is under way the view says so and offers no second import or export.
    await other.page.getByRole('status').filter({ hasText: 'Checking and importing the archive…' }).waitFor();
    expect(await other.page.getByRole('button', { name: 'Import notebook…' }).isDisabled()).toBe(true);
    await other.screenshot('backups-importing');
    chosen();
    await other.page.getByRole('status').filter({ hasText: 'Imported 1 document from field notes.scholia.' }).waitFor();

    await other.page.waitForEvent('load');
    await other.page.getByRole('button', { name: '+ Tag document' }).waitFor();
    await expect.poll(() => other.page.locator('.passage-card').count()).toBe(1);
    expect(await other.page.locator('article mark.hl').first().textContent()).toBe('our patience is not infinite');
    expect(await other.page.locator('.passage-card').first().textContent()).toContain('quotes/Kerry');
  });

  it('refuses an archive that is not one, with a message, and keeps the notebook', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
    const bogus = join(await session.tempDir(), 'holiday.scholia');
    await (await import('node:fs/promises')).writeFile(bogus, 'PK\u0003\u0004 not really a zip');
    server.desktop.dialogs.importFrom = bogus;
    await page.getByRole('tab', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Import notebook…' }).click();
    await page.getByRole('alertdialog', { name: 'Confirm import' }).getByRole('button', { name: 'Choose an archive…' }).click();
    await page.getByText('This file is not a Scholia notebook archive (it is not a readable zip file).').waitFor();
    await app.screenshot('backups-import-refused');
    expect(server.notebook.isReplaced).toBe(false);
    await page.getByRole('tab', { name: 'Read' }).click();
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();
  });
});
