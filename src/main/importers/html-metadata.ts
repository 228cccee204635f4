/**
 * Reads what a saved web page says about itself (meta tags, JSON-LD), as a
 * fallback for what Readability did not find. Pages announce the same facts in
 * several vocabularies (Open Graph, Dublin Core, Highwire citation tags used by
 * journals, schema.org); the first one present wins.
 */

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
}

const TITLE_KEYS = ['citation_title', 'og:title', 'twitter:title', 'dc.title'];
const BYLINE_KEYS = ['citation_author', 'author', 'article:author', 'dc.creator', 'byl'];
const SITE_NAME_KEYS = ['og:site_name', 'citation_journal_title', 'application-name', 'dc.publisher'];
const PUBLISHED_KEYS = [
  'article:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'pubdate',
  'publishdate',
  'date',
];

/** schema.org types whose datePublished and author describe the page's article. */
const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$|^WebPage$|^Thesis$|^Chapter$|^Book$/;

export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const linked = readJsonLd(document);
  const first = (keys: readonly string[]) => keys.map((key) => meta.get(key)?.[0]).find((value) => value !== undefined) ?? null;
  // Journals list each author in its own tag; article:author is often a profile URL, not a name.
  const authors = BYLINE_KEYS.map((key) => (meta.get(key) ?? []).filter((name) => !/^https?:/i.test(name))).find(
    (list) => list.length > 0,
  );
  return {
    title: first(TITLE_KEYS) ?? linked.title ?? nonEmpty(document.title),
    byline: linked.byline ?? authors?.join(', ') ?? null,
    siteName: first(SITE_NAME_KEYS) ?? linked.siteName,
    publishedAt: toIsoDate(linked.publishedAt ?? first(PUBLISHED_KEYS) ?? timeElementDate(document)),
  };
}

/** Meta tag values by lower-cased name, property or itemprop, in document order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of Array.from(document.getElementsByTagName('meta'))) {
    const content = nonEmpty(element.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

function timeElementDate(document: Document): string | null {
  const time = Array.from(document.getElementsByTagName('time')).find(
    (element) => element.getAttribute('itemprop') === 'datePublished' || element.hasAttribute('pubdate'),
  );
  return nonEmpty(time?.getAttribute('datetime') ?? null);
}

interface LinkedData {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
}

/** JSON-LD is data, never run: it is parsed as JSON and read for a few string fields. */
function readJsonLd(document: Document): LinkedData {
  const found: LinkedData = { title: null, byline: null, siteName: null, publishedAt: null };
  const scripts = Array.from(document.getElementsByTagName('script')).filter(
    (script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenGraph(data)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      found.title ??= stringField(item.headline) ?? stringField(item.name);
      found.publishedAt ??= stringField(item.datePublished);
      found.byline ??= names(item.author);
      found.siteName ??= names(item.publisher);
    }
  }
  return found;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenGraph(data: unknown): JsonObject[] {
  const items = Array.isArray(data) ? data : [data];
  return items.filter(isObject).flatMap((item) => (Array.isArray(item['@graph']) ? item['@graph'].filter(isObject) : [item]));
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((entry) => (isObject(entry) ? stringField(entry.name) : stringField(entry)))
    .filter((name): name is string => name !== null);
  return list.length > 0 ? list.join(', ') : null;
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' ? nonEmpty(value) : null;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Dates are stored as ISO 8601. A bare date stays a bare date (turning
 * "2016-09-23" into midnight UTC would invent a time and, west of Greenwich,
 * show the day before); other date-times become UTC.
 */
export function toIsoDate(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})$/, '$1-$2-$3');
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? trimmed : null;
  }
  if (/^\d{4}(-\d{2})?$/.test(trimmed)) return trimmed;
  // Already ISO with an offset: kept as written, so the local date of publication is not shifted to UTC's.
  if (ISO_DATE_TIME.test(trimmed) && Number.isFinite(Date.parse(trimmed))) return trimmed;
  // Date.parse would read "5" or "Monday" as some date; only accept text that names a year.
  if (!/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
