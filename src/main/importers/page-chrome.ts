/**
 * Page furniture that is never part of an article (cookie notices, menus,
 * comment threads, share bars, "most read" rails), found before Readability
 * looks: on a short page it keeps whatever text it finds, and on a page whose
 * comments outweigh its story it would pick the comments.
 *
 * Class names, ids and labels are read as words, never as substrings: a post
 * whose <article> is marked "commented" is not a comment. And nothing that
 * holds the article is ever removed, whatever its class says: not the
 * headline's ancestors ("showing-comments" on <body>), not the element
 * marked as the article body, not the block with most of the page's
 * paragraph text.
 */
import { elementsUnder } from './element-walk';

export type ChromeKind = 'discussion' | 'navigation' | 'notice' | 'promotion' | 'furniture';

export interface ChromeRegion {
  element: Element;
  kind: ChromeKind;
}

export interface PageChrome {
  /** The furniture to remove, outermost regions only. */
  regions: ChromeRegion[];
  /** The element whose own paragraphs hold most of the text left, or null on a page without paragraphs. */
  mainText: Element | null;
}

const KIND_OF_TAG: Readonly<Record<string, ChromeKind>> = { nav: 'navigation', aside: 'furniture', footer: 'furniture', form: 'furniture', dialog: 'notice' };
const KIND_OF_ROLE: Readonly<Record<string, ChromeKind>> = {
  navigation: 'navigation',
  search: 'navigation',
  menubar: 'navigation',
  banner: 'navigation',
  complementary: 'furniture',
  contentinfo: 'furniture',
  dialog: 'notice',
  alertdialog: 'notice',
};

/** Words of class names, ids and labels that name furniture, each on its own or as a run of words. */
const KIND_OF_WORDS: readonly (readonly [ChromeKind, readonly string[]])[] = [
  ['discussion', ['comment', 'comments', 'disqus', 'discussion']],
  ['notice', ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust']],
  ['navigation', ['navigation', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip link']],
  [
    'promotion',
    [
      'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted',
      'newsletter', 'outbrain', 'taboola', 'share', 'sharing', 'related', 'recommended', 'recommendations', 'trending',
      'most read', 'most viewed', 'most popular', 'more stories', 'also read',
    ],
  ],
  ['furniture', ['sidebar', 'rail', 'footer']],
];
const WORD_RUNS = new Map<string, ChromeKind>(KIND_OF_WORDS.flatMap(([kind, runs]) => runs.map((run) => [run, kind] as const)));
const LONGEST_RUN = Math.max(...[...WORD_RUNS.keys()].map((run) => run.split(' ').length));
/** Class lists longer than this are generated noise; their start is enough to read. */
const MAX_NAME_TEXT = 1_000;
/** Link bars ("Print this story | E-mail this story") hold nothing but links and the marks between them. */
const SEPARATORS_ONLY = /^[\s|·•/\\\-–—,;:()[\]]*$/u;

/**
 * The furniture under `root`, outermost only, sparing every element that
 * contains one of `keep` (the headline, say) or the page's main text.
 */
export function findPageChrome(root: Element, keep: readonly Element[]): PageChrome {
  const all = elementsUnder(root);
  const candidates: ChromeRegion[] = [];
  for (const element of all) {
    const kind = chromeKind(element);
    if (kind !== null) candidates.push({ element, kind });
  }
  const holdsAnchor = selfAndAncestors([...keep, ...all.filter(isMarkedArticleBody)]);
  // Furniture is at the edge of a page: what holds most of its paragraphs is the page, whatever its class.
  // Comment threads are the exception, as they can outweigh the story they follow.
  const paragraphText = paragraphTextWithin(all);
  const pageText = paragraphText.get(root) ?? 0;
  const spared = candidates.filter(
    (region) => !holdsAnchor.has(region.element) && (region.kind === 'discussion' || (paragraphText.get(region.element) ?? 0) * 2 <= pageText),
  );
  const mainText = richestParagraphParent(all, elementsInside(all, spared));
  const holdsMainText = selfAndAncestors(mainText === null ? [] : [mainText]);
  const regions = spared.filter((region) => !holdsMainText.has(region.element));
  const inside = elementsInside(all, regions);
  return {
    regions: regions.filter((region) => region.element.parentElement === null || !inside.has(region.element.parentElement)),
    mainText,
  };
}

export function removeChrome(regions: readonly ChromeRegion[]): void {
  for (const region of regions) region.element.remove();
}

/**
 * Every element of `all` (an element's descendants, in document order) that
 * is one of `regions` or inside one: one pass, as a parent comes before its children.
 */
export function elementsInside(all: readonly Element[], regions: readonly ChromeRegion[]): Set<Element> {
  const marked = new Set(regions.map((region) => region.element));
  const inside = new Set<Element>();
  for (const element of all) {
    if (marked.has(element) || (element.parentElement !== null && inside.has(element.parentElement))) inside.add(element);
  }
  return inside;
}

function chromeKind(element: Element): ChromeKind | null {
  const byTag = KIND_OF_TAG[element.localName];
  if (byTag !== undefined) return byTag;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role !== undefined && KIND_OF_ROLE[role] !== undefined) return KIND_OF_ROLE[role];
  // schema.org comments, however their classes are hashed.
  const itemprop = ` ${element.getAttribute('itemprop') ?? ''} `;
  if (/\scomments?\s/i.test(itemprop) || /\/Comment$/i.test(element.getAttribute('itemtype') ?? '')) return 'discussion';
  const names = [element.getAttribute('class'), element.getAttribute('id'), element.getAttribute('aria-label')];
  for (const name of names) {
    const kind = name ? kindOfName(name) : null;
    if (kind !== null) return kind;
  }
  return isLinkBar(element) ? 'navigation' : null;
}

/** "CookieNotice_container", "most-read", "ad-slot ad-slot--rail": split at case changes and punctuation, then matched by whole words. */
function kindOfName(name: string): ChromeKind | null {
  const words = name
    .slice(0, MAX_NAME_TEXT)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 1; length <= LONGEST_RUN && start + length <= words.length; length += 1) {
      const kind = WORD_RUNS.get(words.slice(start, start + length).join(' '));
      if (kind !== undefined) return kind;
    }
  }
  return null;
}

