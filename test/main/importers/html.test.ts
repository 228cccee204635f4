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
    expect(article.publishedAt).toBe('2016-09-23T12:05:00.000Z');
    expect(article.language).toBe('en');
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
    // A separator inside the headline stays as written.
    ['Syria: the war – year five – The Levant Post', 'The Levant Post', 'Syria: the war – year five'],
    ['Syria: the war – year five', 'The Levant Post', 'Syria: the war – year five'],
    // CJK titles set the bar without spaces.
    ['函館朝市 外国人観光客が過去最多に｜北海新報', '北海新報', '函館朝市 外国人観光客が過去最多に'],
    ['Why the river towns are rewriting their flood maps :: Murray Notes', 'Murray Notes', 'Why the river towns are rewriting their flood maps'],
    // Only a whole part that is the outlet's name is cut.
    ['Reuters-style reporting | Reuters', 'Reuters', 'Reuters-style reporting'],
    ['The Post-war years', 'Post', 'The Post-war years'],
    ['The Levant Post', 'The Levant Post', 'The Levant Post'],
  ])('%s without the site name %s is %s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });

  it('cuts a site name it is not told only when the rest is the headline the page shows', () => {
    const headed = (title: string, h1: string) =>
      parseHtml(utf8(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${h1}</h1>${FILLER}</article></body></html>`), 'a.html');
    expect(headed('The Riverside Gazette - Café owners fight new fee', 'Café owners fight new fee').title).toBe('Café owners fight new fee');
    expect(headed('Kerry: patience is limited', 'Kerry').title).toBe('Kerry: patience is limited');
    expect(headed('Council minutes - part two', 'Something else').title).toBe('Council minutes - part two');
  });
});

describe('parseHtml keeps the article whatever its furniture is called', () => {
  it('keeps an <article> marked "commented" and drops the comment thread inside it', () => {
    const html = page(`<header><p>Notes from the archive</p></header><article class="post hentry commented"><h1>Ledger</h1>
      <div class="entry-content">${FILLER}</div>
      <div class="comments-wrapper"><div id="comments"><div class="comment"><p>Beautifully written, and a comment long enough to count as text on its own for a reader-mode scorer that counts characters.</p></div></div>
      <h2 class="comment-reply-title">Leave a Reply</h2></div></article>
      <div class="widget"><h2>Recent posts</h2><p>Maps drawn from memory: how the refugees of one village redrew its streets, house by house, from the camps where they now live.</p>
      <p>The notary of Bab al-Nasr, who kept copies of every deed he witnessed for thirty years, and what became of them when the fighting reached his street.</p></div>`, '<title>Ledger</title>');
    const article = parseHtml(html, 'ledger.html');
    expect(article.text).toContain('The committee met on Tuesday');
    expect(article.text).not.toMatch(/Beautifully written|Leave a Reply|Maps drawn from memory/);
  });

  it('spares a <body> whose class names comments, and drops schema.org comments however their classes are hashed', () => {
    const comment = (text: string) => `<div class="css-9ee3xa" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>${text}</p></div>`;
    const html = utf8(`<!doctype html><html><head><title>Library reopens</title></head><body class="single showing-comments">
      <article><h1>Library reopens</h1><section name="articleBody"><p>The branch library on Mill Street will reopen in September.</p></section></article>
      <section class="css-1m6bezr" aria-label="Reader comments"><h2>Readers respond</h2>
      ${comment('I grew up three streets from Mill Street and spent every Saturday of my childhood there, reading and doing homework.').repeat(6)}</section></body></html>`);
    const article = parseHtml(html, 'library.html');
    expect(article.text).toContain('The branch library on Mill Street will reopen');
    expect(article.text).not.toMatch(/I grew up|Readers respond/);
  });

  it('keeps headings that sit in the header of each update of a live blog', () => {
    const update = (heading: string, text: string) =>
      `<article class="block"><header class="block-header"><time>16.45</time><h2 class="block-title">${heading}</h2></header><div class="block-elements"><p>${text}</p></div><footer><a href="#">Share</a></footer></article>`;
    const html = page(
      `<main><h1>Floods – live</h1><div id="liveblog-body">${update('Army on standby', 'Soldiers are on standby to help with evacuations if the defences at Norton are overtopped tonight, the ministry said.')}${update('Welcome', `${FILLER}`)}</div></main>`,
      '<title>Floods – live</title>',
    );
    const article = parseHtml(html, 'live.html');
    expect(textsOf(article, 'heading')).toEqual(['Army on standby', 'Welcome']);
    expect(article.text).not.toContain('Share');
  });

  it('drops newsletter boxes, share bars, related links and link bars inside the body', () => {
    const html = page(
      `<article><h1>Seeds</h1><div class="feature__body">${FILLER}
        <div class="newsletter-inline"><p>Sign up for The Harvest, our weekly newsletter on food and farming, every Friday morning.</p></div>
        <div class="RelatedCoverage_module"><h3>Related Coverage</h3><ul><li><a href="/a">Aleppo truce extended</a></li></ul></div>
        <p><a href="javascript:print()">Print this story</a> | <a href="/email">E-mail this story</a></p>
        ${FILLER}</div><div class="feature__share"><a href="/t">Share on Twitter</a></div></article>`,
      '<title>Seeds</title>',
    );
    const article = parseHtml(html, 'seeds.html');
    expect(article.text).toContain('The committee met on Tuesday');
    expect(article.text).not.toMatch(/Sign up|Related Coverage|Aleppo truce|Print this story|Share on Twitter/);
  });
});

describe('parseHtml bylines', () => {
  const withByline = (markup: string, head = '<title>Flood maps</title>') =>
    parseHtml(page(`<article><h1>Flood maps</h1>${markup}${FILLER}</article>`, head), 'maps.html').byline;

  it.each([
    ['a "By X and Y" line', '<p><strong>By Daniel Okafor and Ruth Bekele</strong></p>', 'Daniel Okafor and Ruth Bekele'],
    ['microdata authors, each by name', '<p itemprop="author" itemscope>By <span itemprop="name">Tom Ellery</span> and <span itemprop="name">Sara Quinn</span></p>', 'Tom Ellery, Sara Quinn'],
    ['the place filed from left out', '<p class="byline"><span itemprop="author"><a rel="author" href="/p/n">Nadim Haddad</a></span> in Beirut</p>', 'Nadim Haddad'],
    ['a byline element that runs the name into a reading time', '<div class="byline">By <a href="/j/a">Arshad Mohammed</a><span>3 Min Read</span></div>', 'Arshad Mohammed'],
    ['what a byline element says when it is no list of names', '<p class="byline">by the editorial board</p>', 'the editorial board'],
    ['an author box after the text', `${FILLER}<div id="author-box"><p><a rel="author" href="/about">Jo Whitfield</a> grew up in Murray Bridge and writes about the river.</p></div>`, 'Jo Whitfield'],
  ])('finds %s', (_what, markup, expected) => {
    expect(withByline(markup)).toBe(expected);
  });

  it.each([
    ['a newsletter notice', '<p>By clicking Subscribe, you agree to our Terms of Use.</p>'],
    ['a sentence', '<p>By Monday the water had gone down in most streets of the town.</p>'],
  ])('takes no byline from %s', (_what, markup) => {
    expect(withByline(markup)).toBeNull();
  });

  it('prefers people to the outlet the meta tags credit, and falls back to the outlet', () => {
    const outletHead = '<title>Flood maps</title><meta property="og:site_name" content="Field &amp; Frontier"><meta name="author" content="Field &amp; Frontier">';
    expect(withByline('<p>By Daniel Okafor</p>', outletHead)).toBe('Daniel Okafor');
    expect(withByline('', outletHead)).toBe('Field & Frontier');
  });

  it('ignores the authors of comments', () => {
    const comment = '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Grace_in_Leeds</span><p>Good news.</p></div>';
    expect(withByline(`${FILLER}<section aria-label="Reader comments">${comment}</section>`)).toBeNull();
  });
});

describe('parseHtml formulas', () => {
  it('keeps MathML as text: its alttext, its TeX annotation, or its parts spelled out', () => {
    const html = page(
      `<article><h1>Wet sand</h1>${FILLER}
      <p>It stays as long as <math alttext="\\tan\\theta \\le \\mu"><mi>tan</mi><mo>&#x2061;</mo><mi>θ</mi><mo>≤</mo><mi>μ</mi></math>, where the angle is <math><mi>θ</mi></math>.</p>
      <math display="block"><semantics><mrow><mi>Δ</mi><mi>p</mi></mrow><annotation encoding="application/x-tex">\\Delta p</annotation></semantics></math>
      <p>It grows as <math><msup><mi>r</mi><mn>2</mn></msup></math> does, and falls as <math><mfrac><mn>1</mn><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></mfrac></math>.</p></article>`,
      '<title>Wet sand</title>',
    );
    const article = parseHtml(html, 'sand.html');
    expect(article.text).toContain('It stays as long as \\tan\\theta \\le \\mu, where the angle is θ.');
    expect(textsOf(article, 'paragraph')).toContain('\\Delta p');
    expect(article.text).toContain('It grows as r^2 does, and falls as 1/(a + b).');
  });
});

describe('parseHtml on legacy pages', () => {
  const legacyPage = (charset: string, title: string, text: string) =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${title}</title>
    <style type="text/css"><!-- td.story { border: inherit; border-width: 0 0 1px 0; } --></style></head>
    <body><table><tr><td class="story"><h1>${title}</h1><p>${text}</p><p>${text}</p></td></tr></table></body></html>`;

  it('imports a windows-1252 page whose style sheet jsdom cannot parse', () => {
    const bytes = Buffer.from(legacyPage('windows-1252', 'Caf\xe9 owners', `\x93We\x92re not against paying,\x94 said H\xe9l\xe8ne. ${'Du texte. '.repeat(40)}`), 'latin1');
    const article = parseHtml(bytes, 'cafe.html');
    expect(article.title).toBe('Café owners');
    expect(article.text).toContain('“We’re not against paying,” said Hélène.');
  });

  it('imports a Shift_JIS page declared by http-equiv', () => {
    const article = parseHtml(fixture('pages/legacy-shift-jis.html'), 'suwa.html');
    expect(article.title).toBe('諏訪湖の御神渡り、５年ぶりに確認 八剱神社が拝観式');
    expect(article.language).toBe('ja');
    expect(article.text).toContain('拝観式は今月中旬に行う予定。');
  });
});

