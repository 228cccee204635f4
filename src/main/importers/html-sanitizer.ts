/**
 * Defence in depth for every importer that goes through HTML (web pages,
 * Markdown, Word, EPUB): before any of it is walked for text, DOMPurify keeps
 * only elements that carry text structure. The walker keeps text only anyway;
 * this makes sure a walker bug cannot let a script, a handler or a remote
 * resource through, now or after someone extends the walker.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { inertWindow, parseInertDocument } from './inert-window';
import { replaceMathWithText } from './mathml-text';

/** Elements that carry text or its structure; everything else is dropped (its text kept unless listed below). */
const TEXT_STRUCTURE_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'ins', 'kbd', 'li', 'main', 'mark',
  'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

/**
 * Besides DOMPurify's own list (script, style, template, iframe, svg, ...),
 * elements whose text is interface, not article: a form's labels and options,
 * a button's caption.
 */
const DROPPED_WITH_TEXT = ['form', 'button', 'select', 'option', 'textarea', 'object', 'embed', 'canvas', 'dialog', 'nav'];

const CONFIG: Config = {
  ALLOWED_TAGS: TEXT_STRUCTURE_TAGS,
  ALLOWED_ATTR: ['class', 'hidden'],
  ADD_FORBID_CONTENTS: DROPPED_WITH_TEXT,
  ALLOW_DATA_ATTR: false,
  // In place, on a document of a short-lived window: DOMPurify's own copy would
  // be made in a document of its long-lived window, where jsdom keeps it alive.
  IN_PLACE: true,
};

let purifier: DOMPurify | null = null;

function sharedPurifier(): DOMPurify {
  purifier ??= createDOMPurify(inertWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier;
}

/**
 * Returns a detached element holding only text-structure elements, with no
 * attribute but `class` and `hidden`, made from untrusted markup or from an
 * element of a parsed page (which is emptied). Use it before the next
 * document is parsed: its document's window may then be closed.
 */
export function sanitizeHtml(input: string | Element): Element {
  const source = typeof input === 'string' ? parseInertDocument(input).body : input;
  // A fresh <div> root: DOMPurify refuses to clean in place a root it would remove (body, html, form).
  const container = source.ownerDocument.createElement('div');
  while (source.firstChild) container.appendChild(source.firstChild);
  // DOMPurify would drop a formula with the rest of MathML; its text is kept first.
  replaceMathWithText(container);
  sharedPurifier().sanitize(container, CONFIG);
  return container;
}