/** A paragraph or cell of two or more links and nothing else: actions and menus, never prose. */
function isLinkBar(element: Element): boolean {
  if (element.localName !== 'p' && element.localName !== 'td' && element.localName !== 'div') return false;
  let links = 0;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) {
      if (!SEPARATORS_ONLY.test(child.nodeValue ?? '')) return false;
    } else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (name === 'a') links += 1;
      else if (name !== 'br') return false;
    }
  }
  return links >= 2;
}

/** The page's own mark for its article's body (schema.org microdata). */
function isMarkedArticleBody(element: Element): boolean {
  return / articleBody /.test(` ${element.getAttribute('itemprop') ?? ''} `.replace(/\s+/g, ' '));
}

/** The element whose own paragraphs hold the most text, outside the regions about to go. */
function richestParagraphParent(all: readonly Element[], removed: ReadonlySet<Element>): Element | null {
  const textByParent = new Map<Element, number>();
  for (const element of all) {
    const parent = element.parentElement;
    if (element.localName !== 'p' || parent === null || removed.has(element)) continue;
    textByParent.set(parent, (textByParent.get(parent) ?? 0) + (element.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [parent, length] of textByParent) {
    if (length > bestLength) [best, bestLength] = [parent, length];
  }
  return best;
}

/** How much paragraph text each element holds, added up from the paragraphs towards the root in one pass. */
function paragraphTextWithin(all: readonly Element[]): Map<Element, number> {
  const within = new Map<Element, number>();
  for (let i = all.length - 1; i >= 0; i -= 1) {
    const element = all[i]!;
    const own = element.localName === 'p' ? (element.textContent ?? '').trim().length : (within.get(element) ?? 0);
    if (element.localName === 'p') within.set(element, own);
    const parent = element.parentElement;
    if (parent !== null && own > 0) within.set(parent, (within.get(parent) ?? 0) + own);
  }
  return within;
}

function selfAndAncestors(elements: readonly Element[]): Set<Element> {
  const found = new Set<Element>();
  for (const element of elements) {
    for (let node: Element | null = element; node !== null && !found.has(node); node = node.parentElement) found.add(node);
  }
  return found;
}
