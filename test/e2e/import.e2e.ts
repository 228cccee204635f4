import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../main/importers/support/pdf';
import { sampleBytes } from '../support/sample';
import { dragSelect } from './support/select-text';
import { useE2eSession } from './support/session';

const session = useE2eSession();

const HOSTILE_PAGE = `<!doctype html><html><head><title>Siege of Madaya deepens | The Levant Post</title>
<meta property="og:site_name" content="The Levant Post"><meta property="article:published_time" content="2016-01-08T10:00:00Z">
<script>window.__pwned = true; fetch('https://tracker.example/collect');</script>
<link rel="stylesheet" href="https://cdn.example/site.css"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. <button onclick="window.__pwned = true">Accept</button></div>
<article><h1>Siege of Madaya deepens</h1><p class="byline">By Rana Haddad</p>
<p>Residents of Madaya described weeks without food as the siege of the mountain town tightened this winter.</p>
<img src="https://images.example/x.png" onerror="window.__pwned = true">
<p>Aid agencies said a convoy was expected within days, but no date had been agreed with the authorities.</p>
<p>The United Nations said hundreds of people needed urgent medical evacuation from the town.</p></article>
<aside class="comments"><p>First comment!</p></aside><footer>© The Levant Post</footer></body></html>`;

/** A file name is untrusted input too: it must show as text. */
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=true">broken.pdf';

const MARKDOWN = `# Field notes from Zabadani

We met the council in Zabadani on Tuesday; they described the ceasefire as fragile.

<script>window.__pwned = true</script>
<img src=x onerror="window.__pwned = true">

> "Nobody trusts the truce yet," one member said.

- Water is rationed
- [A link](javascript:window.__pwned=true) that must not survive
`;

async function writeFixtures(dir: string) {
  const pdf = await makePdf({
    title: 'Briefing on Douma',
    pages: [
      [
        { text: 'Briefing on Douma', y: 780, size: 18 },
        { text: 'Shelling resumed in Douma overnight, according to local medical', y: 740 },
        { text: 'workers, who reported that the field hospital had run out of', y: 726 },
        { text: 'anaesthetics and was treating the wounded by torchlight.', y: 712 },
        { text: 'Negotiators in Geneva said the reports would be raised at the', y: 680 },
        { text: 'next session of talks.', y: 666 },
      ],
    ],
  });
  const files: Record<string, Uint8Array | string> = {
    'siege-report.html': HOSTILE_PAGE,
    'field-notes.md': MARKDOWN,
    'briefing.pdf': pdf,
    [HOSTILE_NAME]: '%PDF-1.7\n1 0 obj << /Type /Catalog',
    'kerry-copy.txt': sampleBytes(),
  };
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return Object.keys(files).map((name) => join(dir, name));
}

async function openDocument(page: Page, title: string) {
  await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('button', { name: '+ Tag document' }).waitFor();
}

async function tag(page: Page, text: string, tagName: string) {
  await dragSelect(page, text);
  const popover = page.getByRole('dialog', { name: 'Tag the selection' });
  await popover.getByRole('combobox').fill(tagName);
  await popover.getByRole('combobox').press('Enter');
  await page.locator('.passage-card', { hasText: text }).waitFor();
  await popover.press('Escape');
}

