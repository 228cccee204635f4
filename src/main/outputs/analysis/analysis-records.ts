/**
 * Turns a document and its passages into what the analysis worker keeps.
 * Which block each passage reaches needs the document's blocks: they are read
 * once per text and kept by content hash (a few numbers per document), so a
 * change never makes main read ten thousand bodies again.
 */
import type { Block, DocumentSummary, Passage } from '../../../shared/model';
import type { AnalysisDocument, AnalysisPassage } from './analysis-dataset';

/** Where each block of a text starts, in order. */
export type BlockStarts = Int32Array;

/** The block that holds `offset`: the last one starting at or before it (0 for a text without blocks). */
export function blockAt(starts: BlockStarts, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 0 || offset < starts[0]!) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Block starts in text order, to binary-search a passage's block. */
export function blockStartsOf(blocks: readonly Block[]): BlockStarts {
  return Int32Array.from(blocks.map((block) => block.start).sort((a, b) => a - b));
}

export function analysisPassage(passage: Passage, starts: BlockStarts): AnalysisPassage {
  const { start, end } = passage.position;
  return {
    id: passage.id,
    tagIds: passage.tagIds,
    start,
    end,
    blockStart: blockAt(starts, start),
    blockEnd: blockAt(starts, Math.max(start, end - 1)),
    quote: passage.quote.exact,
  };
}

export function analysisDocument(summary: DocumentSummary, passages: readonly Passage[], starts: BlockStarts): AnalysisDocument {
  return {
    id: summary.id,
    title: summary.title,
    outlet: summary.source,
    published: summary.publishedAt,
    attributes: summary.attributes,
    tagIds: summary.tags,
    passages: passages.map((passage) => analysisPassage(passage, starts)),
  };
}

/** Block starts by content hash; a text read once is never read again while its hash is known. */
export class BlockStartCache {
  private readonly byHash = new Map<string, BlockStarts>();

  constructor(private readonly blocksOf: (documentId: string) => Promise<readonly Block[]>) {}

  async of(summary: DocumentSummary): Promise<BlockStarts> {
    const known = this.byHash.get(summary.contentHash);
    if (known) return known;
    // A damaged or missing text still counts its passages; only the block unit loses them to block 0.
    const starts = blockStartsOf(await this.blocksOf(summary.id).catch(() => []));
    this.byHash.set(summary.contentHash, starts);
    return starts;
  }

  /** Drops texts no document has any more. */
  keepOnly(hashes: ReadonlySet<string>): void {
    for (const hash of this.byHash.keys()) if (!hashes.has(hash)) this.byHash.delete(hash);
  }
}
