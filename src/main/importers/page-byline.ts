/**
 * Who wrote a saved page. Readability finds a byline only where a class or
 * rel attribute says "byline" or "author", and only above the text; pages
 * credit their authors in more places: JSON-LD and meta tags, schema.org
 * microdata (itemprop=author), rel=author links in an author box after the
 * text, or a bare "By X and Y" line. Each is tried in turn, and what a source
 * offers is taken only when it reads as people's names: a credit to the site
 * itself, a profile URL or "By clicking Subscribe" is not a byline.
 */
import { normalizeInline } from '../text/normalize';
import { elementsUnder } from './element-walk';
import { isPlaceholderName } from './placeholder-names';

export interface BylineEvidence {
  /** Names declared in metadata, one list per source, in order of trust. */
  credits: readonly (readonly string[])[];
  outletNames: readonly string[];
  /** What the page's own markup credits (see findPageByline). */
  inPage: string | null;
  /** Readability's byline, found by class names. */
  readability: string | null;
}

/** A byline longer than this is a paragraph that happens to start with "By". */
const MAX_BYLINE_TEXT = 200;
/** Readability itself takes nothing longer for a byline. */
const READABILITY_BYLINE_LENGTH = 100;
const MAX_NAME_WORDS = 16;
/** Words that join or sit inside names without a capital ("Ruth and Daniel", "Ursula von der Leyen"). */
const LOWERCASE_NAME_WORDS = new Set([
  'and', '&', 'et', 'und', 'y', 'e', 'i', 'og', 'en', 'with', 'de', 'du', 'des', 'da', 'das', 'do', 'dos', 'di', 'del',
  'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'zu',
]);
const BY_PREFIX = /^by:?\s+/i;
/** "Nadim Haddad in Beirut": where the reporter filed from is not part of the name. */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}\p{M} .'’-]*$/u;
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'address', 'header', 'section', 'td', 'dd', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Bound the search on a hostile page: a byline is among the first few credits and "By" lines. */
const MAX_BY_LINES = 50;
const MAX_CREDIT_ELEMENTS = 20;

export function chooseByline(evidence: BylineEvidence): string | null {
  const outlets = new Set(evidence.outletNames.map(comparable));
  const credible = (name: string) => !isPlaceholderName(name) && !/@|^https?:/i.test(name) && name.trim() !== '';
  for (const list of evidence.credits) {
    const people = list.filter((name) => credible(name) && !outlets.has(comparable(withoutBy(name))));
    if (people.length > 0) return joinNames(people);
  }
  if (evidence.inPage !== null) return evidence.inPage;
  const readability = evidence.readability === null ? null : readabilityCredit(evidence.readability);
  if (readability !== null) return readability;
  // Only the outlet is credited: that credit is still the page's own.
  const outletCredit = evidence.credits.flat().find(credible);
  return outletCredit ?? null;
}

/**
 * The names the page's markup credits, skipping `excluded` (comment threads,
 * menus, promotions): schema.org microdata first, then rel=author links, then
 * the first "By ..." line that reads as names.
 */
export function findPageByline(document: Document, excluded: ReadonlySet<Element>): string | null {
  const all = elementsUnder(document).filter((element) => !excluded.has(element));
  const authors = all.filter((element) => hasToken(element, 'itemprop', 'author')).slice(0, MAX_CREDIT_ELEMENTS);
  const fromMicrodata = namesOfGroup(authors, (element) => {
    const named = elementsUnder(element).filter((child) => hasToken(child, 'itemprop', 'name'));
    return named.length > 0 ? named.map(textOf) : [textOf(element)];
  });
  if (fromMicrodata !== null) return fromMicrodata;
  const fromLinks = namesOfGroup(
    all.filter((element) => element.localName === 'a' && hasToken(element, 'rel', 'author')).slice(0, MAX_CREDIT_ELEMENTS),
    (element) => [textOf(element)],
  );
  return fromLinks ?? byLine(document, excluded);
}

