/**
 * The engine's answers as the window shows them: hits labelled with the
 * block they sit in ("paragraph 7", "headline"), grouped under their
 * document's title. Block layouts of recently found documents are kept, so
 * hits are labelled without reading bodies again.
 */
import type { Block, DocumentSummary, SearchHitView, SearchResultsView } from '../../shared/model';
import type { SearchHit, SearchResult } from './types';

/** Documents whose block layout is kept for labelling hits (a few hundred bytes each). */
const BLOCK_CACHE_SIZE = 5_000;

export class HitViews {
  private readonly blockCache = new Map<string, readonly Block[]>();

  constructor(
    private readonly sources: {
      /** The summaries of these documents still in the notebook; looked up per page of hits, as a map of the whole library would cost each query milliseconds at 100,000 documents. */
      summaries: (ids: readonly string[]) => readonly DocumentSummary[];
      body: (id: string) => Promise<{ blocks: Block[] }>;
    },
  ) {}

  /** A document's layout changed (a new version): its labels must be worked out again. */
  forget(documentId: string): void {
    this.blockCache.delete(documentId);
  }

  async view(result: SearchResult, indexing: boolean): Promise<SearchResultsView> {
    const shown = result.groups.flatMap((group) => (group.documentId === null ? [] : [group.documentId]));
    const titles = new Map(this.sources.summaries(shown).map((d) => [d.id, d.title]));
    const groups = await Promise.all(
      result.groups
        // A document deleted since it was indexed is not shown.
        .filter((group) => group.documentId === null || titles.has(group.documentId))
        .map(async (group) => {
          const blocks = group.documentId ? await this.blocksOf(group.documentId) : [];
          return {
            documentId: group.documentId,
            documentTitle: group.documentId ? titles.get(group.documentId)! : 'Notes',
            hits: group.hits.map((hit) => toHitView(hit, blocks)),
          };
        }),
    );
    return { groups, totalItems: result.totalItems, indexing };
  }

  private async blocksOf(documentId: string): Promise<readonly Block[]> {
    let blocks = this.blockCache.get(documentId);
    if (!blocks) {
      blocks = (await this.sources.body(documentId)).blocks;
      if (this.blockCache.size >= BLOCK_CACHE_SIZE) this.blockCache.delete(this.blockCache.keys().next().value!);
      this.blockCache.set(documentId, blocks);
    }
    return blocks;
  }
}

function toHitView(hit: SearchHit, blocks: readonly Block[]): SearchHitView {
  // For a passage, the block where its first matched word (or the passage) starts.
  const blockIndex = hit.blockIndex ?? (hit.ranges[0] ? blocks.findIndex((b) => b.end >= hit.ranges[0]!.start) : null);
  const block = blockIndex !== null && blockIndex >= 0 ? blocks[blockIndex] : undefined;
  return {
    kind: hit.kind,
    itemId: hit.itemId,
    blockIndex: block ? blockIndex : null,
    blockKind: block?.kind ?? null,
    blockOrdinal: block ? blocks.slice(0, blockIndex! + 1).filter((b) => b.kind === block.kind).length : null,
    snippet: hit.snippet,
    ranges: hit.ranges,
    tags: hit.tags ?? [],
  };
}
