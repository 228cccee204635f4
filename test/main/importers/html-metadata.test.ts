import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../../src/main/importers/html-metadata';

const page = (head: string, html = '<html>', body = '') =>
  new JSDOM(`<!DOCTYPE html>${html}<head>${head}</head><body>${body}</body></html>`).window.document;
const head = (html: string) => page(html);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readPageMetadata', () => {
  it('reads the citation tags journals publish, one author per tag', () => {
    const metadata = readPageMetadata(
      head(`<title>Journal site</title>
        <meta name="citation_title" content="Land Registers After War">
        <meta name="citation_author" content="Haddad, Mina"><meta name="citation_author" content="Said, Omar">
        <meta name="citation_publication_date" content="2019/04/02">
        <meta name="citation_journal_title" content="Journal of Archives">`),
    );
    expect(metadata).toMatchObject({
      title: 'Land Registers After War',
      credits: [['Haddad, Mina', 'Said, Omar']],
      siteName: 'Journal of Archives',
      publishedAt: '2019-04-02',
    });
  });

  it('ignores author profile URLs and unparseable JSON-LD', () => {
    const metadata = readPageMetadata(
      head(`<title>T</title><meta property="article:author" content="https://example.org/mina">
        <script type="application/ld+json">{ not json</script>`),
    );
    expect(metadata).toEqual({
      title: null,
      documentTitle: 'T',
      credits: [],
      siteName: null,
      outletNames: [],
      publishedAt: null,
      url: null,
      language: null,
    });
  });

  it('reads an article out of a @graph, resolving its author and publisher by @id', () => {
    const metadata = readPageMetadata(
      head(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'The ledger &#8211; Marginalia', url: 'https://marginalia.example.org/ledger/', inLanguage: 'en' },
            {
              '@type': ['Article', 'schema:NewsArticle'],
              headline: 'The ledger &amp; the war',
              author: [{ '@id': '#leila' }, 'Omar Said'],
              publisher: { '@id': '#org' },
              datePublished: '2019-03-14T09:12:44+00:00',
              inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en-GB' },
            },
            { '@type': 'Person', '@id': '#leila', givenName: 'Leila', familyName: 'Mansour' },
            { '@type': 'Organization', '@id': '#org', name: 'Marginalia' },
          ],
        }),
      ),
    );
    expect(metadata).toMatchObject({
      title: 'The ledger & the war',
      credits: [['Leila Mansour', 'Omar Said']],
      siteName: 'Marginalia',
      publishedAt: '2019-03-14T09:12:44.000Z',
      url: 'https://marginalia.example.org/ledger/',
      language: 'en-GB',
    });
  });

  it('reads a live blog as an article, and keeps every source of credits in order', () => {
    const metadata = readPageMetadata(
      head(`${jsonLd({ '@type': 'LiveBlogPosting', headline: 'Live', author: { '@type': 'Organization', name: 'Reuters' } })}
        <meta name="sailthru.author" content="Arshad Mohammed"><meta name="byl" content="By Arshad Mohammed">`),
    );
    expect(metadata.title).toBe('Live');
    expect(metadata.credits).toEqual([['Reuters'], ['By Arshad Mohammed'], ['Arshad Mohammed']]);
  });

  it.each([
    ['the canonical link first', '<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://b.example/story">', 'https://a.example/story'],
    ['a relative canonical resolved against og:url', '<link rel="canonical" href="/story?id=4"><meta property="og:url" content="https://b.example/x">', 'https://b.example/story?id=4'],
    ['og:url over a canonical that names only the home page', '<link rel="canonical" href="https://b.example/"><meta property="og:url" content="https://b.example/story">', 'https://b.example/story'],
    ['the JSON-LD address', jsonLd({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://c.example/story' } }), 'https://c.example/story'],
    ['no address that is not http(s)', '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">', null],
    ['no address with a password in it', '<link rel="canonical" href="https://user:secret@a.example/story">', null],
  ])('reads %s', (_what, html, expected) => {
    expect(readPageMetadata(head(html)).url).toBe(expected);
  });

  it('reads the address a browser noted when saving the page', () => {
    const savedByIe = new JSDOM('<!-- saved from url=(0031)http://www.example.com/a.html -->\n<html><head><title>T</title></head></html>').window.document;
    expect(readPageMetadata(savedByIe).url).toBe('http://www.example.com/a.html');
    const singleFile = new JSDOM('<!DOCTYPE html><html><!--\n Page saved with SingleFile \n url: https://example.org/b \n saved date: Mon Jan 01 2024\n--><head></head></html>').window.document;
    expect(readPageMetadata(singleFile).url).toBe('https://example.org/b');
  });

  it.each([
    ['JSON-LD first, as it describes the article', `${jsonLd({ '@type': 'BlogPosting', inLanguage: 'en-GB' })}<meta property="og:locale" content="fr_FR">`, '<html lang="en">', 'en-GB'],
    ['html lang before og:locale', '<meta property="og:locale" content="ja_JP">', '<html lang="ja">', 'ja'],
    ['http-equiv Content-Language without html lang', '<meta http-equiv="content-language" content="en-au, en">', '<html>', 'en-AU'],
    ["og:locale's underscore as a hyphen", '<meta property="og:locale" content="en_US">', '<html>', 'en-US'],
    ['no language from a tag that is none', '<meta property="og:locale" content="not a locale">', '<html lang="und">', null],
  ])('reads the language: %s', (_what, html, root, expected) => {
    expect(readPageMetadata(page(html, root)).language).toBe(expected);
  });

  it('takes the first date that is one, whichever tag holds it', () => {
    const metadata = readPageMetadata(
      head('<meta property="article:published_time" content="soon"><meta property="og:article:published_time" content="2016-05-04T18:42:00+0000">'),
    );
    expect(metadata.publishedAt).toBe('2016-05-04T18:42:00.000Z');
  });

  it('never throws on hostile JSON-LD or gigantic metadata', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const wide = JSON.stringify({ '@graph': Array.from({ length: 50_000 }, () => ({ '@type': 'Thing' })) });
    const metadata = readPageMetadata(
      head(`<script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script>
        <meta property="og:title" content="${'T'.repeat(2_000_000)}"><meta name="author" content="${'A '.repeat(1_000_000)}">`),
    );
    expect(metadata.title!.length).toBeLessThanOrEqual(8_192);
    expect(metadata.credits[0]![0]!.length).toBeLessThanOrEqual(8_192);
  });
});
