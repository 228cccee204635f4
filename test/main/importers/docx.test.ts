import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/main/importers/docx';
import { blocksOf } from './support/article';
import { coreXml, makeArticleDocx, withCoreProperties } from './support/docx';

describe('parseDocx', () => {
  it('keeps the Title style as title and headings, bullets and quotes as their kinds', async () => {
    const article = await parseDocx(await makeArticleDocx(), 'registers.docx');
    expect(article.title).toBe('Saving the Land Registers');
    expect(article.byline).toBe('Mina Haddad');
    expect(blocksOf(article)).toEqual([
      ['title', 'Saving the Land Registers'],
      ['byline', 'Mina Haddad'],
      ['heading', 'Background'],
      ['paragraph', 'Volunteers moved forty thousand deeds, according to the archive.'],
      ['list-item', 'Deeds from the old city'],
      ['list-item', 'Registers of inheritance'],
      ['quote', 'We are saving the proof that people lived here.'],
      ['heading', 'Method'],
      ['paragraph', 'Every deed is photographed twice.'],
    ]);
    expect(article.wordCount).toBe(33);
  });

  it('takes a leading Heading 1 as the title when no paragraph has the Title style', async () => {
    const article = await parseDocx(await makeArticleDocx({ withTitleStyle: false }), 'registers.docx');
    expect(article.title).toBe('Background');
    expect(blocksOf(article)[0]).toEqual(['title', 'Background']);
    expect(blocksOf(article)[2]).toEqual(['paragraph', 'Volunteers moved forty thousand deeds, according to the archive.']);
  });

  it('ignores placeholder authors', async () => {
    const article = await parseDocx(await makeArticleDocx({ creator: 'Windows User' }), 'registers.docx');
    expect(article.byline).toBeNull();
    expect(blocksOf(article)[1]).toEqual(['heading', 'Background']);
  });

  it('reads title, author, creation date and language from the core properties', async () => {
    const bytes = await withCoreProperties(
      await makeArticleDocx({ withTitleStyle: false }),
      coreXml(`<dc:title>Saving the Land Registers &amp; Deeds</dc:title><dc:creator>Mina Haddad</dc:creator><dc:language>en-GB</dc:language>
        <dcterms:created xsi:type="dcterms:W3CDTF">2016-05-04T18:42:00Z</dcterms:created>
        <dcterms:modified xsi:type="dcterms:W3CDTF">2016-06-01T09:00:00Z</dcterms:modified>`),
    );
    const article = await parseDocx(bytes, 'registers.docx');
    expect(article.byline).toBe('Mina Haddad');
    expect(article.publishedAt).toBe('2016-05-04T18:42:00.000Z');
    expect(article.language).toBe('en-GB');
    // A leading heading is the title shown; the properties' title stands in only without one.
    expect(article.title).toBe('Background');
  });

  it('takes the last-saved date when the creation date is not plausible', async () => {
    const bytes = await withCoreProperties(
      await makeArticleDocx({ withTitleStyle: false }),
      coreXml(`<dcterms:created xsi:type="dcterms:W3CDTF">1601-01-01T00:00:00Z</dcterms:created>
        <dcterms:modified xsi:type="dcterms:W3CDTF">2016-06-01</dcterms:modified>`),
    );
    const article = await parseDocx(bytes, 'registers.docx');
    expect(article.publishedAt).toBe('2016-06-01');
    expect(article.language).toBeNull();
  });

  it('imports the text whatever the core properties hold: broken XML, absurd dates, a title of a million characters', async () => {
    const base = await makeArticleDocx();
    for (const xml of [
      '<cp:coreProperties><dc:title>never closed',
      coreXml('<dcterms:created>9999-12-31T23:59:59Z</dcterms:created><dc:language>not a language at all</dc:language>'),
      coreXml(`<dc:creator>${'A'.repeat(1_000_000)}</dc:creator>`),
    ]) {
      const article = await parseDocx(await withCoreProperties(base, xml), 'registers.docx');
      expect(article.title).toBe('Saving the Land Registers');
      expect(article.publishedAt).toBeNull();
      expect(article.language).toBeNull();
      expect(article.byline?.length ?? 0).toBeLessThanOrEqual(500);
    }
  });
});