/** Names from the first credit and the ones beside it, as "<span>A</span> and <span>B</span>" gives two. */
function namesOfGroup(elements: readonly Element[], namesOf: (element: Element) => string[]): string | null {
  const first = elements[0];
  if (first === undefined) return null;
  const block = blockAround(first);
  const names = elements
    .filter((element) => blockAround(element) === block)
    .flatMap(namesOf)
    .map(asNames)
    .filter((name): name is string => name !== null);
  return names.length > 0 ? joinNames(names) : null;
}

function byLine(document: Document, excluded: ReadonlySet<Element>): string | null {
  const walker = document.createTreeWalker(document.body ?? document, 4 /* NodeFilter.SHOW_TEXT */);
  let tried = 0;
  for (let node = walker.nextNode(); node !== null && tried < MAX_BY_LINES; node = walker.nextNode()) {
    if (!/^\s*by\b/i.test(node.nodeValue ?? '')) continue;
    const block = node.parentElement === null ? null : blockAround(node.parentElement, true);
    if (block === null || excluded.has(block)) continue;
    tried += 1;
    const text = textOf(block);
    if (!BY_PREFIX.test(text)) continue;
    const names = asNames(text);
    if (names !== null) return names;
  }
  return null;
}

/**
 * Readability's byline, which runs together whatever its element holds
 * ("Arshad Mohammed3 Min Read", "Jane Doe | Staff Writer"): the names before
 * the first number or bar when that reads as names, else the text as found,
 * since Readability took it from an element marked as the byline.
 */
function readabilityCredit(text: string): string | null {
  const names = asNames(text) ?? asNames(text.split(/[|·•\d([]/u)[0] ?? '');
  if (names !== null) return names;
  const asFound = withoutBy(normalizeInline(text.slice(0, 4 * MAX_BYLINE_TEXT)));
  return asFound !== '' && asFound.length <= READABILITY_BYLINE_LENGTH ? asFound : null;
}

/** The text as names, without "By " and the place filed from, or null when it does not read as names. */
function asNames(text: string): string | null {
  const names = withoutBy(normalizeInline(text.slice(0, 4 * MAX_BYLINE_TEXT))).replace(FILED_FROM, '');
  if (names === '' || names.length > MAX_BYLINE_TEXT || /[\d@:;!?"“”()[\]{}<>|/\\]|https?:/u.test(names)) return null;
  const words = names.split(/[\s,]+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  // A name starts with a capital (or is in a script without case); "clicking", "continuing" do not.
  const nameLike = words.every((word) => LOWERCASE_NAME_WORDS.has(word.toLowerCase()) || !/^\p{Ll}/u.test(word.replace(/^(?:al|el|ad|d|l)['’-]/i, '')));
  // A sentence ends with a full stop; a name at most with an initial or "Jr.".
  const endsSentence = /\.$/.test(names) && words.at(-1)!.length > 3;
  return nameLike && !endsSentence && /\p{L}/u.test(names) ? names : null;
}

function joinNames(names: readonly string[]): string {
  const seen = new Set<string>();
  const unique = names.map((name) => withoutBy(normalizeInline(name))).filter((name) => {
    const key = comparable(name);
    if (name === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // "Haddad, Mina" already holds a comma: a semicolon keeps one name from running into the next.
  return unique.join(unique.some((name) => name.includes(',')) ? '; ' : ', ');
}

function blockAround(element: Element, inclusive = false): Element | null {
  for (let node = inclusive ? element : element.parentElement; node !== null; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.localName)) return node;
  }
  return null;
}

function hasToken(element: Element, attribute: string, token: string): boolean {
  const value = element.getAttribute(attribute);
  return value !== null && value.toLowerCase().split(/\s+/).includes(token);
}

/** An element's text; microdata gives a value nobody sees in a <meta content>. */
function textOf(element: Element): string {
  const value = element.localName === 'meta' ? element.getAttribute('content') : element.textContent;
  return normalizeInline((value ?? '').slice(0, 8 * MAX_BYLINE_TEXT));
}

function withoutBy(name: string): string {
  return name.replace(BY_PREFIX, '').trim();
}

function comparable(name: string): string {
  return normalizeInline(name).toLocaleLowerCase();
}
