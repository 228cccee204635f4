/**
 * W3C Web Annotation selectors for a passage, and the one way to make them
 * from a range of a document's normalized text.
 *
 * Error convention: describing a range is a boundary (the range comes from a
 * user's selection or over IPC), so a refused range is a value, never an
 * exception: `describeRange` returns the app's `Result` with an
 * `invalid-input` error whose message can be shown to the user as is.
 */

import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { fail, ok, type Result } from '../result';

export type { TextPositionSelector, TextQuoteSelector };

export type TextSelector = TextPositionSelector | TextQuoteSelector;

/** Both selectors of a passage, as `describeRange` makes them. */
export interface PassageSelectors {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

/** How many code units of context a quote keeps either side: enough to tell repeats apart, small enough to survive nearby edits. */
export const CONTEXT_LENGTH = 32;

/**
 * Why [start, end) cannot be a passage of `text`, or null when it can.
 * Shared by `describeRange` and by callers that only need the check.
 */
export function rangeProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return `A passage needs whole-number offsets, got ${String(start)}–${String(end)}.`;
  }
  if (start > end) return `A passage cannot end (${end}) before it starts (${start}).`;
  if (start < 0 || end > text.length) {
    return `The passage ${start}–${end} lies outside the document, which has ${text.length} characters.`;
  }
  if (start === end) return 'Select some text to make a passage: the selection is empty.';
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return `The passage ${start}–${end} cuts a character in half.`;
  }
  if (text.slice(start, end).trim() === '') {
    return 'Select some text to make a passage: the selection holds only spaces or line breaks.';
  }
  return null;
}

/** Selectors for the passage [start, end) of `text`, or an `invalid-input` error saying why it cannot be one. */
export function describeRange(text: string, start: number, end: number): Result<PassageSelectors> {
  const problem = rangeProblem(text, start, end);
  if (problem !== null) return fail('invalid-input', problem);
  return ok({
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(wholeCharFrom(text, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, wholeCharTo(text, end + CONTEXT_LENGTH)),
    },
  });
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

// Context is cut at a fixed length; nudging its far edge keeps it valid UTF-16.
function wholeCharFrom(text: string, offset: number): number {
  const from = Math.max(0, offset);
  return splitsSurrogatePair(text, from) ? from + 1 : from;
}

function wholeCharTo(text: string, offset: number): number {
  const to = Math.min(text.length, offset);
  return splitsSurrogatePair(text, to) ? to - 1 : to;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
