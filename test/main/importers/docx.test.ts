import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/main/importers/docx';
import { blocksOf } from './support/article';
import { makeArticleDocx } from './support/docx';

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
});
