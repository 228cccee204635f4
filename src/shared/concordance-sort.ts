/**
 * The concordance's orders. Sorting by the words before a match compares the
 * nearest word first, then the one before it, as concordancers do, so that
 * "a ceasefire" and "the ceasefire" fall apart while every "nationwide
 * cessation" stands together. Pure, shared by the view and the CSV export so
 * both list rows in the same order.
 */
import type { ConcordanceSort, Occurrence } from './concordance';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a context, lowercased, in reading order. */
export function contextWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** What a row is compared by, most significant first. */
export function sortKey(row: Occurrence, sort: ConcordanceSort): string[] {
  switch (sort) {
    case 'left':
      return contextWords(row.left).reverse();
    case 'right':
      return contextWords(row.right);
    case 'match':
      return [row.match.toLowerCase()];
    case 'document':
      // Undated articles after dated ones; "\uffff" sorts after any ISO date.
      return [row.published ?? '\uffff', row.headline, row.documentId];
  }
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const order = collator.compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  // A context that runs out first (the match starts its paragraph) sorts first.
  return a.length - b.length;
}

/**
 * The rows in `sort` order, each key computed once; ties keep document order
 * (by date, then position), so a sort is stable and descending reverses it whole.
 */
export function sortOccurrences<T extends Occurrence>(rows: readonly T[], sort: ConcordanceSort, descending = false): T[] {
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort), place: sortKey(row, 'document') }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.place, b.place) || a.row.start - b.row.start);
  if (descending) keyed.reverse();
  return keyed.map(({ row }) => row);
}
