/**
 * The YAML header static site generators, Obsidian and Pandoc put between two
 * `---` lines at the top of a Markdown file: what it says about the article
 * (title, authors, date, outlet, address, language) is read with a YAML
 * parser, and the header itself never becomes part of the text. Front matter
 * is untrusted input: a broken header, an alias bomb or a header that never
 * ends gives no metadata, never an error.
 */
import { parseDocument } from 'yaml';
import { toLanguageTag } from './language-tag';
import { toIsoDate } from './published-date';
import { toWebAddress } from './web-address';

export interface FrontMatter {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
}

/** A header longer than this is not metadata; the file is read as it stands. */
const MAX_FRONT_MATTER_LENGTH = 64 * 1024;
/** Aliases expand; a few are ordinary, thousands are an attack. */
const MAX_ALIASES = 50;
const OPENING = /^\uFEFF?---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** A broken header still looks like one: it starts with a "key:" line. */
const KEY_LINE = /^\s*[A-Za-z_][\w-]*\s*:/;

const EMPTY: FrontMatter = { title: null, byline: null, publishedAt: null, siteName: null, url: null, language: null };

/** The file's front matter, and the file without it. */
export function readFrontMatter(source: string): { metadata: FrontMatter; body: string } {
  const opening = OPENING.exec(source);
  if (!opening) return { metadata: EMPTY, body: source };
  const header = source.slice(opening[0].length, opening[0].length + MAX_FRONT_MATTER_LENGTH);
  const lines = header.split('\n');
  let length = 0;
  for (let index = 0; index < lines.length - (header.length === MAX_FRONT_MATTER_LENGTH ? 1 : 0); index += 1) {
    const line = lines[index]!;
    if (CLOSING.test(line)) {
      const yaml = header.slice(0, Math.max(0, length - 1));
      const body = source.slice(opening[0].length + length + line.length + 1);
      const fields = parseFields(yaml);
      if (fields === null && !isBlankOrKeyed(yaml)) return { metadata: EMPTY, body: source };
      return { metadata: fields === null ? EMPTY : readFields(fields), body };
    }
    length += line.length + 1;
  }
  return { metadata: EMPTY, body: source };
}

/** The header as a mapping, or null when it is no valid YAML mapping. */
function parseFields(yaml: string): Map<string, unknown> | null {
  if (yaml.trim() === '') return new Map();
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, strict: false });
  if (document.errors.length > 0) return null;
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  return new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}

function isBlankOrKeyed(yaml: string): boolean {
  const first = yaml.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return first === undefined || KEY_LINE.test(first);
}

function readFields(fields: Map<string, unknown>): FrontMatter {
  const first = (...keys: string[]) => keys.map((key) => fields.get(key)).find((value) => value !== undefined && value !== null);
  const source = text(first('source'));
  const sourceAddress = toWebAddress(source);
  return {
    title: text(first('title')),
    byline: names(first('author', 'authors', 'creator')),
    publishedAt: toIsoDate(text(first('date', 'published', 'pubdate'))),
    // "source" names the outlet, or is where the article was found: then it is the address.
    siteName: text(first('outlet', 'publisher', 'publication', 'site')) ?? (sourceAddress === null ? source : null),
    url: toWebAddress(text(first('url', 'link', 'canonical_url', 'source_url'))) ?? sourceAddress,
    language: toLanguageTag(text(first('lang', 'language'))),
  };
}

/** "A", ["A", "B"], [{ name: "A" }]: Pandoc's and the site generators' ways of listing authors. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value.slice(0, 100) : [value])
    .map((entry) => (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>).name : entry))
    // A name is text: "author: 42" names nobody.
    .map((name) => (typeof name === 'string' ? text(name) : null))
    .filter((name): name is string => name !== null);
  if (list.length === 0) return null;
  return list.join(list.some((name) => name.includes(',')) && list.length > 1 ? '; ' : ', ');
}

/** Scalars as written: a title of 1984 is the text "1984". */
function text(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
