import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata, toIsoDate } from '../../../src/main/importers/html-metadata';

const head = (html: string) => new JSDOM(`<!DOCTYPE html><head>${html}</head><body></body>`).window.document;

describe('readPageMetadata', () => {
  it('reads the citation tags journals publish, one author per tag', () => {
    const metadata = readPageMetadata(
      head(`<title>Journal site</title>
        <meta name="citation_title" content="Land Registers After War">
        <meta name="citation_author" content="Haddad, Mina"><meta name="citation_author" content="Said, Omar">
        <meta name="citation_publication_date" content="2019/04/02">
        <meta name="citation_journal_title" content="Journal of Archives">`),
    );
    expect(metadata).toEqual({
      title: 'Land Registers After War',
      byline: 'Haddad, Mina, Said, Omar',
      siteName: 'Journal of Archives',
      publishedAt: '2019-04-02',
    });
  });

  it('ignores author profile URLs and unparseable JSON-LD', () => {
    const metadata = readPageMetadata(
      head(`<title>T</title><meta property="article:author" content="https://example.org/mina">
        <script type="application/ld+json">{ not json</script>`),
    );
    expect(metadata).toEqual({ title: 'T', byline: null, siteName: null, publishedAt: null });
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2016-09-23', '2016-09-23'],
    ['2016/09/23', '2016-09-23'],
    ['2016-02-30', null],
    ['2016', '2016'],
    ['2016-09', '2016-09'],
    ['2016-09-23T14:05:00+02:00', '2016-09-23T14:05:00+02:00'],
    ['2016-09-23T14:05:00Z', '2016-09-23T14:05:00Z'],
    ['Fri, 23 Sep 2016 12:05:00 GMT', '2016-09-23T12:05:00.000Z'],
    ['yesterday', null],
    ['5', null],
    [null, null],
  ])('reads %j as %j', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
