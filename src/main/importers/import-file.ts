/**
 * The one entry point for bringing a file into a notebook: recognises the
 * format, enforces its size limit and hands the bytes to that format's
 * importer. Whatever goes wrong reaches the caller as an ImportError with a
 * message the user can act on, never a library's own exception.
 */
import { decodeTextFile, MAX_TEXT_FILE_BYTES } from './decode-text';
import { detectFormat, FORMAT_NAMES, type ImportFormat } from './detect-format';
import { ImportError } from './import-error';
import { findNewsExport, mayBeNewsExport } from './news-export';
import { onlyArticle, singleArticle, type ParsedFile } from './parsed-file';
import { parsePlainText, type ParsedArticle } from './plain-text';

const MB = 1024 * 1024;

/**
 * Size ceilings per format, checked before any parsing. Every importer holds
 * the whole file in memory in the main process, and for HTML a DOM several
 * times its size, so each limit is generous for one article in that format
 * while keeping a mistaken pick (a disk image, a video) from stalling the app.
 */
export const MAX_IMPORT_BYTES: Readonly<Record<ImportFormat, number>> = {
  /** About three million words: far beyond any article, the limit text import always had. */
  text: MAX_TEXT_FILE_BYTES,
  markdown: MAX_TEXT_FILE_BYTES,
  /** Saved pages carry inline styles, scripts and sometimes base64 images besides the article. */
  html: 20 * MB,
  /** A saved page with its images and style sheets inside, base64-encoded; only the page itself is read. */
  mhtml: 50 * MB,
  /** Feeds carry whole articles in content:encoded; a large site's full feed is a few MB. */
  feed: 20 * MB,
  /** PDFs embed fonts and images; long reports reach tens of MB, and pdf.js reads one page at a time. */
  pdf: 100 * MB,
  /** Mostly embedded images, which are never decoded; only the document XML is read. */
  docx: 50 * MB,
  /** Mostly images and fonts; only the chapters' XHTML is read. */
  epub: 50 * MB,
};

/** Imports a file that must be one article (a new version), refusing one that holds several. */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  return onlyArticle(await importArticles(bytes, fileName), fileName);
}

/** Imports one file picked by the user; `fileName` is used for format detection, messages and a fallback title. */
export async function importArticles(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  if (bytes.byteLength === 0) {
    throw new ImportError('empty', `"${fileName}" is empty: the file has no content at all.`);
  }
  const format = detectFormat(bytes, fileName);
  const limit = MAX_IMPORT_BYTES[format];
  if (bytes.byteLength > limit) {
    throw new ImportError(
      'too-large',
      `"${fileName}" is ${(bytes.byteLength / MB).toFixed(1)} MB; Scholia imports ${FORMAT_NAMES[format]} of up to ${limit / MB} MB.`,
    );
  }
  try {
    return await parse(format, bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const failure = new ImportError(
      'damaged',
      `"${fileName}" could not be read as ${FORMAT_NAMES[format]}; the file may be damaged.`,
    );
    failure.cause = error;
    throw failure;
  }
}

/**
 * The parsers built on jsdom, pdf.js and mammoth load on first use: opening a
 * notebook, or a process that only reads text, never pays for them.
 */
async function parse(format: ImportFormat, bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  switch (format) {
    case 'text': {
      const text = decodeTextFile(bytes, fileName);
      const exported = mayBeNewsExport(text) ? findNewsExport(text.split(/\r\n?|\n/), fileName) : null;
      return exported ?? singleArticle(parsePlainText(text, fileName));
    }
    case 'markdown':
      return singleArticle((await import('./markdown')).parseMarkdown(decodeTextFile(bytes, fileName), fileName));
    case 'html':
      return singleArticle((await import('./html')).parseHtml(bytes, fileName));
    case 'mhtml':
      return singleArticle((await import('./mhtml')).parseMhtml(bytes, fileName));
    case 'feed':
      return (await import('./feed')).parseFeed(bytes, fileName);
    case 'pdf':
      return singleArticle(await (await import('./pdf')).parsePdf(bytes, fileName));
    case 'docx':
      return (await import('./docx')).parseDocxArticles(bytes, fileName);
    case 'epub':
      return singleArticle(await (await import('./epub')).parseEpub(bytes, fileName));
  }
}
