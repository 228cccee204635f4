/** What memos say of themselves and how links are written into them: pure text, tested without a window. */
import type { Memo, MemoAbout } from '../../../../shared/model';
import { noteLinkHref, type NoteLink } from '../passages/markdown';

/** One name per target, to find a target's memo and its unsaved edits. */
export const aboutKey = (about: MemoAbout) => (about.kind === 'project' ? 'project' : `${about.kind}:${about.id}`);

/** A document's or tag's one memo; the journal has many, so a project target has none to find. */
export function memoOf(memos: readonly Memo[], about: MemoAbout): Memo | undefined {
  if (about.kind === 'project') return undefined;
  return memos.find((memo) => memo.about.kind === about.kind && memo.about.id === about.id);
}

/** Longest link text a passage's quote gives, so a link stays readable in the Markdown. */
export const LINK_TEXT_CHARS = 60;

/** A quote on one line, cut at a word near the limit, with an ellipsis when cut. */
export function shortQuote(quote: string, limit = LINK_TEXT_CHARS): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Link text with the characters Markdown would read as syntax escaped, on one line. */
export function escapeLinkText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
}

/** A Markdown link to something in the notebook, as the picker inserts it. */
export const linkMarkdown = (text: string, link: NoteLink) => `[${escapeLinkText(text) || 'link'}](${noteLinkHref(link)})`;

/** `text` with `insert` in place of the selection from `start` to `end`, and where the caret goes after it. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** Past this share of the limit, the editor shows how many characters are left. */
export const NEAR_LIMIT = 0.9;

/** What a memo is about, as its list and editor name it; `gone` when that document or tag has been deleted since. */
export interface Target {
  name: string;
  gone: boolean;
}

/** The start of a memo's text on one line, without the Markdown marks and link addresses that would clutter a list. */
export function memoExcerpt(body: string, limit = 120): string {
  const plain = body
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= limit ? plain : `${plain.slice(0, limit - 1).trimEnd()}…`;
}
