/**
 * Decides how to read a file from its bytes and its name. The extension says
 * what the user believes the file is; the bytes must agree, because a
 * mislabelled file (a PNG saved as .pdf, an HTML error page saved as .docx) is
 * better refused with its real nature named than parsed into garbage.
 */
import { ImportError } from './import-error';
import { readZipDirectory } from './zip-directory';

export const IMPORT_FORMATS = ['pdf', 'docx', 'epub', 'html', 'mhtml', 'feed', 'markdown', 'text'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  epub: 'epub',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  rss: 'feed',
  atom: 'feed',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
};

/** How messages name each format. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  pdf: 'a PDF document',
  docx: 'a Word document (.docx)',
  epub: 'an EPUB book',
  html: 'a web page (HTML)',
  mhtml: 'a web page saved as a single file (MHTML)',
  feed: 'a news feed (RSS or Atom)',
  markdown: 'a Markdown file',
  text: 'a text file',
};

const PREFERRED_EXTENSION: Readonly<Record<ImportFormat, string>> = {
  pdf: '.pdf',
  docx: '.docx',
  epub: '.epub',
  html: '.html',
  mhtml: '.mhtml',
  feed: '.rss',
  markdown: '.md',
  text: '.txt',
};

/** What the bytes turned out to be. */
type Content =
  | { kind: 'format'; format: 'pdf' | 'docx' | 'epub' }
  | { kind: 'truncated-zip' }
  | { kind: 'unsupported'; description: string; advice: string }
  | { kind: 'markup' }
  | { kind: 'feed' }
  | { kind: 'text' };

interface Signature {
  offset: number;
  bytes: readonly number[];
  description: string;
  advice: string;
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
const IMAGE_ADVICE = 'Scholia imports text, not pictures; if it is a scanned page, run it through OCR first.';

/** Formats people commonly mistake for importable documents, named so the message can say what the file really is. */
const UNSUPPORTED_SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], description: 'a PNG image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: ascii('GIF8'), description: 'a GIF image', advice: IMAGE_ADVICE },
  { offset: 8, bytes: ascii('WEBP'), description: 'a WebP image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], description: 'a TIFF image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], description: 'a TIFF image', advice: IMAGE_ADVICE },
  {
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    description: 'an old-style Microsoft Office file (.doc, .xls or .ppt)',
    advice: 'Open it in a word processor and save it as .docx or PDF.',
  },
  { offset: 0, bytes: ascii('{\\rtf'), description: 'an RTF document', advice: 'Save it as .docx or PDF.' },
  { offset: 0, bytes: ascii('%!PS'), description: 'a PostScript file', advice: 'Convert it to PDF first.' },
  { offset: 0, bytes: [0x1f, 0x8b], description: 'a gzip archive', advice: 'Extract the document from it first.' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], description: 'a 7-Zip archive', advice: 'Extract the document from it first.' },
  { offset: 0, bytes: ascii('Rar!'), description: 'a RAR archive', advice: 'Extract the document from it first.' },
];

/** PDF readers accept the header anywhere in the first kilobyte (some files carry a prefix). */
const PDF_HEADER_WINDOW = 1024;
const SNIFF_WINDOW = 1024;

/** Chooses the importer for a file, or refuses it with a message naming what the file really is. */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  if (/\.xml$/i.test(fileName)) return xmlFormat(sniffContent(bytes), fileName);
  const declared = declaredFormat(fileName);
  // A header after a prefix is accepted only when the name also says PDF: a text *about* PDFs may quote one.
  if (declared === 'pdf' && indexOfAscii(bytes, '%PDF-', PDF_HEADER_WINDOW) !== -1) return 'pdf';
  const content = sniffContent(bytes);
  if (declared === null) return formatFromContentAlone(content, fileName);
  if (content.kind === 'format') {
    if (content.format === declared) return declared;
    throw mislabelled(fileName, declared, `${FORMAT_NAMES[content.format]}. Rename it to end in ${PREFERRED_EXTENSION[content.format]} and import it again.`);
  }
  if (content.kind === 'truncated-zip') {
    if (declared === 'docx' || declared === 'epub') {
      throw new ImportError(
        'truncated',
        `"${fileName}" is incomplete: the file ends before the end of ${FORMAT_NAMES[declared]}. It was probably cut short while downloading or copying.`,
      );
    }
    throw mislabelled(fileName, declared, 'an incomplete ZIP archive.');
  }
  if (content.kind === 'unsupported') throw mislabelled(fileName, declared, `${content.description}. ${content.advice}`);
  if (declared === 'feed') {
    if (content.kind === 'feed') return 'feed';
    throw mislabelled(fileName, declared, content.kind === 'markup' ? 'a web page (HTML).' : 'not an RSS or Atom feed.');
  }
  // A saved page archive is MIME text; a plain page saved under its name is read as the page it is.
  if (declared === 'mhtml') return content.kind === 'markup' ? 'html' : 'mhtml';
  // Markup and text are both text: only the binary formats must match their bytes.
  if (declared === 'pdf' || declared === 'docx' || declared === 'epub') {
    throw mislabelled(fileName, declared, content.kind === 'markup' ? 'a web page (HTML).' : 'plain text.');
  }
  return declared;
}

