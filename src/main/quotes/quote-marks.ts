/**
 * Finds the quoted stretches of a document: the words between an opening
 * mark and its closing one, in English curly and straight marks, German
 * „…“ and »…«, French «…», single marks and CJK brackets. A quotation that
 * runs over several paragraphs (each paragraph opens with a mark and only
 * the last closes) becomes one stretch with a part per paragraph. Marks that
 * never close end their stretch at the paragraph's end; a lone single mark
 * is an apostrophe and is left alone.
 */
import type { Block } from '../../shared/model';
import type { TextSpan } from '../../shared/quotes';

export interface QuotedStretch {
  /** The quoted words of each paragraph, without marks or surrounding spaces. */
  parts: TextSpan[];
  /** Where the opening mark stands. */
  open: number;
  /** Just after the closing mark (or the paragraph's end, when it never closes). */
  close: number;
  /** The closing mark was found. */
  closed: boolean;
  /** Single marks ('…', ‘…’): headlines and British papers quote with them, but so do scare quotes. */
  single: boolean;
}

/** Each opening mark and the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
  "'": "'’",
  '‘': '’',
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
};
const SINGLE = new Set(["'", '‘', '‚', '‹', '›']);
/** Marks that mean "open" or "close" only by where they stand (the straight ones, and ’ the apostrophe). */
const AMBIGUOUS = new Set(['"', "'", '’', '»', '›']);
/** Guillemets and CJK brackets take a space inside in French typography. */
const SPACED = new Set(['«', '»', '‹', '›', '「', '」', '『', '』']);
const BEFORE_OPEN = /[\s([{—–\-/"“„«»‘‚'‹›]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…"”“»«’'‹›」』]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Only body text is searched: a byline or caption is not where quotations stand. */
const QUOTABLE = new Set(['title', 'standfirst', 'paragraph', 'quote', 'list item', 'heading']);

/** The quoted stretches of the text, in document order. */
export function findQuotedStretches(text: string, blocks: readonly Block[]): QuotedStretch[] {
  const found: QuotedStretch[] = [];
  const quotable = blocks.filter((block) => QUOTABLE.has(block.kind));
  for (let b = 0; b < quotable.length; b += 1) {
    const block = quotable[b]!;
    let at = block.start;
    while (at < block.end) {
      const open = nextOpening(text, at, block.end);
      if (open === -1) break;
      const mark = text[open]!;
      const single = SINGLE.has(mark);
      const close = findClosing(text, open, block.end, mark);
      if (close !== -1) {
        pushStretch(found, { parts: [inner(text, open + 1, close)], open, close: close + 1, closed: true, single });
        at = close + 1;
        continue;
      }
      if (single) {
        at = open + 1;
        continue;
      }
      const stretch = runOn(text, quotable, b, open, mark);
      pushStretch(found, stretch.stretch);
      b = stretch.lastBlock;
      break;
    }
  }
  return found;
}

function pushStretch(found: QuotedStretch[], stretch: QuotedStretch): void {
  if (stretch.parts.every((part) => part.end > part.start)) found.push(stretch);
}

/**
 * A quotation left open at a paragraph's end: it runs on when the next
 * paragraph opens with a mark of its own (the English convention), and
 * ends where it stands otherwise.
 */
function runOn(text: string, blocks: readonly Block[], from: number, open: number, mark: string): { stretch: QuotedStretch; lastBlock: number } {
  const parts: TextSpan[] = [inner(text, open + 1, blocks[from]!.end)];
  let b = from;
  while (b + 1 < blocks.length) {
    const next = blocks[b + 1]!;
    const first = firstNonSpace(text, next.start, next.end);
    if (first === -1 || !isOpeningMark(text, first) || CLOSERS[text[first]!] !== CLOSERS[mark]) break;
    b += 1;
    const close = findClosing(text, first, next.end, mark);
    if (close !== -1) {
      parts.push(inner(text, first + 1, close));
      return { stretch: { parts, open, close: close + 1, closed: true, single: false }, lastBlock: b };
    }
    parts.push(inner(text, first + 1, next.end));
  }
  return { stretch: { parts, open, close: blocks[b]!.end, closed: false, single: false }, lastBlock: b };
}

function nextOpening(text: string, from: number, end: number): number {
  for (let i = from; i < end; i += 1) {
    if (CLOSERS[text[i]!] !== undefined && isOpeningMark(text, i)) return i;
  }
  return -1;
}

function isOpeningMark(text: string, i: number): boolean {
  const mark = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || (!SPACED.has(mark) && /\s/u.test(after))) return false;
  if (!AMBIGUOUS.has(mark) && !SINGLE.has(mark)) return true;
  // A straight or single mark after a letter or digit is an apostrophe, a prime (6'2") or a closing mark.
  if (before !== undefined && !BEFORE_OPEN.test(before)) return false;
  return SINGLE.has(mark) ? WORD_CHAR.test(after) : true;
}

function findClosing(text: string, open: number, end: number, mark: string): number {
  const closers = CLOSERS[mark]!;
  for (let i = open + 1; i < end; i += 1) {
    const c = text[i]!;
    if (!closers.includes(c)) continue;
    if (isClosingMark(text, i, end)) return i;
  }
  return -1;
}

function isClosingMark(text: string, i: number, end: number): boolean {
  const mark = text[i]!;
  const before = text[i - 1]!;
  const after = i + 1 < end ? text[i + 1] : undefined;
  if (!SPACED.has(mark) && /\s/u.test(before)) return false;
  if (AMBIGUOUS.has(mark) || SINGLE.has(mark) || mark === '‘') return after === undefined || AFTER_CLOSE.test(after);
  return true;
}

function firstNonSpace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i += 1) if (!/\s/u.test(text[i]!)) return i;
  return -1;
}

/** The span between two marks with the spaces French typography puts inside trimmed off. */
function inner(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s += 1;
  while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
  return { start: s, end: e };
}
