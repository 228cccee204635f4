/**
 * Turns a matched item and its matched spans into what the UI shows: one hit
 * per matching block of a document (the reader jumps to blocks), one per
 * passage or note, each with a snippet and the matched words as ranges of
 * the document's text.
 */
import type { Block } from '../../shared/model';
import { fieldNumber } from './fields';
import type { FieldSpan } from './query-executor';
import { makeSnippet, mergeOwnRanges } from './snippets';
import { tagText } from './item-texts';
import type { IndexableDocument, IndexableNote, IndexablePassage, SearchHit, TextRange } from './types';

const TITLE = fieldNumber('title');
const BYLINE = fieldNumber('byline');
const BODY = fieldNumber('body');
const QUOTE = fieldNumber('quote');
const NOTE = fieldNumber('note');
const TAGS = fieldNumber('tags');

function spansIn(spans: readonly FieldSpan[], field: number, shift = 0): TextRange[] {
  return spans.filter((span) => span.field === field).map((span) => ({ start: span.start + shift, end: span.end + shift }));
}

/** Where a metadata field sits in the text, when the text carries it as a block (the usual case). */
function blockStartFor(document: IndexableDocument, kind: Block['kind'], value: string | null): number | null {
  if (!value) return null;
  const block = document.blocks.find((candidate) => candidate.kind === kind);
  return block && document.text.slice(block.start, block.end) === value ? block.start : null;
}

export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const block = blocks[middle]!;
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The matched words as ranges of the document's text: the body's, and the title's and byline's where the text carries them. */
export function documentRanges(document: IndexableDocument, spans: readonly FieldSpan[]): TextRange[] {
  const titleAt = blockStartFor(document, 'title', document.title);
  const bylineAt = blockStartFor(document, 'byline', document.byline);
  return mergeOwnRanges([
    ...spansIn(spans, BODY),
    ...(titleAt === null ? [] : spansIn(spans, TITLE, titleAt)),
    ...(bylineAt === null ? [] : spansIn(spans, BYLINE, bylineAt)),
  ]);
}

export function documentHits(
  document: IndexableDocument,
  spans: readonly FieldSpan[],
  score: number,
  blocksPerDocument: number,
): SearchHit[] {
  const ranges = documentRanges(document, spans);
  const byBlock = new Map<number, TextRange[]>();
  for (const range of ranges) {
    const blockIndex = blockIndexAt(document.blocks, range.start);
    if (blockIndex === -1) continue;
    const inBlock = byBlock.get(blockIndex);
    if (inBlock) inBlock.push(range);
    else byBlock.set(blockIndex, [range]);
  }
  const base = { documentId: document.id, kind: 'document' as const, itemId: document.id };
  if (byBlock.size === 0) {
    // Matched only in metadata the text does not carry (a title made from the file name).
    return [{ ...base, blockIndex: null, score, snippet: makeSnippet(document.title, spansIn(spans, TITLE)), ranges: [] }];
  }
  const blocks = [...byBlock].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).slice(0, blocksPerDocument);
  return blocks.map(([blockIndex, blockRanges], rank) => {
    const block = document.blocks[blockIndex]!;
    const local = blockRanges.map((range) => ({ start: range.start - block.start, end: range.end - block.start }));
    return {
      ...base,
      blockIndex,
      // Later blocks of one document rank just below its best block.
      score: score * 0.98 ** rank,
      snippet: makeSnippet(document.text.slice(block.start, block.end), local),
      ranges: blockRanges,
    };
  });
}

/** `quote` is the passage's text in its document. */
export function passageHit(passage: IndexablePassage, quote: string, spans: readonly FieldSpan[], score: number): SearchHit {
  const quoteRanges = spansIn(spans, QUOTE);
  const noteRanges = spansIn(spans, NOTE);
  const tagRanges = spansIn(spans, TAGS);
  const snippet =
    quoteRanges.length > 0 || (noteRanges.length === 0 && tagRanges.length === 0) || passage.note === ''
      ? makeSnippet(quote, quoteRanges)
      : noteRanges.length > 0
        ? makeSnippet(passage.note, noteRanges)
        : makeSnippet(tagText(passage.tags), tagRanges);
  return {
    documentId: passage.documentId,
    kind: 'passage',
    itemId: passage.id,
    blockIndex: null,
    score,
    snippet,
    ranges: mergeOwnRanges(quoteRanges.map((range) => ({ start: range.start + passage.start, end: range.end + passage.start }))),
    tags: [...passage.tags],
  };
}

export function noteHit(note: IndexableNote, documentId: string | null, spans: readonly FieldSpan[], score: number): SearchHit {
  return {
    documentId,
    kind: 'note',
    itemId: note.id,
    blockIndex: null,
    score,
    snippet: makeSnippet(note.text, spansIn(spans, NOTE)),
    ranges: [],
  };
}
