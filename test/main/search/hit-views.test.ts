/**
 * Hits as the window shows them: grouped under their document's title and
 * labelled with their block, a document deleted since it was indexed left
 * out, and only the shown documents looked up (a map of a 100,000-document
 * library made per query cost each search about 20 ms).
 */
import { describe, expect, it } from 'vitest';
import { HitViews } from '../../../src/main/search/hit-views';
import type { SearchHit, SearchResult } from '../../../src/main/search/types';
import type { Block, DocumentSummary } from '../../../src/shared/model';

const blocks: Block[] = [
  { kind: 'title', start: 0, end: 10 },
  { kind: 'paragraph', start: 12, end: 60 },
  { kind: 'paragraph', start: 62, end: 120 },
];

const hit = (documentId: string | null, blockIndex: number | null, kind: SearchHit['kind'] = 'document'): SearchHit => ({
  documentId,
  kind,
  itemId: documentId ?? 'note-1',
  blockIndex,
  score: 1,
  snippet: { text: 'the truce', highlights: [{ start: 4, end: 9 }], truncatedStart: false, truncatedEnd: false },
  ranges: [{ start: 70, end: 75 }],
});

const result: SearchResult = {
  totalItems: 3,
  groups: [
    { documentId: 'kept', score: 2, hits: [hit('kept', 2)] },
    { documentId: 'deleted', score: 1.5, hits: [hit('deleted', 1)] },
    { documentId: null, score: 1, hits: [hit(null, null, 'note')] },
  ],
};

describe('hit views', () => {
  it('labels hits under their titles, leaves out deleted documents, and looks up only the documents shown', async () => {
    const asked: string[][] = [];
    const views = new HitViews({
      summaries: (ids) => {
        asked.push([...ids]);
        return ids.includes('kept') ? [{ id: 'kept', title: 'Talks stall' } as DocumentSummary] : [];
      },
      body: async () => ({ blocks }),
    });
    const view = await views.view(result, false);
    expect(asked).toEqual([['kept', 'deleted']]);
    expect(view.groups.map((group) => [group.documentId, group.documentTitle])).toEqual([
      ['kept', 'Talks stall'],
      [null, 'Notes'],
    ]);
    expect(view.groups[0]!.hits[0]).toMatchObject({ blockIndex: 2, blockKind: 'paragraph', blockOrdinal: 2 });
    expect(view).toMatchObject({ totalItems: 3, indexing: false });
  });
});
