/**
 * How long the details a file declares about itself may be. Metadata comes
 * from untrusted files: a "title" of a million characters is an attack or an
 * accident, never a title, and would swamp the library list. Text is cut
 * before it is cleaned, so no later pattern ever runs over more than a few
 * thousand characters.
 */
import { normalizeInline } from '../text/normalize';

export const MAX_TITLE_LENGTH = 1_000;
export const MAX_BYLINE_LENGTH = 500;
export const MAX_SITE_NAME_LENGTH = 500;

/** Raw text beyond this many times the limit cannot matter: even all-whitespace, it would not shrink back under it. */
const RAW_SLACK = 4;

/** The start of raw text, enough to clean down to `max` characters. */
export function rawPrefix(text: string, max: number): string {
  return text.length > max * RAW_SLACK ? text.slice(0, max * RAW_SLACK) : text;
}

/** Normalized text of at most `max` characters, cut at a word boundary with an ellipsis when it was longer. */
export function clipText(text: string, max: number): string {
  const normalized = normalizeInline(rawPrefix(text, max));
  if (normalized.length <= max) return normalized;
  // Never split a surrogate pair: half a character is not text.
  const end = /[\uD800-\uDBFF]/.test(normalized.charAt(max - 2)) ? max - 2 : max - 1;
  const cut = normalized.slice(0, end);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
