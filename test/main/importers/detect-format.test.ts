import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/main/importers/detect-format';
import { importProblem, utf8 } from './support/article';
import { zipOf } from './support/zip';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const OLD_WORD = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PDF = utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const docxZip = () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const epubZip = () =>
  zipOf({ mimetype: 'application/epub+zip', 'META-INF/container.xml': '<container/>', 'OEBPS/content.opf': '<package/>' });

describe('detectFormat', () => {
  it.each([
    ['paper.pdf', PDF, 'pdf'],
    ['PAPER.PDF', PDF, 'pdf'],
    ['page.html', utf8('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), 'html'],
    ['page.htm', utf8('<p>Hi</p>'), 'html'],
    ['notes.md', utf8('# Notes\n\nText'), 'markdown'],
    ['notes.markdown', utf8('Text'), 'markdown'],
    ['story.txt', utf8('Headline\n\nBody'), 'text'],
    // The extension decides between text formats: a .txt quoting HTML is still text.
    ['story.txt', utf8('<p>not markup to this user</p>'), 'text'],
    // No extension: the bytes decide.
    ['download', PDF, 'pdf'],
    ['download', utf8('\uFEFF  <!doctype html><title>x</title>'), 'html'],
    ['download', utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html'],
    ['README', utf8('Plain words about <b>bold</b> ideas.'), 'text'],
  ])('reads %s as %s', (name, bytes, format) => {
    expect(detectFormat(bytes, name)).toBe(format);
  });

  it('tells a .docx from an .epub by what the archive holds', async () => {
    expect(detectFormat(await docxZip(), 'essay.docx')).toBe('docx');
    expect(detectFormat(await epubZip(), 'book.epub')).toBe('epub');
    expect(detectFormat(await docxZip(), 'download')).toBe('docx');
    expect(detectFormat(await epubZip(), 'download')).toBe('epub');
  });

  it('accepts a PDF header after a prefix only when the name says PDF', () => {
    const prefixed = new Uint8Array([...utf8('junk\n'), ...PDF]);
    expect(detectFormat(prefixed, 'paper.pdf')).toBe('pdf');
    expect(detectFormat(utf8('How files start: %PDF-1.7 is the header.'), 'notes.txt')).toBe('text');
  });

  it.each([
    ['a .pdf that is a PNG', PNG, 'scan.pdf', /^wrong-format: "scan.pdf" is named like a PDF document, but it is a PNG image\. .*OCR/],
    ['a .pdf that is text', utf8('Just some words.'), 'paper.pdf', /^wrong-format: .*named like a PDF document, but it is plain text\.$/],
    ['a .pdf that is a web page', utf8('<!DOCTYPE html><p>404 Not Found</p>'), 'paper.pdf', /^wrong-format: .*but it is a web page \(HTML\)\.$/],
    ['a .docx that is not a zip', utf8('<html><body>Error</body></html>'), 'essay.docx', /^wrong-format: .*named like a Word document \(\.docx\), but it is a web page/],
    ['a .docx that is a PDF', PDF, 'essay.docx', /^wrong-format: .*but it is a PDF document\. Rename it to end in \.pdf/],
    ['a .txt that is a PDF', PDF, 'notes.txt', /^wrong-format: .*named like a text file, but it is a PDF document\./],
    ['a .doc renamed .docx', OLD_WORD, 'essay.docx', /^wrong-format: .*old-style Microsoft Office file .*save it as \.docx/],
    ['a PNG with no extension', PNG, 'image', /^unsupported-format: "image" is a PNG image\./],
    ['a legacy .doc', OLD_WORD, 'essay.doc', /^unsupported-format: .*old-style Microsoft Office file/],
  ])('refuses %s', async (_case, bytes, name, message) => {
    expect(await importProblem(() => detectFormat(bytes, name))).toMatch(message);
  });

  it('names zip archives that are neither Word nor EPUB', async () => {
    const excel = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await importProblem(() => detectFormat(excel, 'table.docx'))).toMatch(/^wrong-format: .*but it is an Excel workbook\./);
    const plain = await zipOf({ 'a.txt': 'a' });
    expect(await importProblem(() => detectFormat(plain, 'bundle.zip'))).toMatch(/^unsupported-format: .*is a ZIP archive\. Extract/);
  });

  it('recognises a truncated .docx or .epub', async () => {
    const docx = await docxZip();
    const cut = docx.subarray(0, Math.floor(docx.length * 0.6));
    expect(await importProblem(() => detectFormat(cut, 'essay.docx'))).toMatch(
      /^truncated: "essay.docx" is incomplete: the file ends before the end of a Word document/,
    );
    const epub = await epubZip();
    expect(await importProblem(() => detectFormat(epub.subarray(0, 60), 'book.epub'))).toMatch(/^truncated:/);
  });
});
