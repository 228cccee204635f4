/**
 * Blocks for a text that arrives whole, as a REFI-QDA source does. The text
 * itself is kept exactly (the file's positions point into it), so blocks are
 * ranges of it: paragraphs separated by blank lines, or, in a text that has
 * none (QualCoder and NVivo write one paragraph a line), by line breaks. What
 * kind each block is (headline, byline, caption…) is left to the plain-text
 * importer's rules, run over the same paragraphs.
 */
import type { Block } from '../../../shared/model';
import { parsePlainText } from '../../importers/plain-text';
import { normalizeInline } from '../../text/normalize';

interface Range {
  start: number;
  end: number;
}

/** Each non-blank line's range, trimmed. */
function lineRanges(text: string): (Range | null)[] {
  const lines: (Range | null)[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (normalizeInline(line) === '') lines.push(null);
    else {
      const leading = line.length - line.trimStart().length;
      lines.push({ start: start + leading, end: start + line.trimEnd().length });
    }
    start = end + 1;
  }
  return lines;
}

/** Paragraph ranges: runs of non-blank lines when the text has blank lines, else each line. */
function paragraphRanges(text: string): Range[] {
  const lines = lineRanges(text);
  const first = lines.findIndex((line) => line !== null);
  const last = lines.findLastIndex((line) => line !== null);
  const blankBetween = lines.slice(first, last + 1).includes(null);
  if (!blankBetween) return lines.filter((line): line is Range => line !== null);
  const paragraphs: Range[] = [];
  let current: Range | null = null;
  for (const line of lines) {
    if (line === null) {
      if (current) paragraphs.push(current);
      current = null;
    } else current = current ? { start: current.start, end: line.end } : { ...line };
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The blocks of `text`, every one a paragraph unless the plain-text rules say otherwise, and its words counted as they count them. */
export function textBlocks(text: string, fileName: string): { blocks: Block[]; wordCount: number } {
  const paragraphs = paragraphRanges(text);
  if (paragraphs.length === 0) return { blocks: [], wordCount: 0 };
  const parsed = parsePlainText(paragraphs.map((range) => text.slice(range.start, range.end)).join('\n\n'), fileName);
  // The importer sees the same paragraphs, so it finds as many blocks; should it not, every block stays a paragraph.
  const sameCount = parsed.blocks.length === paragraphs.length;
  const blocks = paragraphs.map((range, i): Block => ({ kind: sameCount ? parsed.blocks[i]!.kind : 'paragraph', start: range.start, end: range.end }));
  return { blocks, wordCount: parsed.wordCount };
}
