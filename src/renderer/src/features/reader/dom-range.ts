/**
 * Maps between DOM ranges in the rendered article and offsets into the
 * document's normalized text. Relies on the reader's contract (see
 * ArticleBlocks): each block element carries `data-block` and `data-start`,
 * and its text, minus anything marked `data-decor` or `aria-hidden="true"`,
 * is exactly its slice of the document text, however it is split into
 * highlight elements. Text outside block elements is decoration.
 */
import type { TextRange } from '../../../../shared/model';
import { lowerBound } from '../../../../shared/lower-bound';

/**
 * The document offsets a selection covers, trimmed of surrounding whitespace,
 * or `{ error }` with a message to show the user when it covers no text.
 * An end outside every block (a label, an icon, the page margin) snaps inward
 * to the nearest block edge, so dragging from decoration into text works.
 */
export function rangeToOffsets(range: Range, root: HTMLElement): TextRange | { error: string } {
  const blocks = blocksIn(root);
  if (blocks.length === 0) return { error: 'There is no article text to select.' };
  const start = pointToOffset(blocks, root, range.startContainer, range.startOffset, 'forward');
  const end = pointToOffset(blocks, root, range.endContainer, range.endOffset, 'backward');
  const trimmed = trim(blocks, start, end);
  if (trimmed === null) return { error: 'The selection holds no article text: select some words to make a passage.' };
  return trimmed;
}

/** A DOM range over the text [start, end), to select or scroll to a passage; null when no block text lies in it. */
export function offsetsToRange(root: HTMLElement, start: number, end: number): Range | null {
  if (!Number.isFinite(start) || !Number.isFinite(end) || start >= end) return null;
  const blocks = blocksIn(root);
  // The separators between blocks are not in the DOM: move each end onto block text.
  const first = blocks.find((b) => b.end() > start && b.end() > b.start);
  const last = findLast(blocks, (b) => b.start < end && b.end() > b.start);
  if (first === undefined || last === undefined) return null;
  const from = Math.max(start, first.start);
  const to = Math.min(end, last.end());
  if (from >= to) return null;
  const range = root.ownerDocument.createRange();
  const startPoint = locate(first, from - first.start, 'forward');
  const endPoint = locate(last, to - last.start, 'backward');
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

/** The document offset of a DOM point inside a block (a caret placed by a click or measured on screen); null outside every block. */
export function pointToTextOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const holder = (isElement(node) ? node : node.parentElement)?.closest('[data-block]');
  if (!holder || !root.contains(holder)) return null;
  const block = blocksIn(root).find((b) => b.element === holder);
  return block === undefined ? null : block.start + textBefore(block, node, offset);
}

/** The DOM point at a document offset, for a collapsed selection or a caret; null when no block holds it. */
export function offsetToPoint(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const blocks = blocksIn(root);
  const block = blocks.find((b) => b.start <= offset && offset <= b.end());
  if (block === undefined) return null;
  return locate(block, offset - block.start, offset < block.end() ? 'forward' : 'backward');
}

/** The block ranges the DOM shows, in order: where a caret may stand. */
export function renderedBlocks(root: HTMLElement): TextRange[] {
  return blocksIn(root).map((b) => ({ start: b.start, end: b.end() }));
}

interface BlockInfo {
  element: Element;
  start: number;
  /** The block's text nodes in order, decorations left out; computed on first use. */
  texts: () => Text[];
  end: () => number;
  text: () => string;
}

type Direction = 'forward' | 'backward';

function blocksIn(root: HTMLElement): BlockInfo[] {
  const blocks: BlockInfo[] = [];
  for (const element of root.querySelectorAll('[data-block][data-start]')) {
    const start = Number(element.getAttribute('data-start'));
    if (!Number.isInteger(start) || start < 0) continue;
    const texts = once(() => textNodesOf(element));
    const text = once(() => texts().map((t) => t.data).join(''));
    blocks.push({ element, start, texts, text, end: () => start + text().length });
  }
  return blocks;
}

