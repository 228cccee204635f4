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
