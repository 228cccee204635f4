import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** What a note may contain once rendered: text formatting, lists, quotes and code; no images, media, forms or styles. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'hr', 'a'];

/** The only link targets a note keeps: web addresses, which a click opens in the user's browser (see NoteView). */
const WEB_ADDRESS = /^https?:\/\//i;

/**
 * Renders a note's Markdown to HTML that is safe to insert: marked parses,
 * DOMPurify keeps only formatting, and links only an http(s) address
 * (javascript:, file:, data: and relative links keep their text, not their target).
 */
export function renderNoteMarkdown(markdown: string): string {
  // DOMPurify returns its input untouched where it cannot work; then the note is shown as plain text.
  if (!DOMPurify.isSupported) return `<p>${escapeHtml(markdown)}</p>`;
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: WEB_ADDRESS, ALLOW_DATA_ATTR: false });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
