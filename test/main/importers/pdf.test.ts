import { describe, expect, it, vi } from 'vitest';
import { parsePdf } from '../../../src/main/importers/pdf';
import { isoFromPdfDate, readPdfInfo } from '../../../src/main/importers/pdf-info';
import { loadPdfJs } from '../../../src/main/importers/pdfjs-loader';
import { blocksOf, importProblem } from './support/article';
import { makeEncryptedPdf, makePdf, makeScannedPdf, type PdfLine } from './support/pdf';

/** An article page as a journal sets it: title, gaps or indents between paragraphs, hyphenated line ends. */
const ARTICLE_PAGES: PdfLine[][] = [
  [
    { text: 'Reconstructing the Archive', y: 780, size: 22 },
    { text: 'Volunteers have begun the slow recon-', y: 720 },
    { text: 'struction of the land registers of the old', y: 706 },
    { text: 'city, one post-war claim at a time.', y: 692 },
    { text: 'A second paragraph follows a blank gap, as', y: 664 },
    { text: 'many reports set their text.', y: 650 },
    { text: 'Methods of Work', y: 620, size: 15 },
    { text: 'Each register is photographed, then trans-', y: 596, x: 68 },
    { text: 'cribed by two volunteers working apart.', y: 582 },
    { text: 'A third paragraph starts with an indent only, as', y: 568, x: 68 },
    { text: 'journals do; records from the era of Bashar al-', y: 554 },
    { text: 'Assad are kept in a separate room.', y: 540 },
    { text: '• Deeds from the old city', y: 512 },
    { text: '• Inheritance registers', y: 498 },
    { text: 'The work continues on the next page without', y: 470 },
    { text: '1', y: 40, x: 297 },
  ],
  [
    { text: 'a break in the sentence, as paragraphs often do.', y: 780 },
    { text: '2', y: 40, x: 297 },
  ],
];

