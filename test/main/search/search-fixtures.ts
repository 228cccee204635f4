import { decodeTextFile } from '../../../src/main/importers/decode-text';
import { parsePlainText } from '../../../src/main/importers/plain-text';
import type { IndexableDocument, IndexableItem, IndexablePassage, SearchResult, TextRange } from '../../../src/main/search/types';
import { SAMPLE_FILE, sampleBytes } from '../../support/sample';

/** The bundled sample article, parsed as the app imports it. */
export function sampleDocument(id = 'kerry'): IndexableDocument {
  const article = parsePlainText(decodeTextFile(sampleBytes(), SAMPLE_FILE), SAMPLE_FILE);
  return { id, title: article.title, byline: article.byline, text: article.text, blocks: article.blocks, contentHash: `hash-${id}` };
}

/** A document built from paragraphs, with the title as its first block, as the importer lays it out. */
export function makeDocument(id: string, title: string, paragraphs: string[]): IndexableDocument {
  const parts = [title, ...paragraphs];
  const blocks: IndexableDocument['blocks'] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    blocks.push({ kind: index === 0 ? 'title' : 'paragraph', start: offset, end: offset + part.length });
    offset += part.length + 2;
  });
  return { id, title, byline: null, text: parts.join('\n\n'), blocks, contentHash: `hash-${id}-${parts.join('|').length}` };
}

/** A passage over the first occurrence of `quote` in the document. */
export function passageOver(
  document: IndexableDocument,
  id: string,
  quote: string,
  extra: Partial<Pick<IndexablePassage, 'note' | 'tags'>> = {},
): IndexablePassage {
  const start = document.text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in ${document.id}`);
  return { id, documentId: document.id, start, end: start + quote.length, note: extra.note ?? '', tags: extra.tags ?? [] };
}

export const asDocument = (item: IndexableDocument): IndexableItem => ({ kind: 'document', item });
export const asPassage = (item: IndexablePassage): IndexableItem => ({ kind: 'passage', item });

export const allHits = (result: SearchResult) => result.groups.flatMap((group) => group.hits);

export const textsAt = (text: string, ranges: readonly TextRange[]) => ranges.map((range) => text.slice(range.start, range.end));

/** The text of each block a document hit points at. */
export const hitBlockTexts = (document: IndexableDocument, result: SearchResult) =>
  allHits(result)
    .filter((hit) => hit.kind === 'document' && hit.blockIndex !== null)
    .map((hit) => {
      const block = document.blocks[hit.blockIndex!]!;
      return document.text.slice(block.start, block.end);
    });
