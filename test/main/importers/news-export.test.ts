import { describe, expect, it } from 'vitest';
import { importArticles } from '../../../src/main/importers/import-file';
import { MAX_ARTICLES_PER_FILE } from '../../../src/main/importers/parsed-file';
import { openTestNotebook, snapshotFolder } from '../../support/notebook';
import { useTempDirs } from '../../support/temp-dir';
import { blocksOf, importProblem, utf8 } from './support/article';
import { makeArticleDocx } from './support/docx';
import { NEXIS_ARTICLES, makeNexisDocx, nexisLines, nexisText } from './support/news';

const tempDir = useTempDirs();

const EXPECTED = [
  ["Kerry tells Russia US patience on Syria 'limited'", 'Agence France Presse -- English', '2016-05-04T15:52:00.000Z', 'Jo Biddle', 'en'],
  ['Aleppo truce extended by 48 hours', 'The Guardian (London)', '2016-05-06', 'Martin Chulov in Beirut', 'en'],
  ['Syria: talks in Geneva stall again', 'The New York Times', '2016-05-07', null, null],
];

describe('news database exports (Nexis Uni)', () => {
  it('splits a Word export into its articles, each with headline, outlet, date, byline and language', async () => {
    const { articles, notes } = await importArticles(await makeNexisDocx(), 'nexis-export.docx');
    expect(notes).toEqual([]);
    expect(articles.map((a) => [a.title, a.siteName, a.publishedAt, a.byline, a.language])).toEqual(EXPECTED);
  });

  it('keeps only the body as text: no cover page, labels, load date or classification', async () => {
    const { articles } = await importArticles(await makeNexisDocx(), 'nexis-export.docx');
    expect(blocksOf(articles[1]!)).toEqual([
      ['title', 'Aleppo truce extended by 48 hours'],
      ['byline', 'Martin Chulov in Beirut'],
      ...NEXIS_ARTICLES[1]!.paragraphs.map((text) => ['paragraph', text]),
    ]);
    expect(articles.map((a) => a.text).join('\n')).not.toMatch(/User Name|Length:|Load-Date|Classification|Copyright|End of Document|Section:/);
    expect(articles[2]!.wordCount).toBe(NEXIS_ARTICLES[2]!.paragraphs.join(' ').split(' ').length);
  });

  it('splits a plain-text export the same way, joining lines a text export wraps', async () => {
    const text = nexisText().replace('US Secretary of State John Kerry warned Russia ', 'US Secretary of State John Kerry warned Russia\r\n');
    const { articles } = await importArticles(utf8(text), 'nexis-export.txt');
    expect(articles.map((a) => [a.title, a.siteName, a.publishedAt, a.byline, a.language])).toEqual(EXPECTED);
    expect(blocksOf(articles[0]!)[2]).toEqual(['paragraph', NEXIS_ARTICLES[0]!.paragraphs[0]]);
  });

  it('reads "Highlight:" as the standfirst', async () => {
    const lines = NEXIS_ARTICLES.flatMap((article, index) => nexisLines(article, index));
    lines.splice(lines.indexOf('Body'), 0, 'Highlight: The truce holds, for now.');
    const { articles } = await importArticles(utf8(lines.join('\n\n')), 'nexis.txt');
    expect(blocksOf(articles[0]!)[2]).toEqual(['standfirst', 'The truce holds, for now.']);
  });

  it('leaves an ordinary Word or text document as one article, even one that says "End of Document" once', async () => {
    expect((await importArticles(await makeArticleDocx(), 'registers.docx')).articles).toHaveLength(1);
    const once = utf8('Minutes\n\nWe discussed the archive.\n\nEnd of Document');
    expect((await importArticles(once, 'minutes.txt')).articles.map((a) => a.title)).toEqual(['Minutes']);
  });

  it('notes an article without text and what follows the last marker, and imports the rest', async () => {
    const empty = { ...NEXIS_ARTICLES[2]!, paragraphs: [] };
    const lines = [...nexisLines(NEXIS_ARTICLES[0]!, 0), ...nexisLines(empty, 1), ...nexisLines(NEXIS_ARTICLES[1]!, 2), 'A stray line'];
    const { articles, notes } = await importArticles(utf8(lines.join('\n')), 'nexis.txt');
    expect(articles.map((a) => a.title)).toEqual([NEXIS_ARTICLES[0]!.headline, NEXIS_ARTICLES[1]!.headline]);
    expect(notes).toEqual([
      'Article 2, “Syria: talks in Geneva stall again”, in "nexis.txt" has no text; it was left out.',
      'The text after the last “End of Document” in "nexis.txt" is no complete article; it was left out.',
    ]);
  });

  it('refuses an export of more articles than Scholia takes from one file', async () => {
    const flood = 'Headline\nOutlet\nMay 4, 2016\nBody\nText.\nEnd of Document\n'.repeat(MAX_ARTICLES_PER_FILE + 1);
    expect(await importProblem(() => importArticles(utf8(flood), 'flood.txt'))).toBe(
      'too-large: "flood.txt" holds 1,001 articles; Scholia imports up to 1,000 from one file. Split it into smaller files.',
    );
  });
});

describe('importing an export into a notebook', () => {
  it('adds one document per article, says which were already there, and stores nothing of a refused file', async () => {
    const dir = await tempDir();
    const notebook = await openTestNotebook(dir);
    try {
      const docx = await makeNexisDocx();
      const first = await notebook.imports.file(docx, 'nexis-export.docx');
      expect(first.articles.map((outcome) => outcome.status)).toEqual(['imported', 'imported', 'imported']);
      const listed = notebook.library.list().filter((d) => d.origin.fileName === 'nexis-export.docx');
      const day = (date: string | null | undefined) => date?.slice(0, 10);
      expect(listed.map((d) => [d.title, d.source, day(d.publishedAt)]).sort()).toEqual(EXPECTED.map(([title, outlet, date]) => [title, outlet, day(date)]).sort());
      const again = await notebook.imports.file(utf8(nexisText()), 'nexis-export.txt');
      expect(again.articles.map((outcome) => outcome.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

      const before = await snapshotFolder(dir);
      const flood = 'H\nO\nMay 4, 2016\nBody\nText.\nEnd of Document\n'.repeat(MAX_ARTICLES_PER_FILE + 1);
      await expect(notebook.imports.file(utf8(flood), 'flood.txt')).rejects.toMatchObject({ code: 'import-failed' });
      expect(await snapshotFolder(dir)).toEqual(before);
      // A new version is one article: an export is refused as one, naming how many it holds.
      await expect(notebook.imports.parseFile(docx, 'nexis-export.docx')).rejects.toMatchObject({ message: expect.stringMatching(/holds 3 articles, not one/) });
    } finally {
      await notebook.close();
    }
  });
});
