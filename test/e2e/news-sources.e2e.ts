import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeNexisDocx, NEXIS_ARTICLES, rssFeed } from '../main/importers/support/news';
import { useE2eSession } from './support/session';

const session = useE2eSession();

describe('news sources', () => {
  it('imports a feed and a Nexis-style export of three articles, each a document with its outlet and date', async () => {
    const dataDir = await session.tempDir();
    const folder = join(await session.tempDir(), 'sources');
    await mkdir(folder, { recursive: true });
    const files: Record<string, Uint8Array | string> = { 'levant-post.rss': rssFeed(3), 'nexis-export.docx': await makeNexisDocx() };
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
    const server = await session.serve(dataDir);
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.setInputFiles('input[type=file]', Object.keys(files).map((name) => join(folder, name)));
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await summary.waitFor();
    expect(await summary.locator('.hint').first().textContent()).toBe('6 imported, 0 already in the notebook, 0 failed.');
    expect(await summary.locator('.import-collections').textContent()).toBe('3 articles from levant-post.rss; 3 articles from nexis-export.docx.');
    // Nothing a feed item carried ran or was fetched.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(app.requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await app.screenshot('news-sources-summary');
    await summary.getByRole('button', { name: 'Done' }).click();

    const rows = page.getByRole('listbox', { name: 'Documents' }).getByRole('option');
    await expect.poll(() => rows.count()).toBe(7);
    const row = (title: string) => rows.filter({ hasText: title });
    for (const number of [1, 2, 3]) {
      const item = row(`Madaya convoy ${number} reaches the town`);
      expect(await item.locator('.library-item-source').textContent()).toBe('The Levant Post & Review');
      expect(await item.locator('time').getAttribute('datetime')).toBe(`2016-01-${9 + number}T09:30:00.000Z`);
    }
    const dates = ['2016-05-04T15:52:00.000Z', '2016-05-06T00:00:00.000Z', '2016-05-07T00:00:00.000Z'];
    for (const [index, article] of NEXIS_ARTICLES.entries()) {
      const item = row(article.headline).filter({ hasText: article.outlet });
      expect(await item.locator('.library-item-source').textContent()).toBe(article.outlet);
      expect(await item.locator('time').getAttribute('datetime')).toBe(dates[index]);
    }
    await app.screenshot('news-sources-library');

    await row('Aleppo truce extended by 48 hours').click();
    await page.getByRole('heading', { level: 1, name: 'Aleppo truce extended by 48 hours' }).waitFor();
    expect(await page.locator('.block-byline').textContent()).toBe('Martin Chulov in Beirut');
    const text = await page.locator('article.article').textContent();
    expect(text).toContain('A fragile truce in the northern Syrian city of Aleppo');
    expect(text).not.toMatch(/End of Document|Load-Date|Length:/);
    expect(await app.cspViolations()).toEqual([]);
  });
});
