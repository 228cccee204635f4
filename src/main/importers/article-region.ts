/**
 * Where the article sits in a saved page, and what keeps Readability from
 * taking it apart. Readability drops, before it scores anything, every
 * element whose class or id merely contains "header", "comment", "extra",
 * "social" and the like: the header of a live blog's update with its
 * heading, a post's <article> marked "commented". The furniture those names
 * stand for has already been removed by whole words (page-chrome.ts), so
 * inside the article such a name is taken off the elements that hold its
 * text before Readability reads the page.
 */
import { Readability } from '@mozilla/readability';
import { elementsUnder } from './element-walk';

/** Readability's own patterns, read from the library so they stay the ones it applies. */
const PATTERNS = (Readability.prototype as unknown as { REGEXPS?: Record<string, unknown> }).REGEXPS ?? {};
const UNLIKELY = PATTERNS.unlikelyCandidates instanceof RegExp ? PATTERNS.unlikelyCandidates : null;
const MAYBE = PATTERNS.okMaybeItsACandidate instanceof RegExp ? PATTERNS.okMaybeItsACandidate : null;

/** Elements of running text. Lists and captions are left out: an article's header holds them too (categories, credits). */
const TEXT_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/**
 * The smallest element that holds both the headline and the main text: the
 * article as the page lays it out. Without a headline, or when only the
 * whole page holds both, the article, main or role=main around the main text.
 */
export function articleRegion(headlines: readonly Element[], mainText: Element | null): Element | null {
  if (mainText === null) return null;
  const around = mainText.closest('article, main, [role="main"]');
  const ancestors = new Set<Element>();
  for (let node: Element | null = mainText; node !== null; node = node.parentElement) ancestors.add(node);
  for (const headline of headlines) {
    for (let node: Element | null = headline; node !== null; node = node.parentElement) {
      if (!ancestors.has(node)) continue;
      return node.localName === 'body' || node.localName === 'html' ? around : node;
    }
  }
  return around;
}

/** Takes the names Readability would misread off the region's text-holding elements and the region's ancestors. */
export function spareFromReadability(region: Element): void {
  if (UNLIKELY === null) return;
  const within = [region, ...elementsUnder(region)];
  const holdsText = new Set<Element>();
  // Children come after their parents in document order: walked backwards, each marks its parent.
  for (let i = within.length - 1; i >= 0; i -= 1) {
    const element = within[i]!;
    if (TEXT_TAGS.has(element.localName) || holdsText.has(element)) {
      holdsText.add(element);
      if (element.parentElement !== null) holdsText.add(element.parentElement);
    }
  }
  for (const element of within) if (holdsText.has(element)) withoutUnlikelyNames(element);
  for (let node = region.parentElement; node !== null; node = node.parentElement) withoutUnlikelyNames(node);
}

function withoutUnlikelyNames(element: Element): void {
  for (const attribute of ['class', 'id']) {
    const value = element.getAttribute(attribute);
    if (value === null || MAYBE?.test(value)) continue;
    const tokens = value.split(/\s+/).filter((token) => token !== '');
    const kept = tokens.filter((token) => !UNLIKELY!.test(token));
    if (kept.length === tokens.length) continue;
    if (kept.length === 0) element.removeAttribute(attribute);
    else element.setAttribute(attribute, kept.join(' '));
  }
}
