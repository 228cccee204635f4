/**
 * How Scholia cites a quotation, the same in the reader's "Copy with
 * citation" as in the reports: title, outlet, published date and paragraph,
 * leaving out what is not known.
 */
import type { DocumentView, TextRange } from './model';
import { paragraphNumberAt } from './paragraph-number';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 May 2016" for an ISO date or time, read in UTC as Scholia stores it; the same on every machine, whatever its locale. */
export function reportDate(iso: string): string {
  const day = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(day.getTime()) ? iso : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

type Cited = Pick<DocumentView, 'title' | 'source' | 'publishedAt' | 'url' | 'text' | 'blocks'>;

/**
 * The words at `range` in quotation marks, then "— Title, Outlet, 4 May 2016,
 * paragraph 3" and the web address when known, as one line to paste into a
 * draft. Line breaks inside the quote (a passage over two paragraphs) become spaces.
 */
export function quoteWithCitation(document: Cited, range: TextRange): string {
  const quote = document.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  const paragraph = paragraphNumberAt(document.blocks, range.start);
  const parts = [
    document.title.trim(),
    document.source.trim(),
    document.publishedAt === null ? '' : reportDate(document.publishedAt.slice(0, 10)),
    paragraph === null ? '' : `paragraph ${paragraph}`,
    document.url ?? '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? `“${quote}”` : `“${quote}” — ${parts.join(', ')}`;
}
