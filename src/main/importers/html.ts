/**
 * Web page import: a page saved from a browser is reduced to its article the
 * way reader mode does it (Readability), so menus, ads, cookie banners and
 * comments never become part of the document. The page is parsed by jsdom with
 * scripts off and no resource loading, so nothing in it runs or fetches.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildArticle } from './article-builder';
import { readPageMetadata, toIsoDate } from './html-metadata';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks } from './html-to-blocks';
import { parseInertDocument } from './inert-window';
import type { ParsedArticle } from './plain-text';

export function parseHtml(bytes: Uint8Array, fileName: string): ParsedArticle {
  const page = parsePage(bytes);
  try {
    // Read before Readability, which rewrites the document as it works.
    const metadata = readPageMetadata(page.document);
    // Readability hands back its content node itself, sparing a serialize-and-reparse of the article.
    const article = new Readability<Element>(page.document, { serializer: (node) => node as Element }).parse();
    // Readability gives up only on pages with next to no text; then the whole body is all there is.
    const content = article?.content ?? bodyHtml(bytes);
    return buildArticle({
      fileName,
      title: article?.title || metadata.title,
      byline: article?.byline || metadata.byline,
      siteName: article?.siteName || metadata.siteName,
      publishedAt: toIsoDate(article?.publishedTime ?? null) ?? metadata.publishedAt,
      body: htmlToBlocks(sanitizeHtml(content)),
    });
  } finally {
    page.dispose();
  }
}

function bodyHtml(bytes: Uint8Array): string {
  const page = parsePage(bytes);
  try {
    return page.document.body?.innerHTML ?? '';
  } finally {
    page.dispose();
  }
}

interface ParsedPage {
  document: Document;
  dispose: () => void;
}

/**
 * Valid UTF-8, which is what browsers save today, is parsed in a shared
 * inert window: a jsdom window costs about as much to create as a page costs
 * to parse. Anything else goes to its own jsdom as bytes so the page's
 * <meta charset> (or the web's windows-1252 default) decides the decoding.
 * Either way jsdom runs no script and loads no resource: neither runScripts
 * nor resources is ever set.
 */
function parsePage(bytes: Uint8Array): ParsedPage {
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const dom = new JSDOM(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      contentType: 'text/html',
      virtualConsole: new VirtualConsole(),
    });
    return { document: dom.window.document, dispose: () => dom.window.close() };
  }
  return { document: parseInertDocument(html), dispose: () => undefined };
}
