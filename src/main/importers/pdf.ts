/**
 * PDF import: the text layer read with pdf.js, in the order the PDF draws it,
 * and rebuilt into paragraphs and headings by pdf-text-layout. PDFs that
 * cannot give an honest text (locked, cut short, scanned) are refused with a
 * message saying which, rather than imported as an empty or partial document.
 */
import { buildArticle } from './article-builder';
import { ImportError } from './import-error';
import { readPdfInfo } from './pdf-info';
import { linesToBlocks, runsToLines, titleFromLayout, type TextLine, type TextRun } from './pdf-text-layout';
import { loadPdfJs, pdfJsDataFolders } from './pdfjs-loader';
import type { ParsedArticle } from './plain-text';

/** A complete PDF ends with %%EOF; writers may add a little padding after it, never kilobytes. */
const EOF_MARKER_WINDOW = 4096;


interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  if (!endsLikePdf(bytes)) {
    throw new ImportError(
      'truncated',
      `"${fileName}" is an incomplete PDF: the file ends before the PDF does. It was probably cut short while downloading or copying.`,
    );
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of (detach) the buffer it is given; the caller keeps theirs.
    // (A copy, not bytes.slice(): on a Node Buffer, slice() shares memory.)
    data: new Uint8Array(bytes),
    ...pdfJsDataFolders(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw explainOpenFailure(error, fileName);
    });
    const damagedPages = (cause?: unknown) => {
      const failure = new ImportError('damaged', `"${fileName}" is not a readable PDF: its list of pages is damaged.`);
      if (cause !== undefined) failure.cause = cause;
      return failure;
    };
    // A page tree that loops back on itself, or lists no page, is damage, not a scan without text.
    if (pdf.numPages < 1) throw damagedPages();
    const pages: TextLine[][] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      const page = await pdf.getPage(pageNumber).catch((error: unknown) => {
        throw damagedPages(error);
      });
      const content = await page.getTextContent();
      pages.push(runsToLines(content.items.flatMap((item) => ('str' in item ? [toRun(item)] : []))));
      page.cleanup();
    }
    const body = linesToBlocks(pages);
    if (body.length === 0) {
      throw new ImportError(
        'no-text-layer',
        `"${fileName}" has no text to import: its pages are images, as in a scan. Run it through OCR (text recognition) first, then import the result.`,
      );
    }
    const info = await pdf.getMetadata().then(
      (metadata) => metadata.info as Record<string, unknown>,
      () => ({}) as Record<string, unknown>,
    );
    const declared = readPdfInfo(info);
    return buildArticle({
      fileName,
      title: declared.title ?? titleFromLayout(pages),
      byline: declared.author,
      siteName: null,
      publishedAt: declared.publishedAt,
      language: declared.language,
      body,
    });
  } finally {
    await task.destroy();
  }
}

function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - EOF_MARKER_WINDOW));
  return Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).includes('%%EOF', 0, 'latin1');
}

function explainOpenFailure(error: unknown, fileName: string): ImportError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted',
      `"${fileName}" is protected by a password. Open it in a PDF reader, save an unprotected copy, and import that.`,
    );
  }
  const failure = new ImportError('damaged', `"${fileName}" is not a readable PDF: its internal structure is damaged.`);
  failure.cause = error;
  return failure;
}

function toRun(item: PdfTextItem): TextRun {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  return {
    text: item.str,
    x,
    y,
    width: item.width,
    // The text matrix scales the font; its vertical scale is the rendered size, even when rotated.
    fontSize: Math.hypot(c, d) || Math.hypot(a, b),
    endsLine: item.hasEOL,
  };
}
