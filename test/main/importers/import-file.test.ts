import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFile, MAX_IMPORT_BYTES } from '../../../src/main/importers/import-file';
import { SAMPLE_FILE, sampleBytes } from '../../support/sample';
import { blocksOf, importProblem, utf8 } from './support/article';
import { makeArticleDocx } from './support/docx';
import { makeEpub } from './support/epub';
import { makePdf } from './support/pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

/** A file of `size` bytes that starts like the given format and is otherwise filler. */
function oversized(start: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(utf8(start));
  return bytes;
}

describe('importFile dispatches on the detected format', () => {
  it.each([
    ['the bundled .txt sample', () => sampleBytes(), SAMPLE_FILE, "Kerry tells Russia US patience on Syria 'limited'"],
    ['Markdown', () => fixture('field-notes.md'), 'field-notes.md', 'Field notes: the Aleppo archive'],
    ['a saved web page', () => fixture('news-article.html'), 'news-article.html', "Archivists race to save Aleppo's records"],
    ['a web page without an extension', () => fixture('news-article.html'), 'saved-page', "Archivists race to save Aleppo's records"],
    ['a PDF', () => makePdf({ title: 'PDF title', pages: [[{ text: 'Body.', y: 700 }]] }), 'a.pdf', 'PDF title'],
    ['a Word document', () => makeArticleDocx(), 'a.docx', 'Saving the Land Registers'],
    ['an EPUB', () => makeEpub(), 'a.epub', 'Paper Memory'],
  ])('imports %s', async (_name, bytes, fileName, title) => {
    const article = await importFile(await bytes(), fileName);
    expect(article.title).toBe(title);
    expect(blocksOf(article)[0]).toEqual(['title', title]);
    expect(article.text.length).toBeGreaterThan(title.length);
  });
});

describe('importFile refuses what it cannot import, with a specific message', () => {
  it.each([
    ['an empty PDF', new Uint8Array(), 'a.pdf', /^empty: "a.pdf" is empty: the file has no content at all\.$/],
    ['an empty web page', new Uint8Array(), 'a.html', /^empty:/],
    ['a text file of blank lines', utf8('\n\n  \n'), 'a.txt', /^empty: "a.txt" is empty: there is no text to import\.$/],
    ['a blank Markdown file', utf8('   '), 'a.md', /^empty:/],
    ['a Latin-1 text file', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'cafe.txt', /^not-utf8: "cafe.txt" is not valid UTF-8 text\. Save it as UTF-8/],
    ['a Latin-1 Markdown file', new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9]), 'cafe.md', /^not-utf8: "cafe.md"/],
    ['a .pdf that is a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'scan.pdf', /^wrong-format: "scan.pdf" is named like a PDF document, but it is a PNG image\./],
    ['a web page with no text', utf8('<html><body><script>alert(1)</script></body></html>'), 'a.html', /^no-content: "a.html" contains no readable text\.$/],
  ])('refuses %s', async (_name, bytes, fileName, message) => {
    expect(await importProblem(() => importFile(bytes, fileName))).toMatch(message);
  });

  it.each([
    ['html', '<!DOCTYPE html>', 'big.html', /^too-large: "big.html" is 20\.0 MB; Scholia imports a web page \(HTML\) of up to 20 MB\.$/],
    ['pdf', '%PDF-1.7\n', 'big.pdf', /^too-large: "big.pdf" is 100\.0 MB; Scholia imports a PDF document of up to 100 MB\.$/],
    ['markdown', '# Big', 'big.md', /^too-large: "big.md" is 20\.0 MB; Scholia imports a Markdown file of up to 20 MB\.$/],
    ['text', 'Big', 'big.txt', /^too-large: "big.txt" is 20\.0 MB; Scholia imports a text file of up to 20 MB\.$/],
  ] as const)('refuses a %s file over its size limit', async (format, start, fileName, message) => {
    const bytes = oversized(start, MAX_IMPORT_BYTES[format] + 1);
    expect(await importProblem(() => importFile(bytes, fileName))).toMatch(message);
  });

  it('refuses a Word document over its size limit', async () => {
    const zip = await JSZip.loadAsync(await makeArticleDocx());
    zip.file('word/media/huge.bin', new Uint8Array(MAX_IMPORT_BYTES.docx), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await importProblem(() => importFile(bytes, 'huge.docx'))).toMatch(/^too-large: "huge.docx" is 50\.0 MB; .*of up to 50 MB\.$/);
  });

  it.each([
    ['PDF', () => makePdf({ pages: [[{ text: 'Some text.', y: 700 }]] }), 'cut.pdf', /^truncated: "cut.pdf" is an incomplete PDF/],
    ['Word document', () => makeArticleDocx(), 'cut.docx', /^truncated: "cut.docx" is incomplete: the file ends before the end of a Word document/],
    ['EPUB', () => makeEpub(), 'cut.epub', /^truncated: "cut.epub" is incomplete: the file ends before the end of an EPUB book/],
  ])('refuses a truncated %s', async (_name, make, fileName, message) => {
    const bytes = await make();
    expect(await importProblem(() => importFile(bytes.subarray(0, Math.floor(bytes.length * 0.7)), fileName))).toMatch(message);
  });

  it('turns a library failure on a damaged file into an ImportError, never a raw exception', async () => {
    const zip = await JSZip.loadAsync(await makeArticleDocx());
    zip.file('word/document.xml', '<w:document><unclosed');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await importProblem(() => importFile(bytes, 'damaged.docx'))).toBe(
      'damaged: "damaged.docx" could not be read as a Word document (.docx); the file may be damaged.',
    );
  });
});

describe('importFile under concurrency', () => {
  // 78 imports twice over: on a busy two-core machine this takes several seconds.
  it('gives the same result for files imported all at once as one by one', { timeout: 30_000 }, async () => {
    // More files than one parsing window serves, interleaving async (Word, EPUB) and sync (HTML, Markdown) importers.
    const files: [string, Uint8Array][] = [];
    for (let index = 0; index < 12; index += 1) {
      files.push([`page-${index}.html`, fixture('news-article.html')]);
      files.push([`notes-${index}.md`, fixture('field-notes.md')]);
      files.push([`essay-${index}.docx`, await makeArticleDocx()]);
      if (index % 4 === 0) files.push([`book-${index}.epub`, await makeEpub()]);
    }
    const oneByOne = [];
    for (const [name, bytes] of files) oneByOne.push(await importFile(bytes, name));
    const allAtOnce = await Promise.all(files.map(([name, bytes]) => importFile(bytes, name)));
    expect(allAtOnce).toEqual(oneByOne);
  });
});
