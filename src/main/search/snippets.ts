/**
 * Short excerpts around the matched words, with highlight ranges relative to
 * the excerpt, so the results list can show why an item matched without the
 * renderer re-running any text matching.
 */
import type { Snippet, TextRange } from './types';
import { wordBoundaries } from './unspaced-words';

export const SNIPPET_LENGTH = 220;
/** How much text before the first match to keep, as a share of the snippet. */
const LEAD_SHARE = 0.3;
/** Text read before a cut to tell the words around it: enough for a dictionary to see a word whole. */
const CUT_CONTEXT = 16;

/** Sorts ranges and joins overlapping or touching ones. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  return mergeOwnRanges(ranges.map((range) => ({ start: range.start, end: range.end })));
}

/**
 * mergeRanges over ranges the caller made for it and will not use again: they
 * are sorted and merged in place, with no copy of each. A hit's ranges pass
 * through here for every hit of every query, and their copies were a good
 * part of what a query allocated.
 */
export function mergeOwnRanges(ranges: TextRange[]): TextRange[] {
  if (!inOrder(ranges)) ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept = 0;
  for (const range of ranges) {
    const last = kept > 0 ? ranges[kept - 1]! : null;
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else ranges[kept++] = range;
  }
  ranges.length = kept;
  return ranges;
}

function inOrder(ranges: readonly TextRange[]): boolean {
  for (let at = 1; at < ranges.length; at += 1) {
    const previous = ranges[at - 1]!;
    const range = ranges[at]!;
    if (range.start < previous.start || (range.start === previous.start && range.end < previous.end)) return false;
  }
  return true;
}

export function makeSnippet(text: string, highlights: readonly TextRange[], maxLength = SNIPPET_LENGTH): Snippet {
  const ranges = mergeRanges(highlights);
  if (text.length <= maxLength) {
    return { text, highlights: ranges, truncatedStart: false, truncatedEnd: false };
  }
  const focus = ranges[0]?.start ?? 0;
  let start = Math.max(0, focus - Math.floor(maxLength * LEAD_SHARE));
  let end = Math.min(text.length, start + maxLength);
  if (end === text.length) start = Math.max(0, end - maxLength);
  // Cut at spaces so no word is shown half; in a text without spaces (Chinese,
  // Japanese, Thai), between the words a dictionary tells.
  const lastHighlightEnd = ranges.find((range) => range.start >= focus)?.end ?? focus;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focus) start = space + 1;
    else start = wordBoundaries(text, Math.max(0, start - CUT_CONTEXT), focus).find((boundary) => boundary >= start) ?? start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= lastHighlightEnd) end = space;
    else if (end > lastHighlightEnd) end = wordBoundaries(text, lastHighlightEnd, Math.min(text.length, end + CUT_CONTEXT)).findLast((boundary) => boundary <= end) ?? end;
  }
  return {
    text: text.slice(start, end),
    highlights: ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start - start, end: range.end - start })),
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}