describe('parsePdf', () => {
  it('rebuilds headings, paragraphs and list items in reading order', async () => {
    const article = await parsePdf(await makePdf({ pages: ARTICLE_PAGES }), 'archive.pdf');
    expect(blocksOf(article)).toEqual([
      ['title', 'Reconstructing the Archive'],
      ['paragraph', 'Volunteers have begun the slow reconstruction of the land registers of the old city, one post-war claim at a time.'],
      ['paragraph', 'A second paragraph follows a blank gap, as many reports set their text.'],
      ['heading', 'Methods of Work'],
      ['paragraph', 'Each register is photographed, then transcribed by two volunteers working apart.'],
      ['paragraph', 'A third paragraph starts with an indent only, as journals do; records from the era of Bashar al-Assad are kept in a separate room.'],
      ['list-item', 'Deeds from the old city'],
      ['list-item', 'Inheritance registers'],
      ['paragraph', 'The work continues on the next page without a break in the sentence, as paragraphs often do.'],
    ]);
    expect(article.title).toBe('Reconstructing the Archive');
    expect(article.byline).toBeNull();
    expect(article.publishedAt).toBeNull();
  });

  it('prefers the title and author in the metadata, and ignores placeholders', async () => {
    const named = await parsePdf(await makePdf({ title: 'The Archive Report', author: 'Mina Haddad', pages: ARTICLE_PAGES }), 'a.pdf');
    expect(named.title).toBe('The Archive Report');
    expect(named.byline).toBe('Mina Haddad');
    expect(blocksOf(named).slice(0, 3)).toEqual([
      ['title', 'The Archive Report'],
      ['byline', 'Mina Haddad'],
      ['heading', 'Reconstructing the Archive'],
    ]);
    const placeholder = await parsePdf(await makePdf({ title: 'Microsoft Word - draft3.docx', author: 'Windows User', pages: ARTICLE_PAGES }), 'a.pdf');
    expect(placeholder.title).toBe('Reconstructing the Archive');
    expect(placeholder.byline).toBeNull();
  });

  it('takes the creation date as the publication date, and the language, from the info dictionary', async () => {
    const article = await parsePdf(
      await makePdf({ title: 'The Archive Report', creationDate: new Date('2016-05-04T18:42:00Z'), language: 'en-gb', pages: ARTICLE_PAGES }),
      'a.pdf',
    );
    expect(article.publishedAt).toBe('2016-05-04T18:42:00.000Z');
    expect(article.language).toBe('en-GB');
    const placeholder = await parsePdf(await makePdf({ creationDate: new Date('1970-01-01T00:00:00Z'), pages: ARTICLE_PAGES }), 'a.pdf');
    expect(placeholder.publishedAt).toBeNull();
  });

  it('falls back to the file name when nothing stands out as a title', async () => {
    const article = await parsePdf(await makePdf({ pages: [[{ text: 'Only body text on this page.', y: 700 }]] }), 'field-report-3.pdf');
    expect(blocksOf(article)).toEqual([
      ['title', 'Field report 3'],
      ['paragraph', 'Only body text on this page.'],
    ]);
  });

  it('leaves the bytes it was given intact, Buffer or not', async () => {
    const bytes = await makePdf({ pages: ARTICLE_PAGES });
    const copy = Uint8Array.from(bytes);
    const buffer = Buffer.from(copy);
    await parsePdf(bytes, 'a.pdf');
    await parsePdf(buffer, 'a.pdf');
    expect(bytes).toEqual(copy);
    expect(new Uint8Array(buffer)).toEqual(copy);
  });

  it('refuses a password-protected PDF', async () => {
    const bytes = makeEncryptedPdf('secret', 'Confidential minutes');
    expect(await importProblem(() => parsePdf(bytes, 'minutes.pdf'))).toBe(
      'encrypted: "minutes.pdf" is protected by a password. Open it in a PDF reader, save an unprotected copy, and import that.',
    );
  });

  it('builds its password-protected fixture honestly: the right password opens it', async () => {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({ data: makeEncryptedPdf('secret', 'Confidential minutes'), password: 'secret', isEvalSupported: false });
    const pdf = await task.promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Confidential minutes');
    await task.destroy();
  });

  it('refuses a truncated PDF', async () => {
    const bytes = await makePdf({ pages: ARTICLE_PAGES });
    expect(await importProblem(() => parsePdf(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.pdf'))).toMatch(
      /^truncated: "cut.pdf" is an incomplete PDF: the file ends before the PDF does\./,
    );
  });

  it('refuses a scanned PDF that has no text layer', async () => {
    expect(await importProblem(async () => parsePdf(await makeScannedPdf(), 'scan.pdf'))).toMatch(
      /^no-text-layer: "scan.pdf" has no text to import: its pages are images, as in a scan\. Run it through OCR/,
    );
  });

  it('refuses a PDF whose structure is broken', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n');
    expect(await importProblem(() => parsePdf(broken, 'broken.pdf'))).toMatch(/^damaged: "broken.pdf" is not a readable PDF: its internal structure is damaged\.$/);
  });
});

describe('parsePdf offline', () => {
  it('never calls fetch, even for a PDF whose font is not embedded', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network'));
    try {
      // pdf-lib's standard fonts are not embedded, the case where pdf.js looks for font data.
      const article = await parsePdf(await makePdf({ pages: ARTICLE_PAGES }), 'offline.pdf');
      expect(article.title).toBe('Reconstructing the Archive');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('readPdfInfo', () => {
  it.each([
    ['D:20160504184200Z', '2016-05-04T18:42:00.000Z'],
    ["D:20160504184200+02'00'", '2016-05-04T16:42:00.000Z'],
    ["D:20160504184200-05'30", '2016-05-05T00:12:00.000Z'],
    // Without its zone a time says no moment: the day is what is certain.
    ['D:20160504184200', '2016-05-04'],
    ['D:20160504', '2016-05-04'],
    ['D:2016', '2016'],
    ['2016-05-04', '2016-05-04'],
    // Before PDF existed, in the far future, or no calendar day at all.
    ['D:19850101120000Z', null],
    ['D:99991231235959Z', null],
    ['D:20160231120000Z', null],
    ['D:00000000000000Z', null],
    ['not a date', null],
    ['', null],
  ])('reads the CreationDate %j as %j', (creationDate, expected) => {
    expect(readPdfInfo({ CreationDate: creationDate }).publishedAt).toBe(expected);
  });

  it('ignores what is not a string, placeholders and languages that are none', () => {
    expect(readPdfInfo({ Title: 42, Author: 'Windows User', CreationDate: { year: 2016 }, Language: 'x-default!' })).toEqual({
      title: null,
      author: null,
      publishedAt: null,
      language: null,
    });
    expect(isoFromPdfDate(null)).toBeNull();
  });
});
