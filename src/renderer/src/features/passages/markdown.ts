import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { marked } from 'marked';

/** What a note may contain once rendered: text formatting, lists, quotes and code; no images, media, forms or styles. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'hr', 'a'];

const ID = '[A-Za-z0-9_-]{1,64}';
/** A link inside the notebook, exactly as Scholia writes it; any other scholia:// shape is not a link. */
const INTERNAL_LINK = new RegExp(`^scholia://(?:document/(${ID})|tag/(${ID})|passage/(${ID})/(${ID}))$`);

const WEB_ADDRESS = /^https?:\/\//i;

/**
 * The only link targets a note keeps: web addresses, which a click opens in
 * the user's browser, and links inside the notebook (see NoteView). One
 * regular expression, as DOMPurify takes; the scheme's letters are spelled
 * out in both cases because a case-blind flag would also let SCHOLIA:// and
 * other spellings of the internal links through.
 */
const ALLOWED_TARGET = new RegExp(`^[Hh][Tt][Tt][Pp][Ss]?://|${INTERNAL_LINK.source}`);

/** Where a link inside the notebook leads. A passage link names its document too, so following it needs no lookup. */
export type NoteLink = { kind: 'document'; id: string } | { kind: 'tag'; id: string } | { kind: 'passage'; documentId: string; passageId: string };

/** The link a `scholia://` address stands for, or null for anything else. */
export function parseNoteLink(href: string): NoteLink | null {
  const match = INTERNAL_LINK.exec(href);
  if (!match) return null;
  const [, documentId, tagId, passageDocumentId, passageId] = match;
  if (documentId) return { kind: 'document', id: documentId };
  if (tagId) return { kind: 'tag', id: tagId };
  return { kind: 'passage', documentId: passageDocumentId!, passageId: passageId! };
}

/** The address a link is written with in Markdown. */
export function noteLinkHref(link: NoteLink): string {
  return link.kind === 'passage' ? `scholia://passage/${link.documentId}/${link.passageId}` : `scholia://${link.kind}/${link.id}`;
}

/**
 * Renders a note's Markdown to HTML that is safe to insert: marked parses,
 * DOMPurify keeps only formatting, and links only an http(s) address or a
 * link inside the notebook (javascript:, file:, data: and relative links
 * keep their text, not their target).
 */
export function renderNoteMarkdown(markdown: string): string {
  const purify = purifier();
  // DOMPurify returns its input untouched where it cannot work; then the note is shown as plain text.
  if (!purify.isSupported) return `<p>${escapeHtml(markdown)}</p>`;
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: ALLOWED_TARGET, ALLOW_DATA_ATTR: false });
}

let notePurifier: Purifier | null = null;

/**
 * A DOMPurify of the notes' own, so its hook touches nothing else. DOMPurify
 * tests an address with its white space taken out but keeps it as written;
 * the hook looks at the address as kept, so what a click follows is exactly
 * what was checked.
 */
function purifier(): Purifier {
  if (!notePurifier) {
    notePurifier = DOMPurify(window);
    notePurifier.addHook('afterSanitizeAttributes', (node) => {
      const href = node.getAttribute('href');
      if (href !== null && !WEB_ADDRESS.test(href) && parseNoteLink(href) === null) node.removeAttribute('href');
    });
  }
  return notePurifier;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
