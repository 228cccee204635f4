import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/main/importers/detect-format';
import { importArticles, importFile } from '../../../src/main/importers/import-file';
import { MAX_ARTICLES_PER_FILE } from '../../../src/main/importers/parsed-file';
import { blocksOf, importProblem, utf8 } from './support/article';
import { atomFeed, rssFeed } from './support/news';

describe('RSS feeds', () => {
  it('makes each item an article with its headline, address, author, date, outlet and language', async () => {
    const { articles, notes } = await importArticles(utf8(rssFeed(3)), 'levant.rss');
    expect(notes).toEqual([]);
    expect(articles.map((article) => [article.title, article.url, article.byline, article.publishedAt, article.siteName, article.language])).toEqual([
      ['Madaya convoy 1 reaches the town', 'https://levantpost.example/world/madaya-1', 'Rana Haddad', '2016-01-10T09:30:00.000Z', 'The Levant Post & Review', 'en-GB'],
      ['Madaya convoy 2 reaches the town', 'https://levantpost.example/world/madaya-2', 'Rana Haddad', '2016-01-11T09:30:00.000Z', 'The Levant Post & Review', 'en-GB'],
      ['Madaya convoy 3 reaches the town', 'https://levantpost.example/world/madaya-3', 'Rana Haddad', '2016-01-12T09:30:00.000Z', 'The Levant Post & Review', 'en-GB'],
    ]);
  });

  it('takes the body from content:encoded, sanitized and reduced to blocks, before the description', async () => {
    const { articles } = await importArticles(utf8(rssFeed(1)), 'levant.rss');
    expect(blocksOf(articles[0]!)).toEqual([
      ['title', 'Madaya convoy 1 reaches the town'],
      ['byline', 'Rana Haddad'],
      ['paragraph', 'Aid trucks entered Madaya on day 1 of the operation, residents said.'],
      ['paragraph', 'The United Nations said more convoys would follow.'],
    ]);
    expect(articles[0]!.text).not.toMatch(/pwned|tracker|Short summary/);
  });

  it('reads the description as HTML when there is no content:encoded, and decodes escaped titles', async () => {
    const feed = `<rss version="2.0"><channel><title>Wire</title><item><title>Kerry &amp;#8216;limited&amp;#8217;</title>
      <author>desk@wire.example (Jo Biddle)</author><pubDate>Wed, 04 May 2016 15:52:00 GMT</pubDate>
      <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description></item></channel></rss>`;
    const [article] = (await importArticles(utf8(feed), 'wire.xml')).articles;
    expect(article!.title).toBe('Kerry ‘limited’');
    expect(article!.byline).toBe('Jo Biddle');
    expect(blocksOf(article!).slice(2)).toEqual([
      ['paragraph', 'First paragraph.'],
      ['paragraph', 'Second & last.'],
    ]);
  });

  it('leaves out an item with a headline and no text, saying so, and refuses a feed of headlines only', async () => {
    const headlineOnly = '<item><title>Photos of the day</title><link>https://levantpost.example/photos</link></item>';
    const { articles, notes } = await importArticles(utf8(rssFeed(2, headlineOnly)), 'levant.rss');
    expect(articles).toHaveLength(2);
    expect(notes).toEqual(['Item 3, “Photos of the day”, of "levant.rss" was left out: it has no text.']);
    expect(await importProblem(() => importArticles(utf8(rssFeed(0, headlineOnly)), 'levant.rss'))).toBe(
      'no-content: "levant.rss" is a feed of 1 items, none with any text to import (headlines alone are not imported).',
    );
  });

  it('refuses a feed with no items', async () => {
    expect(await importProblem(() => importArticles(utf8(rssFeed(0)), 'empty.rss'))).toBe('no-content: "empty.rss" is a feed with no items: there is nothing to import.');
  });

  it('refuses a feed of more items than Scholia takes from one file, before reading any', async () => {
    const many = `<rss version="2.0"><channel><title>Flood</title>${'<item><title>t</title><description>d</description></item>'.repeat(MAX_ARTICLES_PER_FILE + 1)}</channel></rss>`;
    expect(await importProblem(() => importArticles(utf8(many), 'flood.rss'))).toBe(
      'too-large: "flood.rss" holds 1,001 items; Scholia imports up to 1,000 from one file. Split it into smaller files.',
    );
  });

  it('refuses a document type (entity expansion) and an undeclared entity, and broken XML', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title><item><title>x</title><description>&b;</description></item></channel></rss>`;
    expect(await importProblem(() => importArticles(utf8(bomb), 'bomb.rss'))).toMatch(/^unsupported-format: "bomb\.rss" declares a document type \(DOCTYPE\)/);
    const external = `<!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss version="2.0"><channel><title>x</title></channel></rss>`;
    expect(await importProblem(() => importArticles(utf8(external), 'external.rss'))).toMatch(/^unsupported-format: .*DOCTYPE/);
    const undeclared = rssFeed(1).replace('Short summary 1.', 'Short &nbsp; summary');
    expect(await importProblem(() => importArticles(utf8(undeclared), 'entity.rss'))).toMatch(/^damaged: "entity\.rss" uses an entity it does not declare/);
    expect(await importProblem(() => importArticles(utf8(rssFeed(1).replace('</channel>', '')), 'broken.rss'))).toMatch(/^damaged: "broken\.rss" is not well-formed XML/);
  });

  it('honours an encoding the XML declaration names', async () => {
    const feed = '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Caf\xe9 Press</title><item><title>Caf\xe9s reopen</title><description>The caf\xe9s of Homs reopened.</description></item></channel></rss>';
    const [article] = (await importArticles(new Uint8Array(Buffer.from(feed, 'latin1')), 'cafe.rss')).articles;
    expect([article!.title, article!.siteName]).toEqual(['Cafés reopen', 'Café Press']);
  });
});

describe('Atom feeds', () => {
  it('makes each entry an article: HTML and text content, authors, dates, links resolved, xml:lang', async () => {
    const { articles, notes } = await importArticles(utf8(atomFeed()), 'courrier.atom');
    expect(articles.map((a) => [a.title, a.url, a.byline, a.publishedAt, a.siteName, a.language])).toEqual([
      ['Trêve à Alep', 'https://courrier.example/monde/treve-alep', 'Claire Dupont', '2016-05-04T10:00:00.000Z', 'Le Courrier du Levant', 'fr'],
      ['Genève, sans date', 'https://courrier.example/monde/geneve', 'La rédaction', '2016-05-06T08:00:00.000Z', 'Le Courrier du Levant', 'fr'],
    ]);
    expect(blocksOf(articles[0]!).slice(2)).toEqual([
      ['paragraph', 'La trêve a été prolongée.'],
      ['paragraph', 'Les habitants respirent.'],
    ]);
    expect(blocksOf(articles[1]!).slice(2)).toEqual([
      ['paragraph', 'Les négociateurs sont repartis.'],
      ['paragraph', "Aucune date n'a été fixée."],
    ]);
    expect(notes).toEqual(['Item 3, “En images”, of "courrier.atom" was left out: its text is in a form Scholia does not read (inline XHTML or a separate file).']);
  });
});

describe('recognising feeds', () => {
  it('tells a feed by its root element, in .rss, .atom and .xml files', () => {
    expect(detectFormat(utf8(rssFeed(1)), 'a.rss')).toBe('feed');
    expect(detectFormat(utf8(atomFeed()), 'a.atom')).toBe('feed');
    expect(detectFormat(utf8(atomFeed()), 'a.xml')).toBe('feed');
    expect(detectFormat(utf8(`<!-- saved -->\n${rssFeed(1).replace(/^<\?xml[^>]*>\n/, '')}`), 'a.xml')).toBe('feed');
    expect(detectFormat(utf8(rssFeed(1)), 'no-extension')).toBe('feed');
  });

  it('refuses an .xml file that is not a feed, and a .rss that is not one', async () => {
    expect(await importProblem(() => importArticles(utf8('<?xml version="1.0"?><project/>'), 'data.xml'))).toBe(
      'unsupported-format: "data.xml" is an XML file but not an RSS or Atom feed; Scholia imports XML files only when they are news feeds.',
    );
    expect(await importProblem(() => importArticles(utf8('Just some notes.'), 'notes.rss'))).toBe(
      'wrong-format: "notes.rss" is named like a news feed (RSS or Atom), but it is not an RSS or Atom feed.',
    );
  });

  it('refuses a feed where one article is wanted (a new version), naming how many it holds', async () => {
    expect(await importProblem(() => importFile(utf8(rssFeed(3)), 'levant.rss'))).toBe(
      'several-articles: "levant.rss" holds 3 articles, not one. Import the file, then choose the article you mean.',
    );
  });
});
