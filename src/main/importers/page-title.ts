/**
 * A saved page's headline. Document titles carry the site's name as well
 * ("Siege deepens | The Levant Post"); a part is cut off only when it is the
 * outlet's own name, or when what remains is the headline the page shows.
 * Nothing else is cut, and what is kept is kept as written: a dash or colon
 * inside a headline stays where it is.
 */
import { normalizeInline } from '../text/normalize';
import { MAX_TITLE_LENGTH, rawPrefix } from './metadata-limits';

export interface TitleEvidence {
  /** The headline the page declares in its metadata (og:title, JSON-LD headline). */
  declared: string | null;
  documentTitle: string | null;
  /** Names the page gives its outlet (og:site_name, JSON-LD publisher). */
  outletNames: readonly string[];
  /** The page's address, whose host name is the outlet's name too ("reuters.com"). */
  url: string | null;
  /** The page's main headings (h1, itemprop=headline). */
  headings: readonly string[];
}

/** A separator between headline and site name: spaced ("A | B", "A - B", "A :: B") or, as CJK titles write it, unspaced ("A｜B"). */
const TRAILING_SEPARATOR = /(?:\s+(?:::|[|\-–—:·•»/~])|\s*[｜|·•»–—－―])\s*$/u;
const LEADING_SEPARATOR = /^(?:\s*(?:::|[|\-–—·•»/~])\s+|:\s+|\s*[｜|·•»–—－―]\s*)/u;
const ANY_SEPARATOR = /\s+(?:::|[|\-–—:·•»/~])\s+|\s*[｜|·•»–—－―]\s*/gu;

export function chooseTitle(evidence: TitleEvidence): string | null {
  const outlets = [...evidence.outletNames, ...hostNames(evidence.url)];
  const declared = clean(evidence.declared);
  if (declared !== null) return withoutSiteName(declared, outlets);
  const documentTitle = clean(evidence.documentTitle);
  const headings = evidence.headings.map(clean).filter((heading): heading is string => heading !== null);
  if (documentTitle === null) return headings.length === 1 ? headings[0]! : null;
  const cut = withoutSiteName(documentTitle, outlets);
  if (cut !== documentTitle) return cut;
  return headingInTitle(documentTitle, headings) ?? documentTitle;
}

/** "Siege deepens | The Levant Post" → "Siege deepens", when the part cut off is the site's name. */
export function withoutSiteName(title: string | null | undefined, siteNames: string | readonly string[] | null | undefined): string | null {
  if (!title) return title ?? null;
  if (title.length > MAX_TITLE_LENGTH * 4) return title;
  const names = (typeof siteNames === 'string' ? [siteNames] : (siteNames ?? [])).map(clean);
  for (const name of names) {
    if (name === null || name.length >= title.length) continue;
    const cut = cutAffix(title, name);
    if (cut !== null) return cut;
  }
  return title;
}

function cutAffix(title: string, name: string): string | null {
  const same = (part: string) => part.toLocaleLowerCase() === name.toLocaleLowerCase();
  if (same(title.slice(title.length - name.length))) {
    const rest = title.slice(0, title.length - name.length);
    const separator = TRAILING_SEPARATOR.exec(rest);
    const head = separator ? rest.slice(0, separator.index).trim() : '';
    if (head !== '') return head;
  }
  if (same(title.slice(0, name.length))) {
    const rest = title.slice(name.length);
    const separator = LEADING_SEPARATOR.exec(rest);
    const tail = separator ? rest.slice(separator[0].length).trim() : '';
    if (tail !== '') return tail;
  }
  return null;
}

/** "The Riverside Gazette - Café owners fight new licence fee" with an h1 "Café owners fight new licence fee" → the h1. */
function headingInTitle(title: string, headings: readonly string[]): string | null {
  if (headings.length === 0) return null;
  const wanted = new Map(headings.map((heading) => [heading.toLocaleLowerCase(), heading]));
  for (const separator of title.matchAll(ANY_SEPARATOR)) {
    const before = title.slice(0, separator.index).trim();
    const after = title.slice(separator.index + separator[0].length).trim();
    for (const part of [before, after]) {
      if (wanted.has(part.toLocaleLowerCase())) return part;
    }
  }
  return null;
}

function hostNames(url: string | null): string[] {
  if (url === null) return [];
  const host = new URL(url).hostname;
  return host.startsWith('www.') ? [host, host.slice(4)] : [host];
}

/** Normalized, and never longer than a title can be: a title of megabytes is cut before it is searched. */
function clean(text: string | null | undefined): string | null {
  const cleaned = normalizeInline(rawPrefix(text ?? '', MAX_TITLE_LENGTH));
  return cleaned === '' ? null : cleaned;
}
