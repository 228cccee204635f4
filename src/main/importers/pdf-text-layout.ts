/**
 * Rebuilds paragraphs from the positioned text runs a PDF is made of. A PDF
 * has no paragraphs, only glyphs placed on a page; these heuristics read line
 * spacing, indentation and font size the way a reader's eye does. Pure, so it
 * can be tested without a PDF.
 */
import type { DraftBlock } from './document-builder';

/** One piece of text as the PDF places it (y grows upwards, as in PDF space). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** The PDF (or pdf.js) says a new line starts after this run. */
  endsLine: boolean;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  right: number;
  fontSize: number;
}

/** A line this much larger than body text is a heading. */
const HEADING_SIZE_RATIO = 1.15;
/** Headings are short; a long run of large type is a lead paragraph, not a heading. */
const MAX_HEADING_WORDS = 30;
/** Lines further apart than this many times the page's usual spacing belong to different paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.3;
/** Double spacing, as manuscripts use, is the widest line spacing within a paragraph. */
const MAX_LEADING_RATIO = 2.2;
/** A line ending before this fraction of the text width, after a sentence, ends its paragraph. */
const SHORT_LINE_RATIO = 0.75;
const BULLET = /^[•◦▪●‣∙]\s*/u;
const SENTENCE_END = /[.!?:;"”’»)\]]$/u;
const PAGE_NUMBER = /^(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[ivxlc]{1,6})$/i;

/** Groups a page's runs into lines, in the order the PDF draws them. */
export function runsToLines(runs: readonly TextRun[]): TextLine[] {
  const lines: TextLine[] = [];
  let current: { line: TextLine; sizes: Map<number, number> } | null = null;
  const finish = () => {
    if (current === null) return;
    const text = current.line.text.trim();
    if (text !== '') lines.push({ ...current.line, text, fontSize: dominantSize(current.sizes) });
    current = null;
  };
  for (const run of runs) {
    if (current !== null && Math.abs(run.y - current.line.y) > Math.max(run.fontSize, current.line.fontSize) / 2) finish();
    if (run.text !== '') {
      if (current === null) {
        current = { line: { text: run.text, x: run.x, y: run.y, right: run.x + run.width, fontSize: run.fontSize }, sizes: new Map() };
      } else {
        const line: TextLine = current.line;
        const gap = run.x - line.right;
        if (gap > run.fontSize * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(run.text)) line.text += ' ';
        line.text += run.text;
        line.right = Math.max(line.right, run.x + run.width);
      }
      const size = Math.round(run.fontSize * 2) / 2;
      current.sizes.set(size, (current.sizes.get(size) ?? 0) + run.text.length);
    }
    if (run.endsLine) finish();
  }
  finish();
  return lines;
}

/** The first page's largest type, when it is larger than the body: where a title without metadata is found. */
export function titleFromLayout(pages: readonly (readonly TextLine[])[]): string | null {
  const content = dropPageFurniture(pages);
  const first = content[0] ?? [];
  const bodySize = bodyFontSize(content.flat());
  const largest = Math.max(0, ...first.map((line) => line.fontSize));
  if (!isHeadingSize(largest, bodySize)) return null;
  const start = first.findIndex((line) => line.fontSize === largest);
  const titleLines: string[] = [];
  for (let index = start; index < first.length && first[index]!.fontSize === largest; index += 1) {
    titleLines.push(first[index]!.text);
  }
  const title = joinLines(titleLines);
  return title.split(' ').length <= MAX_HEADING_WORDS ? title : null;
}

/** Turns the lines of every page into headings, paragraphs and list items, rejoining words split at line ends. */
export function linesToBlocks(pages: readonly (readonly TextLine[])[]): DraftBlock[] {
  const content = dropPageFurniture(pages);
  const bodySize = bodyFontSize(content.flat());
  const blocks: DraftBlock[] = [];
  let paragraph: TextLine[] = [];
  const finish = () => {
    if (paragraph.length > 0) blocks.push(toBlock(paragraph, bodySize));
    paragraph = [];
  };
  content.forEach((lines, pageIndex) => {
    const spacing = usualLineSpacing(lines, bodySize);
    const textWidth = Math.max(0, ...lines.map((line) => line.right - line.x));
    lines.forEach((line, lineIndex) => {
      const previous = paragraph.at(-1);
      if (previous !== undefined) {
        const breaks =
          lineIndex === 0 && pageIndex > 0
            ? !continuesAcrossPages(previous, line, bodySize)
            : startsNewParagraph(previous, line, { spacing, textWidth, bodySize, first: paragraph[0]! });
        if (breaks) finish();
      }
      paragraph.push(line);
    });
  });
  finish();
  return blocks;
}

interface PageShape {
  spacing: number;
  textWidth: number;
  bodySize: number;
  first: TextLine;
}

function startsNewParagraph(previous: TextLine, line: TextLine, page: PageShape): boolean {
  if (isHeadingSize(previous.fontSize, page.bodySize) !== isHeadingSize(line.fontSize, page.bodySize)) return true;
  if (Math.abs(previous.fontSize - line.fontSize) > page.bodySize * 0.15) return true;
  const gap = previous.y - line.y;
  // A line above the previous one means a new column (or a float); either way a new block.
  if (gap <= 0 || gap > page.spacing * PARAGRAPH_GAP_RATIO) return true;
  if (BULLET.test(line.text)) return true;
  // First-line indentation: this line starts further right than the paragraph's body lines.
  const margin = page.first === previous ? previous.x : Math.min(previous.x, page.first.x);
  if (line.x > margin + line.fontSize * 0.8 && !isHeadingSize(line.fontSize, page.bodySize)) return true;
  const endsShort = previous.right - previous.x < page.textWidth * SHORT_LINE_RATIO;
  return endsShort && SENTENCE_END.test(previous.text);
}

/** A paragraph runs on to the next page when its last line stops mid-sentence and the next page picks up in lower case. */
function continuesAcrossPages(previous: TextLine, line: TextLine, bodySize: number): boolean {
  if (isHeadingSize(previous.fontSize, bodySize) || isHeadingSize(line.fontSize, bodySize)) return false;
  return !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(line.text);
}

function toBlock(lines: readonly TextLine[], bodySize: number): DraftBlock {
  const text = joinLines(lines.map((line) => line.text));
  const heading = isHeadingSize(lines[0]!.fontSize, bodySize) && text.split(' ').length <= MAX_HEADING_WORDS;
  if (heading) return { kind: 'heading', text };
  if (BULLET.test(text)) return { kind: 'list-item', text: text.replace(BULLET, '') };
  return { kind: 'paragraph', text };
}

/**
 * Joins wrapped lines. A hyphen at a line end before a lower-case letter is
 * the typesetter's ("recon-" + "struction"); before anything else it is part
 * of the word ("al-" + "Assad") and stays, without a space. A hyphen inside a
 * line is never touched.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
    } else if (text.endsWith('\u00AD')) {
      text = text.slice(0, -1) + line;
    } else if (/[\p{L}\p{N}][-\u2010]$/u.test(text)) {
      text = /^\p{Ll}/u.test(line) ? text.slice(0, -1) + line : text + line;
    } else {
      text += ` ${line}`;
    }
  }
  return text.replace(/\u00AD/g, '');
}

/**
 * Page numbers and running heads and feet (a journal's name, the article's
 * short title on every page) are not part of the text. A line counts as
 * running when it sits among the first or last lines of most pages, digits
 * aside ("Page 3" and "Page 4" are the same foot).
 */
function dropPageFurniture(pages: readonly (readonly TextLine[])[]): TextLine[][] {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeLines(lines).map(runningKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const running = (line: TextLine) =>
    pages.length >= MIN_PAGES_FOR_RUNNING_LINES && (pagesWithKey.get(runningKey(line)) ?? 0) >= pages.length * RUNNING_LINE_SHARE;
  return pages.map((lines, pageIndex) => {
    const edges = new Set(edgeLines(lines));
    return lines.filter((line, index) => {
      const atEdge = index === 0 || index === lines.length - 1;
      if (atEdge && PAGE_NUMBER.test(line.text)) return false;
      // The first page keeps its lines: a running head there is usually the title itself.
      return pageIndex === 0 || !(edges.has(line) && running(line));
    });
  });
}

/** How many lines at the top and at the bottom of a page may be running heads or feet. */
const EDGE_LINES = 2;
const MIN_PAGES_FOR_RUNNING_LINES = 3;
/** The share of pages a line must repeat on to count as running. */
const RUNNING_LINE_SHARE = 0.5;

function edgeLines(lines: readonly TextLine[]): TextLine[] {
  if (lines.length <= EDGE_LINES * 2) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

function runningKey(line: TextLine): string {
  return line.text.replace(/\d+/g, '#').toLocaleLowerCase();
}

function isHeadingSize(size: number, bodySize: number): boolean {
  return size >= bodySize * HEADING_SIZE_RATIO;
}

/** The size most characters are set in. */
function bodyFontSize(lines: readonly TextLine[]): number {
  const sizes = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + line.text.length);
  }
  return dominantSize(sizes);
}

function dominantSize(sizes: ReadonlyMap<number, number>): number {
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of sizes) {
    if (count > bestCount) [best, bestCount] = [size, count];
  }
  return best;
}

/**
 * The median distance between consecutive lines of the same size: the page's
 * line spacing. Never more than double spacing, so that on a page of a few
 * far-apart lines (a title page, a short last page) those gaps still count
 * as breaks.
 */
function usualLineSpacing(lines: readonly TextLine[], bodySize: number): number {
  return Math.min(medianLineGap(lines), bodySize * MAX_LEADING_RATIO);
}

function medianLineGap(lines: readonly TextLine[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    const gap = previous.y - line.y;
    if (gap > 0 && Math.abs(previous.fontSize - line.fontSize) < 0.5) gaps.push(gap);
  }
  if (gaps.length === 0) return (lines[0]?.fontSize ?? 12) * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}
