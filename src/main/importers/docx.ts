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
import { ImportError } from './import-error';
import { isPlaceholderName, isPlaceholderTitle } from './placeholder-names';
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

export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
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
  const properties = await readCoreProperties(buffer);
  // From here on synchronous: the sanitized content must be walked before another import parses anything.
  const content = sanitizeHtml(html);
  const styledTitle = takeText(content, (element) => element.localName === 'h1' && element.classList.contains('document-title'));
  const liftedTitle = styledTitle ?? leadingHeading(content);
  const propertiesTitle = properties.title !== null && !isPlaceholderTitle(properties.title) ? properties.title : null;
  return buildArticle({
    fileName,
    title: liftedTitle ?? propertiesTitle,
    titleIsBodyText: liftedTitle !== null,
    byline: properties.creator !== null && !isPlaceholderName(properties.creator) ? properties.creator : null,
    siteName: null,
    publishedAt: null,
    body: htmlToBlocks(content),
  });
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

interface CoreProperties {
  title: string | null;
  creator: string | null;
}

/** docProps/core.xml: the title and author set in File › Properties. */
async function readCoreProperties(buffer: Buffer): Promise<CoreProperties> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (xml === undefined) return { title: null, creator: null };
  return { title: xmlElementText(xml, 'dc:title'), creator: xmlElementText(xml, 'dc:creator') };
}

/** Reads one simple text element; core.xml is flat, so a full XML parse is not needed. */
function xmlElementText(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const text = match?.[1]?.trim() ?? '';
  return text === '' ? null : decodeXmlEntities(text);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (!body.startsWith('#')) return XML_ENTITIES[body.toLowerCase()] ?? entity;
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
