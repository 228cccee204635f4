/**
 * Splits a paragraph into sentences for attribution. Quoted words are
 * opaque (a full stop inside a quotation does not end the sentence that
 * carries its "he said"), and the full stops of abbreviations and initials
 * ("Mr.", "U.S.", "J. Smith") do not end one either.
 */
import type { TextSpan } from '../../shared/quotes';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen sen rep gov lt col sgt capt insp det rev no vs etc inc ltd corp co jan feb aug sept oct nov dec mt ft approx dept est fig'.split(' '),
);
const TERMINAL = /[.!?…。！？]/u;
const SENTENCE_START = /[\p{Lu}\p{N}"“„«»‘'([¿¡「]/u;

/** The sentences of text[start, end), skipping over the quoted stretches given (sorted by start). */
export function sentenceSpans(text: string, start: number, end: number, quoted: readonly TextSpan[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = start;
  let q = 0;
  for (let i = start; i < end; i += 1) {
    while (q < quoted.length && quoted[q]!.end <= i) q += 1;
    const inside = q < quoted.length && quoted[q]!.start <= i && i < quoted[q]!.end;
    if (inside) {
      i = quoted[q]!.end - 1;
      continue;
    }
    if (!TERMINAL.test(text[i]!) || !endsSentence(text, i, end)) continue;
    let stop = i + 1;
    while (stop < end && /[)\]"”’'»]/u.test(text[stop]!)) stop += 1;
    pushTrimmed(spans, text, sentenceStart, stop);
    sentenceStart = stop;
    i = stop - 1;
  }
  pushTrimmed(spans, text, sentenceStart, end);
  return spans;
}

function endsSentence(text: string, i: number, end: number): boolean {
  let next = i + 1;
  while (next < end && /[.!?…)\]"”’'»]/u.test(text[next]!)) next += 1;
  if (next >= end) return true;
  if (!/\s/u.test(text[next]!)) return /[。！？]/u.test(text[i]!);
  while (next < end && /\s/u.test(text[next]!)) next += 1;
  if (next >= end || !SENTENCE_START.test(text[next]!)) return false;
  return text[i] !== '.' || !isAbbreviation(text, i);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s -= 1;
  const word = text.slice(s, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (word.includes('.')) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(spans: TextSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s += 1;
  while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}