function formatFromContentAlone(content: Content, fileName: string): ImportFormat {
  switch (content.kind) {
    case 'format':
      return content.format;
    case 'truncated-zip':
      throw new ImportError('truncated', `"${fileName}" is an incomplete ZIP archive: the file ends early.`);
    case 'unsupported':
      throw new ImportError('unsupported-format', `"${fileName}" is ${content.description}. ${content.advice}`);
    case 'markup':
      return 'html';
    case 'feed':
      return 'feed';
    case 'text':
      return 'text';
  }
}

/** ".xml" names no format of its own: only a feed is imported from one. */
function xmlFormat(content: Content, fileName: string): ImportFormat {
  if (content.kind === 'feed') return 'feed';
  throw new ImportError('unsupported-format', `"${fileName}" is an XML file but not an RSS or Atom feed; Scholia imports XML files only when they are news feeds.`);
}

function declaredFormat(fileName: string): ImportFormat | null {
  const match = /\.([^./\\]+)$/.exec(fileName);
  if (!match) return null;
  return FORMAT_BY_EXTENSION[match[1]!.toLowerCase()] ?? null;
}

function mislabelled(fileName: string, declared: ImportFormat, actually: string): ImportError {
  return new ImportError('wrong-format', `"${fileName}" is named like ${FORMAT_NAMES[declared]}, but it is ${actually}`);
}

function sniffContent(bytes: Uint8Array): Content {
  if (startsWith(bytes, ascii('%PDF-'), 0)) return { kind: 'format', format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], 0) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], 0)) {
    return sniffZip(bytes);
  }
  const signature = UNSUPPORTED_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes, candidate.offset));
  if (signature) return { kind: 'unsupported', description: signature.description, advice: signature.advice };
  if (looksLikeFeed(bytes)) return { kind: 'feed' };
  return looksLikeHtml(bytes) ? { kind: 'markup' } : { kind: 'text' };
}

function sniffZip(bytes: Uint8Array): Content {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    return directory.problem === 'truncated'
      ? { kind: 'truncated-zip' }
      : { kind: 'unsupported', description: 'a damaged ZIP archive', advice: 'Try downloading or exporting it again.' };
  }
  const names = new Set(directory.entries.map((entry) => entry.name));
  // The EPUB container spec requires an uncompressed "mimetype" entry first; its text follows the 38-byte header.
  if (names.has('META-INF/container.xml') || indexOfAscii(bytes, 'application/epub+zip', 100) !== -1) {
    return { kind: 'format', format: 'epub' };
  }
  if (names.has('word/document.xml')) return { kind: 'format', format: 'docx' };
  const officeAdvice = 'Save or export it as .docx or PDF.';
  if ([...names].some((name) => name.startsWith('xl/'))) return { kind: 'unsupported', description: 'an Excel workbook', advice: officeAdvice };
  if ([...names].some((name) => name.startsWith('ppt/'))) return { kind: 'unsupported', description: 'a PowerPoint presentation', advice: officeAdvice };
  if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument', 100) !== -1) {
    return { kind: 'unsupported', description: 'an OpenDocument file', advice: officeAdvice };
  }
  return { kind: 'unsupported', description: 'a ZIP archive', advice: 'Extract the document from it first.' };
}

/** The HTML tags a browser's content sniffer accepts as proof of a web page, plus XHTML's root. */
const HTML_OPENINGS = /^(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<br|<p|<!--)[\s>]/i;

/**
 * RSS 2.0 and Atom 1.0 are told by their root element, after the XML
 * declaration, comments and processing instructions. A document type naming
 * one counts too, so the feed reader can refuse it with its reason.
 */
const FEED_OPENING = /^(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:(?:rss|feed)[\s>]|!DOCTYPE\s+(?:rss|feed)\b)/i;

function looksLikeFeed(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_WINDOW));
  return FEED_OPENING.test(start.replace(/^[\uFEFF\s]+/, ''));
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_WINDOW));
  return HTML_OPENINGS.test(start.replace(/^[\uFEFF\s]+/, ''));
}

function startsWith(bytes: Uint8Array, expected: readonly number[], offset: number): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  const window = bytes.subarray(0, Math.min(bytes.length, within));
  return Buffer.from(window.buffer, window.byteOffset, window.byteLength).indexOf(needle, 0, 'latin1');
}
