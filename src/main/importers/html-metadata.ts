/**
 * Reads what a saved web page says about itself: meta tags, JSON-LD, its
 * canonical link, its lang attribute, the address a browser noted when saving
 * it. Pages announce the same facts in several vocabularies (Open Graph,
 * Dublin Core, Highwire citation tags used by journals, schema.org); the
 * first one present wins, in an order that puts what describes the article
 * itself before what describes the whole site.
 */
import { elementsNamed } from './element-walk';
import { readJsonLd } from './json-ld';
import { toLanguageTag } from './language-tag';
import { toIsoDate } from './published-date';
import { toWebAddress } from './web-address';

export interface PageMetadata {
  /** The headline the page declares for sharing and indexing (og:title, JSON-LD headline, ...). */
  title: string | null;
  /** The document's <title>, which often carries the site's name as well. */
  documentTitle: string | null;
  /** Each source's credited names (JSON-LD, then each meta vocabulary): people, or the outlet itself. */
  credits: string[][];
  siteName: string | null;
  /** Every name the page gives its outlet, for recognising it in a title or a credit. */
  outletNames: string[];
  publishedAt: string | null;
  url: string | null;
  language: string | null;
}

const TITLE_KEYS = ['citation_title', 'og:title', 'twitter:title', 'dc.title'];
const BYLINE_KEYS = ['citation_author', 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author'];
const SITE_NAME_KEYS = ['og:site_name', 'citation_journal_title', 'application-name', 'dc.publisher'];
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'pubdate',
  'publishdate',
  'date',
];
const ADDRESS_KEYS = ['og:url', 'twitter:url', 'citation_public_url', 'citation_abstract_html_url'];
const LANGUAGE_KEYS = ['content-language', 'dc.language', 'language'];

/** Meta values longer than this are not metadata; only their start is kept. */
const MAX_META_LENGTH = 8_192;

export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const linked = readJsonLd(document);
  const first = (keys: readonly string[]) => keys.map((key) => meta.get(key)?.[0]).find((value) => value !== undefined) ?? null;
  // Journals list each author in its own tag; article:author is often a profile URL, not a name.
  const declaredCredits = BYLINE_KEYS.map((key) => (meta.get(key) ?? []).filter((name) => !/^https?:/i.test(name)));
  const outletNames = unique([...SITE_NAME_KEYS.flatMap((key) => meta.get(key) ?? []), ...(linked.publisher ? [linked.publisher] : [])]);
  const savedFrom = savedFromAddress(document);
  return {
    title: first(TITLE_KEYS) ?? linked.headline,
    documentTitle: nonEmpty(document.title),
    credits: [linked.authors, ...declaredCredits].filter((list) => list.length > 0),
    siteName: first(['og:site_name', 'citation_journal_title']) ?? linked.publisher ?? first(SITE_NAME_KEYS),
    outletNames,
    publishedAt: firstDate([linked.datePublished, ...PUBLISHED_KEYS.flatMap((key) => meta.get(key) ?? []), timeElementDate(document)]),
    url: pageAddress(document, meta, linked.url, savedFrom),
    language:
      [linked.language, rootLanguage(document), ...LANGUAGE_KEYS.flatMap((key) => meta.get(key) ?? []), first(['og:locale'])]
        .map(toLanguageTag)
        .find((tag) => tag !== null) ?? null,
  };
}

/** Meta tag values by lower-cased name, property, itemprop or http-equiv, in document order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of elementsNamed(document, 'meta')) {
    const content = nonEmpty(element.getAttribute('content')?.slice(0, MAX_META_LENGTH));
    if (content === null) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

function firstDate(candidates: readonly (string | null)[]): string | null {
  for (const candidate of candidates) {
    const date = toIsoDate(candidate);
    if (date !== null) return date;
  }
  return null;
}

function timeElementDate(document: Document): string | null {
  const time = elementsNamed(document, 'time').find(
    (element) => element.getAttribute('itemprop') === 'datePublished' || element.hasAttribute('pubdate'),
  );
  return nonEmpty(time?.getAttribute('datetime') ?? null);
}

/**
 * The canonical link first (a relative one resolved against the other
 * addresses the page gives), unless it names only the site's home page, as
 * misconfigured sites do on every article.
 */
function pageAddress(document: Document, meta: Map<string, string[]>, linked: string | null, savedFrom: string | null): string | null {
  const declared = ADDRESS_KEYS.flatMap((key) => meta.get(key) ?? []).map((value) => toWebAddress(value));
  const absolute = [...declared, toWebAddress(linked), savedFrom].filter((address): address is string => address !== null);
  const canonicalHref = elementsNamed(document, 'link').find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const canonical = toWebAddress(canonicalHref?.getAttribute('href'), absolute[0] ?? null);
  const homePage = canonical !== null && new URL(canonical).pathname === '/' && absolute.some((address) => new URL(address).pathname !== '/');
  return (homePage ? null : canonical) ?? absolute[0] ?? null;
}

/**
 * Browsers note where a page came from when they save it: Internet Explorer
 * and Chrome as "saved from url=(0065)http://...", SingleFile as "url: ...".
 * Only comments before the page's body are read.
 */
function savedFromAddress(document: Document): string | null {
  const root = document.documentElement;
  const places = [document, root, document.head].filter((node): node is Document | HTMLElement => node !== null);
  for (const place of places) {
    for (const node of Array.from(place.childNodes).slice(0, 20)) {
      if (node.nodeType !== 8) continue;
      const comment = (node.nodeValue ?? '').slice(0, 4_096);
      const address = /saved from url=\(\d+\)\s*(\S+)/i.exec(comment)?.[1] ?? /saved with SingleFile[\s\S]*?\burl:\s*(\S+)/i.exec(comment)?.[1];
      const checked = toWebAddress(address);
      if (checked !== null) return checked;
    }
  }
  return null;
}

function rootLanguage(document: Document): string | null {
  const root = document.documentElement;
  return nonEmpty(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? null);
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
