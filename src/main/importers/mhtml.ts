/**
 * A web page saved as a single file (MHTML: "Webpage, Single File" in
 * Chrome and Edge, .mht in older browsers) is a MIME multipart/related
 * message: the page, then its images, style sheets and frames. Only the page
 * is taken out, decoded (quoted-printable or base64, in its charset), and
 * read exactly as a saved HTML page, so reader-mode extraction and the
 * page's metadata apply; the other parts are never decoded.
 */
import { TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';
import { parseHtml } from './html';
import { ImportError } from './import-error';
import type { ParsedArticle } from './plain-text';

/** What the HTML importer takes from a file; the page inside an archive may be no larger. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** Headers of a part end within this much text; a "header" longer than this is no MIME at all. */
const MAX_HEADER_CHARS = 64 * 1024;

type Headers = ReadonlyMap<string, string>;

interface Part {
  headers: Headers;
  body: string;
}

export function parseMhtml(bytes: Uint8Array, fileName: string): ParsedArticle {
  // Latin-1 maps each byte to one character and back: binary parts survive until they are decoded as bytes.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const message = readPart(text.replace(/^\uFEFF/, ''));
  const type = message?.headers.get('content-type');
  if (message === null || type === undefined) {
    throw new ImportError('wrong-format', `"${fileName}" is not a web page saved as a single file (MHTML): it does not begin with MIME headers.`);
  }
  const page = mediaType(type) === 'text/html' ? message : chooseHtmlPart(message, fileName);
  const html = decodeBody(page, fileName);
  if (html.byteLength > MAX_PAGE_BYTES) {
    throw new ImportError('too-large', `The page inside "${fileName}" is ${(html.byteLength / 1024 / 1024).toFixed(1)} MB; Scholia imports web pages of up to ${MAX_PAGE_BYTES / 1024 / 1024} MB.`);
  }
  const address = page.headers.get('content-location') ?? message.headers.get('snapshot-content-location') ?? null;
  return parseHtml(html, fileName, address);
}

function chooseHtmlPart(message: Part, fileName: string): Part {
  const type = message.headers.get('content-type')!;
  const boundary = parameter(type, 'boundary');
  if (!mediaType(type).startsWith('multipart/') || boundary === null || boundary === '') {
    throw new ImportError('wrong-format', `"${fileName}" is not a web page saved as a single file (MHTML): its content is neither a page nor a multipart archive.`);
  }
  const parts = splitParts(message.body, boundary);
  const pages = parts.filter((part) => mediaType(part.headers.get('content-type') ?? 'text/plain') === 'text/html');
  // The archive may name its page (start="<cid>"); else the first page is the one saved, later ones are its frames.
  const start = parameter(type, 'start');
  const named = start === null ? undefined : pages.find((part) => part.headers.get('content-id') === start);
  const page = named ?? pages[0];
  if (page === undefined) throw new ImportError('no-content', `"${fileName}" holds no web page: none of its ${parts.length} parts is HTML.`);
  return page;
}

/** Headers (unfolded, names lower-cased) and what follows the blank line after them; null when there are none. */
function readPart(text: string): Part | null {
  const end = /\r?\n\r?\n/.exec(text.slice(0, MAX_HEADER_CHARS));
  const head = end === null ? text.slice(0, MAX_HEADER_CHARS) : text.slice(0, end.index);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!match) return null;
    headers.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return headers.size === 0 ? null : { headers, body: end === null ? '' : text.slice(end.index + end[0].length) };
}

function splitParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter).slice(1);
  const parts: Part[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) break;
    // The delimiter's own line ends first; the line break before the next delimiter belongs to it.
    const part = readPart(chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, ''));
    if (part !== null) parts.push(part);
  }
  return parts;
}

/** The page's bytes, in UTF-8 when its part names a charset (which, as a transport's, outranks the page's own). */
function decodeBody(part: Part, fileName: string): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (encoding === 'quoted-printable') bytes = Buffer.from(decodeQuotedPrintable(part.body), 'latin1');
  else if (encoding === '7bit' || encoding === '8bit' || encoding === 'binary') bytes = Buffer.from(part.body, 'latin1');
  else throw new ImportError('damaged', `The page inside "${fileName}" is encoded as "${encoding.slice(0, 40)}", which is no MIME encoding Scholia knows.`);
  const charset = parameter(part.headers.get('content-type') ?? '', 'charset');
  if (charset === null || /^utf-?8$/i.test(charset)) return bytes;
  let decoded: string;
  try {
    decoded = new WhatwgTextDecoder(charset).decode(bytes);
  } catch {
    throw new ImportError('damaged', `The page inside "${fileName}" is in an encoding Scholia does not know ("${charset.slice(0, 40)}").`);
  }
  return new TextEncoder().encode(decoded);
}

/** Soft line breaks ("=" at a line's end) joined, "=XX" turned back into its byte. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=[ \t]*\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** A parameter of a header value (`boundary="----abc"`), unquoted; null when absent. */
function parameter(value: string, name: string): string | null {
  const pattern = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const match = pattern.exec(value);
  return match === null ? null : (match[1] ?? match[2] ?? null);
}
