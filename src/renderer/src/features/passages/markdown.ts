import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** What a note may contain once rendered: text formatting, lists, quotes and code; no images, media, forms or styles. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'hr', 'a'];

/**
 * Renders a note's Markdown to HTML that is safe to insert: marked parses,
 * DOMPurify keeps only formatting. Links keep their text but lose their
 * target, since a click must never navigate the app's window.
 */
export function renderNoteMarkdown(markdown: string): string {
  // DOMPurify returns its input untouched where it cannot work; then the note is shown as plain text.
  if (!DOMPurify.isSupported) return `<p>${escapeHtml(markdown)}</p>`;
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], ALLOW_DATA_ATTR: false });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
