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
    // Cookie notices, menus and comment threads go before Readability looks: on short pages it keeps whatever text it finds.
    if (page.document.body) withoutChrome(page.document.body);
    const article = new Readability<Element>(page.document, {
      serializer: (node) => node as Element,
      // Short news items (a few paragraphs) are articles too; Readability's default asks for 500 characters.
      charThreshold: 200,
    }).parse();
    // Readability gives up only on pages with next to no text; then the page's own article or main element, else its body.
    const content = article?.content ?? fallbackContent(bytes);
    const siteName = article?.siteName || metadata.siteName;
    return buildArticle({
      fileName,
      title: withoutSiteName(article?.title || metadata.title, siteName),
      byline: article?.byline || metadata.byline,
      siteName,
      publishedAt: toIsoDate(article?.publishedTime ?? null) ?? metadata.publishedAt,
      body: htmlToBlocks(sanitizeHtml(content)),
    });
  } finally {
    page.dispose();
  }
}

/**
 * Page furniture that is never part of an article. Headers are left alone:
 * an article's own <header> holds its headline and byline.
 */
const CHROME =
  'nav, aside, footer, form, [role=navigation], [role=complementary], [class*=cookie], [id*=cookie], [class*=consent], [class*=comment], [id*=comment], [class*=advert]';

function fallbackContent(bytes: Uint8Array): string {
  const page = parsePage(bytes);
  try {
    const root = page.document.querySelector('article') ?? page.document.querySelector('main') ?? page.document.body;
    return root ? withoutChrome(root).innerHTML : '';
  } finally {
    page.dispose();
  }
}

function withoutChrome(root: Element): Element {
  for (const element of [...root.querySelectorAll(CHROME)]) element.remove();
  return root;
}

/** "Siege deepens | The Levant Post" → "Siege deepens", when the part cut off is the site's name. */
export function withoutSiteName(title: string | null | undefined, siteName: string | null | undefined): string | null {
  if (!title) return title ?? null;
  if (!siteName) return title;
  const site = siteName.trim().toLocaleLowerCase();
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  if (parts.length < 2) return title;
  if (parts.at(-1)!.trim().toLocaleLowerCase() === site) return parts.slice(0, -1).join(' | ').trim();
  if (parts[0]!.trim().toLocaleLowerCase() === site) return parts.slice(1).join(' | ').trim();
  return title;
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
