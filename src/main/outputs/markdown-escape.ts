/**
 * Plain text (a quote, a title, a citation) made safe to place in Markdown:
 * it reads back as the same words instead of turning into emphasis, a link,
 * a heading, a list or raw HTML. Only what would change the meaning is
 * escaped, so the file stays readable as text.
 */

/** Special anywhere in a line: code, emphasis, links and images, HTML and autolinks, strikethrough, table cells, escapes. */
const INLINE = /[\\`*_[\]<>~|]/g;
/** An entity reference would be decoded ("&amp;" would read as "&"). */
const ENTITY = /&(?=#?\w+;)/g;
/** A `#` after a space could close a heading ("Learn C #" loses its last word); at a line's start it opens one. */
const HASH = /(^|\s)#/g;
/**
 * GitHub's bare autolinks take their text to the letter, escapes included
 * ("www.x.org\\_" would show its backslash), so the words that start one
 * are escaped and the address stays plain text.
 */
const AUTOLINK = /(https?|mailto|xmpp)(:)|(www)(\.)/gi;
/**
 * Special only where a line starts: list bullets, setext underlines and a
 * table's delimiter row (":---" under a line makes that line a table header);
 * `>`, `*` and `|` are escaped everywhere.
 */
const LINE_START = /^(?:[+=-]|:(?=-))/;
/** An ordered list marker: "1." or "1)". */
const ORDERED = /^(\d+)([.)])/;

/** Escapes text that follows something else on its line (a heading's words, a label's value). */
export function escapeInline(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(HASH, '$1\\#')
    .replace(AUTOLINK, (_, scheme?: string, colon?: string, www?: string, dot?: string) => `${scheme ?? www}\\${colon ?? dot}`);
}

/**
 * Escapes text for Markdown; line breaks are kept and each line is escaped
 * as a line start. Spaces that begin a line are dropped: Markdown would read
 * four of them as code, and Scholia's text has none within a block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeInline(line.trimStart()).replace(LINE_START, '\\$&').replace(ORDERED, '$1\\$2'))
    .join('\n');
}
