/**
 * The library's sort orders are moved row by row as documents change; at
 * every step they must equal a full sort of the library as it then is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, LibraryRows } from '../../../src/main/library/library-rows';
import { LIBRARY_SORT_KEYS, type LibrarySortKey } from '../../../src/shared/library-query';
import type { DocumentSummary } from '../../../src/shared/model';

function document(id: string, fields: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: `Title ${id}`,
    source: 'Reuters',
    byline: null,
    addedAt: '2026-03-01T09:00:00.000Z',
    publishedAt: null,
    wordCount: 100,
    contentHash: id,
    tags: [],
    origin: { kind: 'clipboard', fileName: 'Pasted', importedAt: '2026-03-01T09:00:00.000Z' },
    url: null,
    language: null,
    attributes: {},
    versions: [],
    ...fields,
  };
}

/** What each order must be: the documents sorted from scratch. */
function expectedOrder(documents: Map<string, DocumentSummary>, counts: Map<string, number>, key: LibrarySortKey): string[] {
  const rows = [...documents.values()].map((d) => ({ d, title: fold(d.title), outlet: fold(d.source), passages: counts.get(d.id) ?? 0 }));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const added = (a: (typeof rows)[number], b: (typeof rows)[number]) => text(a.d.addedAt, b.d.addedAt) || text(a.d.id, b.d.id);
  const compare = {
    added,
    published: (a: (typeof rows)[number], b: (typeof rows)[number]) => text(a.d.publishedAt ?? '', b.d.publishedAt ?? '') || added(a, b),
    title: (a: (typeof rows)[number], b: (typeof rows)[number]) => text(a.title, b.title) || added(a, b),
    outlet: (a: (typeof rows)[number], b: (typeof rows)[number]) => text(a.outlet, b.outlet) || text(a.title, b.title) || added(a, b),
    passages: (a: (typeof rows)[number], b: (typeof rows)[number]) => a.passages - b.passages || added(a, b),
  }[key];
  return rows.sort(compare).map((row) => row.d.id);
}

const titles = fc.constantFrom('Kerry warns Moscow', 'kerry warns moscow', 'Émile Zola', 'Emile zola', 'Ceasefire holds', 'Aid convoys', '');
const days = fc.option(fc.constantFrom('2016-05-04T00:00:00.000Z', '2016-05-05T00:00:00.000Z', '2015-01-01T10:00:00.000Z'), { nil: null });
const added = fc.constantFrom('2026-03-01T09:00:00.000Z', '2026-03-01T09:00:01.000Z', '2026-03-02T00:00:00.000Z');
const outlets = fc.constantFrom('Reuters', 'reuters', 'AP', 'Al Jazeera', '');
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const operation = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: ids, title: titles, publishedAt: days, addedAt: added, source: outlets }),
  fc.record({ kind: fc.constant('remove' as const), id: ids }),
  fc.record({ kind: fc.constant('count' as const), id: ids, count: fc.integer({ min: 0, max: 5 }) }),
);

describe('LibraryRows', () => {
  it('keeps every sort order equal to a full sort as documents are added, changed, removed and recounted', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.subarray([...LIBRARY_SORT_KEYS]), (operations, builtEarly) => {
        const documents = new Map<string, DocumentSummary>();
        const counts = new Map<string, number>();
        const countOf = (id: string) => counts.get(id) ?? 0;
        const rows = new LibraryRows([], countOf);
        // Orders asked for before the changes are moved along with them; the others are sorted when first asked.
        for (const key of builtEarly) rows.order(key);
        for (const op of operations) {
          if (op.kind === 'put') {
            const next = document(op.id, { title: op.title, publishedAt: op.publishedAt, addedAt: op.addedAt, source: op.source });
            documents.set(op.id, next);
            rows.put([next], countOf);
          } else if (op.kind === 'remove') {
            documents.delete(op.id);
            rows.remove([op.id]);
          } else {
            counts.set(op.id, op.count);
            rows.recount([op.id], countOf);
          }
          for (const key of LIBRARY_SORT_KEYS) expect(rows.order(key).rows.map((row) => row.document.id)).toEqual(expectedOrder(documents, counts, key));
        }
        expect(rows.size).toBe(documents.size);
      }),
      { numRuns: 150 },
    );
  });

  it('says where the dated documents begin in the published order', () => {
    const rows = new LibraryRows([document('a'), document('b', { publishedAt: '2016-05-04T00:00:00.000Z' }), document('c')], () => 0);
    const { rows: ordered, datedFrom } = rows.order('published');
    expect(datedFrom).toBe(2);
    expect(ordered.slice(datedFrom).map((row) => row.document.id)).toEqual(['b']);
  });

  it.each([
    ['Kerry Warns', 'kerry warns'],
    ['Émile Zola à Genève', 'emile zola a geneve'],
    ['ＦＵＬＬ width', 'full width'],
    ['', ''],
  ])('folds %j to %j', (text, folded) => expect(fold(text)).toBe(folded));
});
