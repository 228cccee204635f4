import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../src/main/security/csp';
import type { AppPage } from './support/browser';
import { useE2eSession } from './support/session';

const HEADLINE = "Kerry tells Russia US patience on Syria 'limited'";
const { tempDir, serve, stop, open } = useE2eSession();

/** The text of the first block visible at the top of the reader. */
function topBlockText(page: Page) {
  return page.getByTestId('reader').evaluate((reader) => {
    const top = reader.getBoundingClientRect().top;
    const blocks = [...reader.querySelectorAll<HTMLElement>('[data-block]')];
    return blocks.find((b) => b.getBoundingClientRect().bottom > top + 1)?.textContent ?? null;
  });
}

/** Requests must stay on the test server: nothing may reach the network. */
function expectOffline(app: AppPage, serverUrl: string) {
  const foreign = app.requests.filter((url) => !url.startsWith(`${serverUrl}/`));
  expect(foreign).toEqual([]);
}

describe('a new notebook', () => {
  it('opens on the sample article and reads it, offline', async () => {
    const server = await serve(await tempDir());
    const app = await open(server);
    const { page } = app;

    const item = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(HEADLINE) });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/Arutz Sheva.*Added .*words/);
    await item.click();

    const reader = page.getByTestId('reader');
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(HEADLINE);
    expect(await reader.locator('.block-standfirst').textContent()).toMatch(/^US Secretary of State says Assad regime/);
    expect(await reader.locator('.block-byline').textContent()).toBe('Arutz Sheva Staff');
    expect(await reader.locator('figure.caption figcaption').allTextContents()).toEqual(['Secretary of State John Kerry']);
    const paragraphs = reader.locator('p.block-paragraph');
    expect(await paragraphs.nth(2).textContent()).toBe(
      '"We also are prepared to hold accountable members of the opposition" who have been involved in continuing violence, he said after a meeting with his Iranian counterpart Mohammad Javad Zarif.',
    );
    expect(await paragraphs.allTextContents()).not.toContain('Secretary of State John Kerry');
    expect(await page.title()).toBe(`${HEADLINE} — Scholia`);
    // The reading face is the bundled one, not a fallback.
    expect(await page.evaluate(() => document.fonts.check('1em Literata'))).toBe(true);

    await app.screenshot('foundation-reader');
    expectOffline(app, server.url);
    expect(await app.cspViolations()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('serves the page under the strict CSP, in the header and in the page', async () => {
    const server = await serve(await tempDir());
    const response = await fetch(`${server.url}/index.html`);
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replace(/&#39;/g, "'")).toBe(RENDERER_CSP);
  });

  it('blocks a remote request the page might attempt', async () => {
    const server = await serve(await tempDir());
    const app = await open(server);
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    const outcome = await app.page.evaluate(async () => {
      try {
        await fetch('https://example.com/track');
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    expect((await app.cspViolations()).some((v) => v.startsWith('connect-src'))).toBe(true);
  });
});

describe('reopening', () => {
  it('keeps the document and returns to the last scroll position after a reload and a restart', async () => {
    const dataDir = await tempDir();
    const server = await serve(dataDir);
    const app = await open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Make the reader short enough to scroll (and the window wide enough to keep the library beside it), then bring paragraph 9 to the top.
    await page.setViewportSize({ width: 1200, height: 420 });
    const target = page.locator('[data-block]').nth(12);
    const targetText = await target.textContent();
    await page.getByTestId('reader').evaluate((reader, index) => {
      const block = reader.querySelector<HTMLElement>(`[data-block="${index}"]`)!;
      reader.scrollTop = block.getBoundingClientRect().top - reader.getBoundingClientRect().top + reader.scrollTop;
    }, 12);
    await expect.poll(async () => (await server.notebook.reading.document(server.notebook.library.list()[0]!.id)).position?.blockIndex).toBe(12);

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
    // The list may arrive a moment after the article: both are asked for at once.
    await expect.poll(() => page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count()).toBe(1);
    await expect.poll(() => topBlockText(page)).toBe(targetText);

    await stop(server);
    // A new server process on the same folder: what was saved is all there is.
    const restarted = await serve(dataDir);
    const reopened = await open(restarted);
    await reopened.page.setViewportSize({ width: 1200, height: 420 });
    await reopened.page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
    await expect.poll(() => reopened.page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count()).toBe(1);
    await expect.poll(() => topBlockText(reopened.page)).toBe(targetText);
    await reopened.screenshot('foundation-reopened');
  });
});

describe('a damaged notebook', () => {
  it('is kept aside, the sample restored, and the user told', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":"tru');
    const server = await serve(dataDir);
    const app = await open(server);
    const notice = app.page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/notebook file was damaged.*kept as .*library\.damaged-/);
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe(HEADLINE);
    await app.screenshot('foundation-recovered');
    await app.page.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect.poll(() => app.page.getByRole('alert').count()).toBe(0);
  });
});
