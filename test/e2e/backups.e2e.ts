import { describe, expect, it } from 'vitest';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';

const session = useE2eSession();

describe('backups', () => {
  it('backs up by hand and restores an accidental loss through the Backups view', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('button', { name: '+ Tag document' }).waitFor();

    await dragSelect(page, 'our patience is not infinite');
    const popover = page.getByRole('dialog', { name: 'Tag the selection' });
    await popover.getByRole('combobox').fill('quotes/Kerry');
    await popover.getByRole('combobox').press('Enter');
    await page.locator('.passage-card').first().waitFor();
    await popover.press('Escape');
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
});
