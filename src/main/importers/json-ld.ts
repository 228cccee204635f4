/**
 * What a page's schema.org JSON-LD says about its article. JSON-LD is data,
 * never run: it is parsed as JSON and read for a few string fields. Sites
 * write it in every shape the spec allows (one object, an array, a @graph,
 * an author given by @id reference), and all of them are read.
 */
import { elementsNamed } from './element-walk';

export interface LinkedArticle {
  headline: string | null;
  /** The credited authors' names, people or organizations, in the order given. */
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  url: string | null;
}

/** A script this large is not metadata; it is skipped rather than parsed. */
const MAX_SCRIPT_LENGTH = 2 * 1024 * 1024;
/** Bounds the walk through a hostile graph (deep nesting, huge arrays). */
const MAX_NODES = 10_000;

/** schema.org types whose fields describe the page's own article. */
const ARTICLE_TYPES = /(?:Article|Posting|Report|Thesis|Chapter|Book|Review)$/;
/** The page itself: read only for what no article entry says. */
const PAGE_TYPES = /(?:WebPage|ItemPage)$/;

type JsonObject = Record<string, unknown>;

export function readJsonLd(document: Document): LinkedArticle {
  const nodes: JsonObject[] = [];
  for (const script of elementsNamed(document, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_LENGTH) continue;
    try {
      collectNodes(JSON.parse(source), nodes);
    } catch {
      // A broken block says nothing; the others may still.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const resolve = (value: unknown) => (isObject(value) && typeof value['@id'] === 'string' ? (byId.get(value['@id']) ?? value) : value);
  const ranked = [...nodes.filter((node) => hasType(node, ARTICLE_TYPES)), ...nodes.filter((node) => hasType(node, PAGE_TYPES))];
  const first = <T>(read: (node: JsonObject) => T | null): T | null => {
    for (const node of ranked) {
      const value = read(node);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    headline: first((node) => text(node.headline) ?? text(node.name)),
    authors: first((node) => nonEmptyList(namesOf(node.author, resolve))) ?? [],
    publisher: first((node) => namesOf(node.publisher, resolve)[0] ?? null),
    datePublished: first((node) => text(node.datePublished) ?? text(node.dateCreated)),
    language: first((node) => languageOf(node.inLanguage)),
    url: first((node) => text(node.url) ?? addressOf(node.mainEntityOfPage)),
  };
}

/** Every object reachable through arrays, @graph and mainEntity, the containers articles sit in. */
function collectNodes(data: unknown, into: JsonObject[]): void {
  const pending: unknown[] = [data];
  while (pending.length > 0 && into.length < MAX_NODES) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) pending.push(value[i]);
    } else if (isObject(value)) {
      into.push(value);
      if (value['@graph'] !== undefined) pending.push(value['@graph']);
      if (value.mainEntity !== undefined) pending.push(value.mainEntity);
    }
    if (pending.length > MAX_NODES) return;
  }
}

function hasType(node: JsonObject, pattern: RegExp): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type.
  return types.some((type) => typeof type === 'string' && pattern.test(type.replace(/^.*[/:#]/, '')));
}

function namesOf(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const entries = Array.isArray(value) ? value.slice(0, 100) : [value];
  return entries
    .map(resolve)
    .map((entry) => {
      if (!isObject(entry)) return text(entry);
      const given = [text(entry.givenName), text(entry.familyName)].filter((part) => part !== null).join(' ');
      return text(entry.name) ?? (given !== '' ? given : null);
    })
    .filter((name): name is string => name !== null);
}

function languageOf(value: unknown): string | null {
  if (Array.isArray(value)) return languageOf(value[0]);
  // A Language object: its code is the alternateName ("en"), its name the English name.
  return isObject(value) ? text(value.alternateName) : text(value);
}

function addressOf(value: unknown): string | null {
  if (isObject(value)) return text(value['@id']) ?? text(value.url);
  return text(value);
}

function nonEmptyList(list: string[]): string[] | null {
  return list.length > 0 ? list : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = decodeEntities(value).trim();
  return trimmed === '' ? null : trimmed;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** CMSs often write their HTML-escaped titles into JSON-LD as is ("war &#8211; year five"). */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (!body.startsWith('#')) return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return isCharacter ? String.fromCodePoint(codePoint) : entity;
  });
}