function textNodesOf(block: Element): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (isText(node) && !isDecoration(node, block)) texts.push(node);
  }
  return texts;
}

function isDecoration(node: Node, block: Element): boolean {
  for (let el = node.parentElement; el !== null && el !== block; el = el.parentElement) {
    if (el.hasAttribute('data-decor') || el.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * The document offset of a boundary point: counted inside its block, or,
 * outside every block, the start of the next block (forward) or the end of
 * the previous one (backward). Past the last block going forward, or before
 * the first going backward, it lands beyond the text so the range is empty.
 */
function pointToOffset(blocks: BlockInfo[], root: HTMLElement, node: Node, offset: number, direction: Direction): number {
  const holder = (isElement(node) ? node : node.parentElement)?.closest('[data-block]');
  const block = holder && root.contains(holder) ? blocks.find((b) => b.element === holder) : undefined;
  if (block !== undefined) return block.start + textBefore(block, node, offset);
  // Blocks are in document order, so "is the point before this block" flips once: binary search for it.
  const after = lowerBound(blocks, (b) => compareToBlock(b, node, offset) < 0);
  if (direction === 'forward') return blocks[after]?.start ?? Number.POSITIVE_INFINITY;
  return blocks[after - 1]?.end() ?? Number.NEGATIVE_INFINITY;
}

/** -1 when the point is before the block's contents, 1 when after, 0 inside. */
function compareToBlock(block: BlockInfo, node: Node, offset: number): number {
  const contents = block.element.ownerDocument.createRange();
  contents.selectNodeContents(block.element);
  return contents.comparePoint(node, offset);
}

/** Code units of block text before the point (node, offset) inside the block; a point in a decoration counts as where the decoration sits. */
function textBefore(block: BlockInfo, node: Node, offset: number): number {
  const point = block.element.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  let count = 0;
  for (const text of block.texts()) {
    if (text === node) return count + Math.min(offset, text.length);
    // A text node other than the point's container is wholly before or after it.
    if (point.comparePoint(text, 0) >= 0) break;
    count += text.length;
  }
  return count;
}

/** Moves start forward and end backward past whitespace and block separators; null when nothing is left. */
function trim(blocks: BlockInfo[], start: number, end: number): TextRange | null {
  let from = start;
  let to = end;
  while (from < to) {
    const i = lastIndexAtOrBefore(blocks, from);
    const block = blocks[i];
    if (block === undefined || from >= block.end()) {
      from = blocks[i + 1]?.start ?? to;
    } else if (isSpace(block.text().charAt(from - block.start))) {
      from += 1;
    } else break;
  }
  while (to > from) {
    const block = blocks[lastIndexAtOrBefore(blocks, to - 1)];
    if (block === undefined) {
      to = from;
    } else if (to > block.end()) {
      to = block.end();
    } else if (isSpace(block.text().charAt(to - 1 - block.start))) {
      to -= 1;
    } else break;
  }
  return from < to ? { start: from, end: to } : null;
}

const isSpace = (char: string) => /\s/.test(char);

/**
 * The text node and offset for a position in a block's text. At the seam
 * between two text nodes (a highlight edge), a start goes into the later
 * node and an end stays in the earlier one, so the range holds no empty
 * edges and selects exactly the text.
 */
function locate(block: BlockInfo, local: number, direction: Direction): { node: Node; offset: number } {
  let count = 0;
  for (const text of block.texts()) {
    const inside = direction === 'forward' ? local < count + text.length : local <= count + text.length && local > count;
    if (inside) return { node: text, offset: local - count };
    count += text.length;
  }
  return { node: block.element, offset: direction === 'forward' ? 0 : block.element.childNodes.length };
}

function lastIndexAtOrBefore(blocks: BlockInfo[], offset: number): number {
  return lowerBound(blocks, (b) => b.start > offset) - 1;
}


function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return items[i];
  return undefined;
}

// nodeType rather than instanceof: a node from another realm (an iframe, a test DOM) is still a node.
const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}
