/**
 * Word (.docx) import: mammoth turns Word's paragraph styles into HTML
 * (Heading n → hn, list paragraphs → li), which the shared walker turns into
 * blocks. Images are never decoded and linked external files never opened.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildArticle } from './article-builder';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks, takeText } from './html-to-blocks';
import { isMarkupEntry, refuseOversizedEntries } from './bounded-unzip';
import { readCoreProperties } from './docx-core-properties';
import { ImportError } from './import-error';
import { findNewsExport, mayBeNewsExport } from './news-export';
import { onlyArticle, singleArticle, type ParsedFile } from './parsed-file';
import type { ParsedArticle } from './plain-text';
import { readZipDirectory } from './zip-directory';

/**
 * The unpacked document XML may be this large: far beyond any article (text
 * compresses about 10:1, so a 50 MB file of pure text stays under it), small
 * enough that a "zip bomb" declaring gigabytes is refused before unpacking.
 */
export const MAX_DOCX_XML_BYTES = 500 * 1024 * 1024;

/** Word's built-in styles with a block kind of their own, beyond mammoth's defaults (headings, lists). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.document-title:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

/** A Word document as one article. */
export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  return onlyArticle(await parseDocxArticles(bytes, fileName), fileName);
}

/** A Word document: one article, or each article of a news database's export (see news-export.ts). */
export async function parseDocxArticles(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  refuseZipBomb(bytes, fileName);
  // What the directory claims is checked above; what the entries really unpack to, here, before mammoth unpacks them.
  await refuseOversizedEntries(bytes, isMarkupEntry, MAX_DOCX_XML_BYTES, fileName);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      // An empty src: the sanitizer drops <img> anyway, and the picture is never decoded to base64.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    },
  );
  const zip = await JSZip.loadAsync(buffer);
  const coreXml = await zip.file('docProps/core.xml')?.async('string');
  // From here on synchronous: the sanitized content must be walked before another import parses anything.
  const properties = readCoreProperties(coreXml ?? null);
  const content = sanitizeHtml(html);
  if (mayBeNewsExport(content.textContent ?? '')) {
    // Each Word paragraph is a line of the export, and a paragraph of its own.
    const exported = findNewsExport(htmlToBlocks(content).flatMap((block) => [block.text, '']), fileName);
    if (exported !== null) return exported;
  }
  const styledTitle = takeText(content, (element) => element.localName === 'h1' && element.classList.contains('document-title'));
  const liftedTitle = styledTitle ?? leadingHeading(content);
  return singleArticle(buildArticle({
    fileName,
    title: liftedTitle ?? properties.title,
    titleIsBodyText: liftedTitle !== null,
    byline: properties.creator,
    siteName: null,
    publishedAt: properties.publishedAt,
    language: properties.language,
    body: htmlToBlocks(content),
  }));
}

function refuseZipBomb(bytes: Uint8Array, fileName: string): void {
  const directory = readZipDirectory(bytes);
  const declared = directory.ok ? directory.entries.filter((entry) => entry.name.endsWith('.xml')) : [];
  const total = declared.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_DOCX_XML_BYTES) {
    throw new ImportError('too-large', `"${fileName}" unpacks to more than ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB of text; it is not imported.`);
  }
}

/** Documents without the Title style usually open with a Heading 1 that serves as one. */
function leadingHeading(content: Element): string | null {
  const first = content.firstElementChild;
  return first?.localName === 'h1' ? takeText(content, (element) => element === first) : null;
}