describe('importing files, as a user does', () => {
  it('imports HTML, Markdown and PDF safely, reports duplicates and failures, then tags and finds each', async () => {
    const dataDir = await session.tempDir();
    const paths = await writeFixtures(join(await session.tempDir(), 'to-import'));
    const server = await session.serve(dataDir);
    await server.notebook.search.ready();
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.setInputFiles('input[type=file]', paths);
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await summary.waitFor();
    expect(await summary.locator('.hint').first().textContent()).toBe('3 imported, 1 already in the notebook, 1 failed.');
    expect(await summary.textContent()).toContain("kerry-copy.txt: same text as Kerry tells Russia US patience on Syria 'limited'");
    expect(await summary.locator('.import-failed').textContent()).toMatch(/^<img src=x onerror="window.__pwned=true">broken\.pdf: .*incomplete PDF/);
    expect(await summary.locator('.import-failed img').count()).toBe(0);
    await app.screenshot('import-summary');
    await summary.getByRole('button', { name: 'Done' }).click();

    // Nothing from the files ran or was fetched.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(app.requests.filter((url) => !url.startsWith(server.url))).toEqual([]);

    await openDocument(page, 'Siege of Madaya deepens');
    const article = page.locator('article.article');
    expect(await article.textContent()).not.toMatch(/cookies|First comment|Home|pwned|collect/);
    expect(await page.locator('.block-byline').textContent()).toBe('Rana Haddad');
    await tag(page, 'weeks without food', 'imported/html');

    await openDocument(page, 'Field notes from Zabadani');
    expect(await article.textContent()).not.toMatch(/pwned|javascript/);
    expect(await page.locator('blockquote').textContent()).toContain('Nobody trusts the truce yet');
    await tag(page, 'described the ceasefire as fragile', 'imported/markdown');

    await openDocument(page, 'Briefing on Douma');
    expect(await article.textContent()).toContain('the field hospital had run out of anaesthetics');
    await tag(page, 'treating the wounded by torchlight', 'imported/pdf');
    await app.screenshot('import-pdf-reader');

    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('searchbox').fill('tag:imported');
    await expect.poll(() => search.locator('.search-hit').count()).toBe(3);
    const groups = await search.locator('.search-group-title').allTextContents();
    expect(groups.sort()).toEqual(['Briefing on Douma', 'Field notes from Zabadani', 'Siege of Madaya deepens']);
    await search.getByRole('searchbox').fill('torchlight');
    await expect.poll(() => search.locator('.search-group-title').allTextContents()).toEqual(['Briefing on Douma']);
    expect(await app.cspViolations()).toEqual([]);
  });

  it('imports a file dropped on the window and text pasted as a new document', async () => {
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['# Dropped notes\n\nA note about the Homs evacuation.'], 'dropped.md', { type: 'text/markdown' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await summary.waitFor();
    expect(await summary.locator('.hint').first().textContent()).toBe('1 imported, 0 already in the notebook, 0 failed.');
    await summary.getByRole('button', { name: 'Dropped notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dropped notes' }).waitFor();

    await page.keyboard.press('Control+Shift+V');
    const paste = page.getByRole('dialog', { name: 'New document from clipboard' });
    await paste.getByRole('textbox', { name: 'Text' }).fill('The envoy said talks would resume next week.\n\nNo date was set.');
    await paste.getByRole('textbox', { name: 'Title' }).fill('Envoy remarks');
    await paste.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Envoy remarks' }).waitFor();
    expect(await page.locator('p.block-paragraph').allTextContents()).toEqual(['The envoy said talks would resume next week.', 'No date was set.']);
    expect(await page.getByRole('listbox', { name: 'Documents' }).getByRole('option').count()).toBe(3);
  });
});

describe('a long batch', () => {
  it('shows n of m with the current file and stops when cancelled, saying what was not tried', async () => {
    const folder = join(await session.tempDir(), 'many');
    await mkdir(folder);
    const paths: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      const path = join(folder, `report-${String(i).padStart(2, '0')}.txt`);
      await writeFile(path, `Report number ${i}\n\nThe envoy met council ${i} about the convoy.\n\nTalks continue.`);
      paths.push(path);
    }
    const server = await session.serve(await session.tempDir());
    const app = await session.open(server);
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.setInputFiles('input[type=file]', paths);
    const progress = page.getByRole('dialog', { name: 'Importing' });
    await progress.waitFor();
    expect(await progress.locator('.import-status').textContent()).toMatch(/^\d+ of 80: report-\d\d\.txt$/);
    await app.screenshot('import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await summary.waitFor();
    const line = (await summary.locator('.hint').first().textContent())!;
    const [imported, skipped] = [Number(/^(\d+) imported/.exec(line)?.[1]), Number(/(\d+) not tried \(cancelled\)/.exec(line)?.[1])];
    expect(skipped).toBeGreaterThan(0);
    expect(imported + skipped).toBe(80);
    expect(server.notebook.library.list()).toHaveLength(imported + 1);
  });
});
