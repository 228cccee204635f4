import { describe, expect, it } from 'vitest';
import { parseEpub } from '../../../src/main/importers/epub';
import { blocksOf, importProblem } from './support/article';
import { makeEpub } from './support/epub';
import { zipOf } from './support/zip';

describe('parseEpub', () => {
  it('reads the spine in order with the package metadata', async () => {
    const article = await parseEpub(await makeEpub(), 'paper-memory.epub');
    expect(article.title).toBe('Paper Memory');
    expect(article.byline).toBe('Mina Haddad, Omar Said');
    expect(article.siteName).toBe('Ledger Books');
    expect(article.publishedAt).toBe('2018-05-01');
    expect(blocksOf(article)).toEqual([
      ['title', 'Paper Memory'],
      ['byline', 'Mina Haddad, Omar Said'],
      ['heading', 'Chapter One'],
      ['paragraph', 'The first chapter begins here.'],
      ['quote', 'A quoted line.'],
      ['heading', 'Chapter Two'],
      ['list-item', 'First item'],
      ['list-item', 'Second item'],
    ]);
    expect(article.text).not.toMatch(/alert|evil|Contents|pop-up/);
    expect(article.language).toBeNull();
    expect(article.url).toBeNull();
  });

  it('reads language, address, the publication date among several and only the authors among the creators', async () => {
    const article = await parseEpub(
      await makeEpub(`
        <dc:identifier id="id">urn:isbn:9780000000002</dc:identifier>
        <dc:identifier>https://ledger.example.org/books/paper-memory</dc:identifier>
        <dc:title>Paper Memory</dc:title>
        <dc:creator opf:role="aut">Mina Haddad</dc:creator>
        <dc:creator opf:role="trl">Omar Said</dc:creator>
        <dc:creator id="c3">Lina Kassab</dc:creator>
        <meta refines="#c3" property="role" scheme="marc:relators">ill</meta>
        <dc:date opf:event="modification">2020-01-02</dc:date>
        <dc:date opf:event="publication">2018-05-01</dc:date>
        <dc:language>fr-ca</dc:language>`),
      'paper-memory.epub',
    );
    expect(article.byline).toBe('Mina Haddad');
    expect(article.publishedAt).toBe('2018-05-01');
    expect(article.language).toBe('fr-CA');
    expect(article.url).toBe('https://ledger.example.org/books/paper-memory');
  });

  it('ignores metadata that is no date, no language or no web address, and caps what is too long', async () => {
    const article = await parseEpub(
      await makeEpub(`
        <dc:title>${'Paper Memory '.repeat(20_000)}</dc:title>
        <dc:identifier>javascript:alert(1)</dc:identifier>
        <dc:date>the year of the flood</dc:date>
        <dc:language>???</dc:language>`),
      'paper-memory.epub',
    );
    expect(article.title.length).toBeLessThanOrEqual(1_000);
    expect(article.title).toMatch(/^Paper Memory Paper Memory .*…$/);
    expect(article.publishedAt).toBeNull();
    expect(article.language).toBeNull();
    expect(article.url).toBeNull();
  });

  it('refuses a book whose package file is missing', async () => {
    const bytes = await zipOf({
      mimetype: 'application/epub+zip',
      'META-INF/container.xml': '<container><rootfiles><rootfile full-path="OEBPS/missing.opf"/></rootfiles></container>',
    });
    expect(await importProblem(() => parseEpub(bytes, 'b.epub'))).toBe(
      'damaged: "b.epub" is not a readable EPUB: its package file "OEBPS/missing.opf" is missing or not valid XML.',
    );
  });
});
