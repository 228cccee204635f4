/**
 * The items of an RSS 2.0 channel or an Atom 1.0 feed, in one shape: what
 * each says about itself, and its body as the feed marks it (HTML or plain
 * text). Nothing here decides what becomes of an item; feed.ts does.
 */
import { childNamed, childrenNamed, type XmlElement } from '../outputs/refi-qda/xml-tree';

/** A feed's text as it marks it: HTML to be sanitized and walked, or plain text. */
export interface FeedText {
  kind: 'html' | 'text';
  value: string;
}

export interface FeedItem {
  title: FeedText | null;
  /** The item's address as written, not yet checked. */
  link: string | null;
  byline: string | null;
  /** As written (RFC 822 in RSS, RFC 3339 in Atom), not yet read. */
  date: string | null;
  language: string | null;
  body: FeedText | null;
  /** The body is in a form Scholia does not read (Atom's inline XHTML, content held elsewhere). */
  unreadableBody: boolean;
}

export interface Feed {
  title: FeedText | null;
  language: string | null;
  /** The site's own address, against which items' relative links are read. */
  link: string | null;
  items: XmlElement[];
  readItem: (item: XmlElement) => FeedItem;
}

const DC = '{http://purl.org/dc/elements/1.1/}';
const CONTENT = '{http://purl.org/rss/1.0/modules/content/}';

const textOf = (element: XmlElement | undefined): string | null => {
  const text = element?.text.trim() ?? '';
  return text === '' ? null : text;
};

const joined = (values: readonly (string | null)[]): string | null => {
  const present = values.filter((value): value is string => value !== null);
  return present.length === 0 ? null : present.join(', ');
};

/** RSS 2.0: `rss > channel > item`; Dublin Core and content:encoded, as most news sites write them. */
export function readRss(root: XmlElement): Feed {
  const channel = childNamed(root, 'channel');
  const title = textOf(childNamed(channel, 'title'));
  return {
    // RSS titles are text by the letter of the spec and HTML-escaped in practice; read as HTML, text stays text.
    title: title === null ? null : { kind: 'html', value: title },
    language: textOf(childNamed(channel, 'language')) ?? textOf(childNamed(channel, `${DC}language`)),
    link: textOf(childNamed(channel, 'link')),
    items: childrenNamed(channel, 'item'),
    readItem: (item) => {
      const itemTitle = textOf(childNamed(item, 'title'));
      const encoded = textOf(childNamed(item, `${CONTENT}encoded`));
      const description = textOf(childNamed(item, 'description'));
      const guid = childNamed(item, 'guid');
      const permalink = guid?.attributes.isPermaLink?.toLowerCase() !== 'false' ? textOf(guid) : null;
      return {
        title: itemTitle === null ? null : { kind: 'html', value: itemTitle },
        link: textOf(childNamed(item, 'link')) ?? permalink,
        byline: joined(childrenNamed(item, `${DC}creator`).map(textOf)) ?? rssAuthor(textOf(childNamed(item, 'author'))),
        date: textOf(childNamed(item, 'pubDate')) ?? textOf(childNamed(item, `${DC}date`)),
        language: textOf(childNamed(item, `${DC}language`)),
        body: (encoded ?? description) === null ? null : { kind: 'html', value: (encoded ?? description)! },
        unreadableBody: false,
      };
    },
  };
}

/** RSS's author is an e-mail address, usually with the name after it: "desk@example.org (Jo Biddle)". */
function rssAuthor(value: string | null): string | null {
  if (value === null) return null;
  const named = /\(([^()]+)\)\s*$/.exec(value);
  return named ? named[1]!.trim() : value;
}

/** Atom 1.0: `feed > entry`, each text construct typed text, html or xhtml. */
export function readAtom(root: XmlElement): Feed {
  const feedAuthors = authorsOf(root);
  return {
    title: atomText(childNamed(root, 'title')).text,
    language: root.attributes['xml:lang'] ?? null,
    link: alternateLink(root),
    items: childrenNamed(root, 'entry'),
    readItem: (entry) => {
      const content = atomText(childNamed(entry, 'content'));
      const summary = atomText(childNamed(entry, 'summary'));
      const body = content.text ?? summary.text;
      return {
        title: atomText(childNamed(entry, 'title')).text,
        link: alternateLink(entry),
        byline: authorsOf(entry) ?? feedAuthors,
        date: textOf(childNamed(entry, 'published')) ?? textOf(childNamed(entry, 'updated')),
        language: entry.attributes['xml:lang'] ?? null,
        body,
        unreadableBody: body === null && (content.unreadable || summary.unreadable),
      };
    },
  };
}

function authorsOf(element: XmlElement): string | null {
  return joined(childrenNamed(element, 'author').map((author) => textOf(childNamed(author, 'name'))));
}

/** The link a reader follows: rel="alternate", which is also what a link without rel means. */
function alternateLink(element: XmlElement): string | null {
  const link = childrenNamed(element, 'link').find((candidate) => (candidate.attributes.rel ?? 'alternate') === 'alternate');
  return link?.attributes.href?.trim() || null;
}

/**
 * An Atom text construct. Inline XHTML is not read: the element tree keeps an
 * element's own text apart from its children, so the order of words around
 * inline markup would be lost, and a passage's text must be the article's.
 */
function atomText(element: XmlElement | undefined): { text: FeedText | null; unreadable: boolean } {
  if (element === undefined) return { text: null, unreadable: false };
  const type = (element.attributes.type ?? 'text').toLowerCase();
  if (element.attributes.src !== undefined || (type !== 'text' && type !== 'html' && type !== 'text/plain' && type !== 'text/html')) {
    return { text: null, unreadable: true };
  }
  const value = textOf(element);
  if (value === null) return { text: null, unreadable: false };
  return { text: { kind: type.endsWith('html') ? 'html' : 'text', value }, unreadable: false };
}
