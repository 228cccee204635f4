import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseHtml, withoutSiteName } from '../../../src/main/importers/html';
import { blocksOf, importProblem, textsOf, utf8 } from './support/article';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

const page = (body: string, head = '<title>Test page</title>') =>
  utf8(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

/** Long enough that Readability treats it as the article rather than giving up on a tiny page. */
const FILLER =
  '<p>The committee met on Tuesday to review the evidence gathered over the previous year, and its members agreed that the findings warranted a public report before the end of the session.</p>'.repeat(
    4,
  );

describe('parseHtml on a saved news page', () => {
  const article = parseHtml(fixture('news-article.html'), 'news-article.html');

  it('keeps the article and its metadata', () => {
    expect(article.title).toBe("Archivists race to save Aleppo's records");
    expect(article.byline).toBe('Mina Haddad');
    expect(article.siteName).toBe('The Daily Ledger');
    expect(article.source).toBe('The Daily Ledger');
    expect(article.publishedAt).toBe('2016-09-23T14:05:00+02:00');
  });

  it('turns the content into typed blocks in order', () => {
    expect(blocksOf(article)).toEqual([
      ['title', "Archivists race to save Aleppo's records"],
      ['byline', 'Mina Haddad'],
      ['paragraph', expect.stringMatching(/^Volunteers working in the basements/)],
      ['paragraph', expect.stringMatching(/^The documents, some of them dating back/)],
      ['caption', 'Boxes of deeds stacked in a basement of the old city.'],
      ['heading', 'A race against time'],
      ['paragraph', expect.stringMatching(/^"Every week we lose another room/)],
      ['quote', 'We are not saving paper, we are saving the proof that people lived here.'],
      ['paragraph', "The archive's priorities, set in consultation with lawyers, are:"],
      ['list-item', 'deeds for residential property in the old city;'],
      ['list-item', 'registers of inheritance from the last fifty years;'],
      ['list-item', 'maps drawn by the cadastral survey.'],
      ['paragraph', expect.stringMatching(/before the winter arrives\.$/)],
    ]);
  });

  it('leaves out menus, cookie banners, ads, comments, footers, scripts and styles', () => {
    for (const chrome of ['cookies', 'Accept', 'Home', 'Sport', 'SuperPhone', 'Comments', 'First!', 'All rights reserved', 'tracked', 'STYLE TEXT', 'display']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('counts body words only', () => {
    expect(article.wordCount).toBe(168);
  });
});

describe('parseHtml metadata fallbacks', () => {
  it('reads the date from JSON-LD and the site from og:site_name', () => {
    const head = `<title>Budget vote delayed</title><meta property="og:site_name" content="Civic Times">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","datePublished":"2021-03-04","author":[{"name":"A. One"},{"name":"B. Two"}]}]}</script>`;
    const article = parseHtml(page(`<article><h1>Budget vote delayed</h1>${FILLER}</article>`, head), 'vote.html');
    expect(article.publishedAt).toBe('2021-03-04');
    expect(article.siteName).toBe('Civic Times');
    expect(article.byline).toBe('A. One, B. Two');
    expect(blocksOf(article)[0]).toEqual(['title', 'Budget vote delayed']);
    expect(textsOf(article, 'heading')).toEqual([]);
  });

  it('falls back to the file name when the page has no title at all', () => {
    const article = parseHtml(page(`<div>${FILLER}</div>`, ''), 'committee-report.html');
    expect(article.title).toBe('Committee report');
    expect(article.publishedAt).toBeNull();
    expect(article.byline).toBeNull();
  });

  it('decodes a legacy-encoded page by its meta charset', () => {
    const latin1 = Buffer.from(
      `<html><head><meta charset="windows-1252"><title>Caf\xe9 culture</title></head><body><p>Le caf\xe9 est ouvert. ${'Du texte. '.repeat(60)}</p></body></html>`,
      'latin1',
    );
    const article = parseHtml(latin1, 'cafe.html');
    expect(article.title).toBe('Café culture');
    expect(textsOf(article, 'paragraph')[0]).toMatch(/^Le café est ouvert\./);
  });

  it('refuses a page with no readable text', async () => {
    expect(await importProblem(() => parseHtml(page('<script>alert(1)</script><img src=x>'), 'blank.html'))).toMatch(
      /^no-content: "blank.html" contains no readable text\.$/,
    );
  });
});

/**
 * Known XSS payloads, each placed in an otherwise ordinary article. Whatever
 * Readability keeps, nothing executable or remote may reach the text, and
 * the word "alert" exists only inside the payloads.
 */
const PAYLOADS: [string, string][] = [
  ['script tag', '<script>alert("xss")</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['img onerror', '<img src=x onerror="alert(\'img\')">'],
  ['svg onload', '<svg onload="alert(1)"><text>svgtext alert(2)</text></svg>'],
  ['javascript: link', '<p>See <a href="javascript:alert(document.cookie)">the source</a> here.</p>'],
  ['iframe', '<iframe src="javascript:alert(3)">iframe alert(4)</iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(5)</script>"></iframe>'],
  ['form', '<form action="https://evil.example"><input value="alert(6)"><button>Send alert(7)</button><textarea>alert(8)</textarea></form>'],
  ['style', '<style>p { background: url("javascript:alert(9)") }</style><p style="background:url(javascript:alert(10))">Styled text.</p>'],
  ['entity-encoded handler', '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;11&#41;">'],
  ['entity-encoded javascript: url', '<a href="&#x6A;avascript&#x3A;&#97;lert(12)">encoded link</a>'],
  ['object and embed', '<object data="evil.swf">alert(13)</object><embed src="evil.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(14)">'],
  ['math and template', '<math><mi xlink:href="javascript:alert(15)">x</mi></math><template><p>alert(16)</p></template>'],
  ['noscript', '<noscript><p>alert(17)</p></noscript>'],
  ['event handler on a paragraph', '<p onclick="alert(18)" onmouseover="alert(19)">Clickable paragraph.</p>'],
  ['broken markup', '<p>Unclosed <b>bold <i>italic</p><<script>alert(20);//<</script><img """><script>alert(21)</script>">'],
  ['base64 data URL', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyMik8L3NjcmlwdD4=">data link</a>'],
];

describe('parseHtml against XSS payloads', () => {
  it.each(PAYLOADS)('keeps only text from %s', (_name, payload) => {
    const html = page(`<article><h1>Council minutes</h1>${FILLER}${payload}${FILLER}</article>`);
    const article = parseHtml(html, 'attack.html');
    expect(article.text).not.toMatch(/alert\(|<script|javascript:|onerror|onload|evil\.example|svgtext/i);
    expect(article.text).toContain('The committee met on Tuesday');
    // Every block is text: no markup of any kind survives.
    for (const [, text] of blocksOf(article)) expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('keeps the visible text around payloads', () => {
    const html = page(`<article>${FILLER}${PAYLOADS.map(([, p]) => p).join('')}</article>`);
    const article = parseHtml(html, 'attack.html');
    expect(article.text).not.toMatch(/alert\(/);
    expect(article.text).toContain('See the source here.');
    expect(article.text).toContain('Clickable paragraph.');
    expect(article.text).toContain('encoded link');
  });

  it('keeps markup a page displays as text (an article about XSS) as inert characters, not markup', () => {
    const html = page(`<article>${FILLER}<p>Attackers send &lt;script&gt;steal()&lt;/script&gt; in comments.</p></article>`);
    const article = parseHtml(html, 'about-xss.html');
    // The reader renders text nodes, never HTML, so these characters cannot run.
    expect(textsOf(article, 'paragraph')).toContain('Attackers send <script>steal()</script> in comments.');
  });
});

describe('parseHtml loads nothing', () => {
  it('makes no request for the images, scripts, styles and frames a page references', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('alert("fetched")');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    try {
      const html = page(
        `<article><h1>Minutes</h1>${FILLER}<img src="${origin}/img.png"><iframe src="${origin}/frame"></iframe>
        <script src="${origin}/script.js"></script><video src="${origin}/v.mp4"></video><object data="${origin}/o"></object></article>`,
        `<title>Minutes</title><link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/font.woff2">`,
      );
      const article = parseHtml(html, 'minutes.html');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
      expect(article.text).toContain('The committee met on Tuesday');
    } finally {
      server.close();
    }
  });
});

describe('short pages and titles with the site name', () => {
  it('keeps a short article, drops the page furniture around it, and takes the site name off the title', async () => {
    const page = `<!doctype html><html><head><title>Siege of Madaya deepens | The Levant Post</title>
      <meta property="og:site_name" content="The Levant Post"></head><body>
      <nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies.</div>
      <article><h1>Siege of Madaya deepens</h1>
      <p>Residents of Madaya described weeks without food as the siege of the mountain town tightened this winter.</p>
      <p>Aid agencies said a convoy was expected within days.</p></article>
      <aside class="comments"><p>First comment!</p></aside></body></html>`;
    const article = parseHtml(new TextEncoder().encode(page), 'madaya.html');
    expect(article.title).toBe('Siege of Madaya deepens');
    expect(article.text).toContain('weeks without food');
    expect(article.text).not.toMatch(/cookies|First comment|Home/);
  });

  it.each([
    ['Siege deepens | The Levant Post', 'The Levant Post', 'Siege deepens'],
    ['The Levant Post - Siege deepens', 'The Levant Post', 'Siege deepens'],
    ['Kerry: patience is limited', 'The Levant Post', 'Kerry: patience is limited'],
    ['Siege deepens | The Levant Post', null, 'Siege deepens | The Levant Post'],
  ])('%s without the site name %s is %s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });
});
