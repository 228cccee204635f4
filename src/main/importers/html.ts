/**
 * Web page import: a page saved from a browser is reduced to its article the
 * way reader mode does it (Readability), so menus, ads, cookie banners and
 * comments never become part of the document. The page is parsed with
 * scripts off and no resource loading, so nothing in it runs or fetches, and
 * by DOMParser, which builds no style sheets: a legacy page's CSS cannot stop
 * the import.
 */
import { Readability } from '@mozilla/readability';
import { normalizeInline } from '../text/normalize';
import { buildArticle } from './article-builder';
import { articleRegion, spareFromReadability } from './article-region';
import { elementsNamed, elementsUnder } from './element-walk';
import { readPageMetadata } from './html-metadata';
import { sanitizeHtml } from './html-sanitizer';
import { htmlToBlocks } from './html-to-blocks';
import { parseInertDocument } from './inert-window';
import { replaceMathWithText } from './mathml-text';
import { chooseByline, findPageByline } from './page-byline';
import { elementsInside, findPageChrome, removeChrome, type ChromeRegion } from './page-chrome';
import { decodePage } from './page-encoding';
import { chooseTitle } from './page-title';
import type { ParsedArticle } from './plain-text';
import { toIsoDate } from './published-date';
import { toWebAddress } from './web-address';

export { withoutSiteName } from './page-title';

/** Readability's default, kept on purpose (see below) and passed so the fallback knows it. */
const READABILITY_CHAR_THRESHOLD = 500;

/** `address`: where the page was saved from, when its container says (an MHTML archive) and the page does not. */
export function parseHtml(bytes: Uint8Array, fileName: string, address: string | null = null): ParsedArticle {
  const html = decodePage(bytes);
  const document = parseInertDocument(html);
  // Read before Readability, which rewrites the document as it works.
  const metadata = readPageMetadata(document);
  const headlines = headlineElements(document);
  const title = chooseTitle({
    declared: metadata.title,
    documentTitle: metadata.documentTitle,
    outletNames: metadata.outletNames,
    url: metadata.url,
    headings: headlines.map(textOf),
  });
  const page = preparePage(document, headlines, title);
  const inPage = findPageByline(document, elementsInside(allElements(document), page.chrome.filter(holdsNoByline)));
  // Cookie notices, menus and comment threads go before Readability looks: on short pages it keeps whatever text it finds.
  removeChrome(page.chrome);
  if (page.region !== null) spareFromReadability(page.region);
  const regionText = page.region?.textContent?.trim().length ?? 0;
  // Below its threshold Readability retries with looser rules and keeps the attempt that found most text. A lower
  // threshold makes it accept its strictest attempt, which on a short page drops paragraphs (CJK text says more per
  // character, and has none of the ASCII commas Readability counts). Its loosest attempt keeps everything, furniture
  // included: when it had to fall back to that, the article as the page lays it out is the better text.
  const article = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    charThreshold: READABILITY_CHAR_THRESHOLD,
  }).parse();
  const found = article?.textContent?.trim().length ?? 0;
  // The region must hold most of what Readability found, or it is too narrow to stand for the article.
  const useRegion = found < READABILITY_CHAR_THRESHOLD && page.region !== null && regionText * 2 >= found;
  // Readability gives up only on pages with next to no text; then the page's own article or main element, else its body.
  const content = (useRegion ? null : article?.content) ?? laidOutArticle(html, title);
  return buildArticle({
    fileName,
    title,
    byline: chooseByline({ credits: metadata.credits, outletNames: metadata.outletNames, inPage, readability: article?.byline ?? null }),
    siteName: metadata.siteName ?? article?.siteName ?? null,
    publishedAt: metadata.publishedAt ?? toIsoDate(article?.publishedTime),
    url: metadata.url ?? toWebAddress(address),
    language: metadata.language,
    body: htmlToBlocks(sanitizeHtml(content)),
  });
}

interface PreparedPage {
  chrome: ChromeRegion[];
  /** The article as the page lays it out (see article-region.ts), or null when the page does not show one. */
  region: Element | null;
}

/** Formulas turned to text, and the page's furniture and article found (nothing is removed yet). */
function preparePage(document: Document, headlines: readonly Element[], title: string | null): PreparedPage {
  replaceMathWithText(document);
  const anchors = headlinesOf(headlines, title);
  if (!document.body) return { chrome: [], region: null };
  const { regions, mainText } = findPageChrome(document.body, anchors);
  return { chrome: regions, region: articleRegion(anchors, mainText) };
}

/**
 * The article as the page lays it out, else the page's own article or main
 * element, else its body: read from a fresh parse, as Readability has taken
 * the first one apart.
 */
function laidOutArticle(html: string, title: string | null): Element | string {
  const document = parseInertDocument(html);
  const page = preparePage(document, headlineElements(document), title);
  removeChrome(page.chrome);
  return page.region ?? document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? '';
}

/** Headings that may be the article's headline: h1s and what microdata marks as the headline. */
function headlineElements(document: Document): Element[] {
  const marked = allElements(document).filter((element) => (element.getAttribute('itemprop') ?? '').split(/\s+/).includes('headline'));
  return [...elementsNamed(document, 'h1'), ...marked].slice(0, 50);
}

/** The headings that show the chosen title: what the furniture search must never remove. */
function headlinesOf(headings: readonly Element[], title: string | null): Element[] {
  if (title === null) return [];
  const wanted = title.toLocaleLowerCase();
  return headings.filter((heading) => textOf(heading).toLocaleLowerCase() === wanted);
}

/** Comment threads, menus and promotions credit no author of the article; an author box in a footer or aside may. */
function holdsNoByline(region: ChromeRegion): boolean {
  return region.kind !== 'furniture';
}

function allElements(document: Document): Element[] {
  return elementsUnder(document);
}

function textOf(element: Element): string {
  return normalizeInline((element.textContent ?? '').slice(0, 4_000));
}
