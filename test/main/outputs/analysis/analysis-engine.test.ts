/**
 * The analyses over a small hand-made dataset whose every count can be
 * checked by eye (see dataset-fixture.ts), then over random datasets
 * against a brute-force count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisDataset, countWords } from '../../../../src/main/outputs/analysis/analysis-dataset';
import { cellPassages } from '../../../../src/main/outputs/analysis/cell-passages';
import { cooccurrence } from '../../../../src/main/outputs/analysis/cooccurrence';
import { frequencies } from '../../../../src/main/outputs/analysis/frequencies';
import { matrix } from '../../../../src/main/outputs/analysis/matrix';
import { document, fixture, passage, TAGS } from './dataset-fixture';

const row = (result: ReturnType<typeof frequencies>, tagId: string) => result.rows.find((r) => r.tagId === tagId)!;
const cell = (result: ReturnType<typeof cooccurrence>, a: string, b: string) => {
  const index = (id: string) => result.tags.findIndex((t) => t.tagId === id);
  return result.counts[index(a)]![index(b)];
};

describe('frequencies', () => {
  it.each([
    ['kerry', { passages: 3, documents: 2, words: 8 }, { passages: 3, documents: 2, words: 8 }],
    ['lavrov', { passages: 2, documents: 3, words: 8 }, { passages: 2, documents: 3, words: 8 }],
    // p1 carries Kerry and ceasefire: actors rolls up p1–p4 and p6 once each, not 3 + 2.
    ['actors', { passages: 0, documents: 0, words: 0 }, { passages: 5, documents: 3, words: 16 }],
    ['themes', { passages: 0, documents: 0, words: 0 }, { passages: 3, documents: 3, words: 9 }],
  ])('%s: own %o, rolled up %o', (tagId, own, rolled) => {
    expect(row(frequencies(fixture(), {}), tagId)).toMatchObject({ own, rolled });
  });

  it('narrows to the scope: documents named, a published range (undated left out), a code subtree', () => {
    expect(row(frequencies(fixture(), { documentIds: ['d2'] }), 'kerry').own).toEqual({ passages: 1, documents: 1, words: 1 });
    const june = frequencies(fixture(), { publishedFrom: '2016-06-01', publishedTo: '2016-06-30' });
    expect(june.documents).toBe(1);
    expect(row(june, 'actors').rolled).toEqual({ passages: 1, documents: 1, words: 1 });
    const themes = frequencies(fixture(), { tagId: 'themes' });
    expect(themes.rows.map((r) => r.tagId)).toEqual(['themes', 'ceasefire']);
    expect(themes.passages).toBe(3);
  });
});

describe('matrix', () => {
  it('counts passages by month, with undated documents in a "No date" column and empty months between', () => {
    const result = matrix(fixture(), { scope: {}, columns: { kind: 'month' }, rolled: false });
    expect(result.columns).toEqual([
      { key: '2016-05', label: '2016-05' },
      { key: '2016-06', label: '2016-06' },
      { key: '', label: 'No date' },
    ]);
    expect(result.rows.find((r) => r.tagId === 'kerry')).toMatchObject({ counts: [2, 1, 0], total: 3 });
    expect(result.rows.find((r) => r.tagId === 'ceasefire')).toMatchObject({ counts: [1, 1, 1], total: 3 });
  });

  it('rolls up by outlet, busiest first, the document with no outlet last', () => {
    const result = matrix(fixture(), { scope: {}, columns: { kind: 'outlet' }, rolled: true, tagIds: ['actors'] });
    expect(result.columns.map((c) => c.label)).toEqual(['Reuters', 'AFP', 'No outlet']);
    expect(result.rows).toEqual([{ key: 'actors', tagId: 'actors', path: 'actors', counts: [3, 1, 1], total: 5 }]);
  });

  it('counts by attribute value (yes/no for booleans) and by document, titled', () => {
    const byKind = matrix(fixture(), { scope: {}, columns: { kind: 'attribute', attributeId: 'kind' }, rolled: false });
    expect(byKind.columns).toEqual([{ key: 'wire', label: 'wire' }, { key: '', label: 'No value' }]);
    expect(matrix(fixture(), { scope: {}, columns: { kind: 'attribute', attributeId: 'reviewed' }, rolled: false }).columns[0]).toEqual({ key: 'yes', label: 'yes' });
    const byDocument = matrix(fixture(), { scope: {}, columns: { kind: 'document' }, rolled: false, tagIds: ['kerry'] });
    expect(byDocument.columns[0]).toEqual({ key: 'd1', label: 'Title d1' });
    expect(byDocument.rows[0]!.counts.slice(0, 2)).toEqual([2, 1]);
  });

  it('splits one code by outlet, month by month: how often each outlet has it', () => {
    const result = matrix(fixture(), { scope: {}, columns: { kind: 'month' }, rolled: true, split: { tagId: 'actors', by: { kind: 'outlet' } } });
    expect(result.columns.map((c) => c.key)).toEqual(['2016-05', '2016-06', '']);
    expect(result.rows).toEqual([
      { key: 'Reuters', tagId: 'actors', path: 'Reuters', counts: [3, 0, 0], total: 3 },
      { key: 'AFP', tagId: 'actors', path: 'AFP', counts: [0, 1, 0], total: 1 },
      { key: '', tagId: 'actors', path: 'No outlet', counts: [0, 0, 1], total: 1 },
    ]);
    const cell = cellPassages(fixture(), {}, { kind: 'matrix', columns: { kind: 'month' }, column: '2016-05', tagId: 'kerry', rolled: false, split: { by: { kind: 'outlet' }, row: 'Reuters' } });
    expect(cell.passages.map((p) => p.passageId)).toEqual(['p1', 'p3']);
  });

  it('cuts a matrix past the column limit and says how many there were', () => {
    const dataset = new AnalysisDataset();
    dataset.setTags(TAGS);
    dataset.put(Array.from({ length: 300 }, (_, i) => document(`x${i}`, {}, [passage(`q${i}`, ['kerry'], 0, 4, 0)])));
    const result = matrix(dataset, { scope: {}, columns: { kind: 'document' }, rolled: false });
    expect(result.columns).toHaveLength(240);
    expect(result.cappedColumns).toBe(300);
  });
});

describe('co-occurrence', () => {
  it.each([
    // Overlap: p1 carries both (a pair with itself); p1 × p2 intersect ([0,10) and [5,15)).
    ['overlap', [['kerry', 'ceasefire', 1], ['kerry', 'lavrov', 1], ['ceasefire', 'lavrov', 1], ['kerry', 'kerry', 3], ['lavrov', 'ceasefire', 1]]],
    // Block: d1 block 0 has Kerry, ceasefire, Lavrov; d3 block 1 has Lavrov (p6 reaches it) and ceasefire.
    ['block', [['kerry', 'ceasefire', 1], ['kerry', 'lavrov', 1], ['lavrov', 'ceasefire', 2], ['kerry', 'kerry', 3]]],
    // Document: d2's document tag Lavrov meets its Kerry passage.
    ['document', [['kerry', 'lavrov', 2], ['kerry', 'ceasefire', 2], ['lavrov', 'ceasefire', 3], ['lavrov', 'lavrov', 3]]],
  ] as const)('counts %s units', (unit, expected) => {
    const result = cooccurrence(fixture(), { scope: {}, unit, rolled: false });
    for (const [a, b, count] of expected) expect(cell(result, a, b), `${a} × ${b}`).toBe(count);
  });

  it('leaves out codes that occur in no unit, unless they were named', () => {
    expect(cooccurrence(fixture(), { scope: {}, unit: 'overlap', rolled: false }).tags.map((t) => t.tagId)).toEqual(['kerry', 'lavrov', 'ceasefire']);
    expect(cooccurrence(fixture(), { scope: {}, unit: 'overlap', rolled: false, tagIds: ['actors', 'kerry'] }).tags.map((t) => t.tagId)).toEqual(['actors', 'kerry']);
    expect(matrix(fixture(), { scope: {}, columns: { kind: 'outlet' }, rolled: false }).rows.map((r) => r.tagId)).toEqual(['kerry', 'lavrov', 'ceasefire']);
  });

  it('rolls codes up: actors × themes counts each overlapping pair once', () => {
    const result = cooccurrence(fixture(), { scope: {}, unit: 'overlap', rolled: true, tagIds: ['actors', 'themes'] });
    // p1 with itself, p1 × p2 (Lavrov with p1's ceasefire).
    expect(cell(result, 'actors', 'themes')).toBe(2);
  });
});

describe('passages of a cell', () => {
  it.each([
    [{ kind: 'code', tagId: 'actors', rolled: true }, ['p1', 'p2', 'p3', 'p4', 'p6']],
    [{ kind: 'matrix', columns: { kind: 'month' }, column: '', tagId: 'ceasefire', rolled: false }, ['p7']],
    [{ kind: 'pair', unit: 'overlap', a: 'kerry', b: 'lavrov', rolled: false }, ['p1', 'p2']],
    [{ kind: 'pair', unit: 'block', a: 'lavrov', b: 'ceasefire', rolled: false }, ['p1', 'p2', 'p6', 'p7']],
    [{ kind: 'pair', unit: 'document', a: 'kerry', b: 'lavrov', rolled: false }, ['p1', 'p2', 'p3', 'p4']],
  ] as const)('%o lists %o', (target, ids) => {
    const result = cellPassages(fixture(), {}, target);
    expect(result.passages.map((p) => p.passageId)).toEqual(ids);
    expect(result.total).toBe(ids.length);
    expect(result.passages[0]).toMatchObject({ documentTitle: expect.stringMatching(/^Title d/), quote: expect.stringMatching(/word0/) });
  });
});

describe('word counts', () => {
  it.each([
    ['our patience is not infinite', 5],
    ["Kerry's cease-fire — at last", 4],
    ['', 0],
    ['克里说', 3],
    ['UN 2254 resolution', 3],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('against a brute-force count', () => {
  const tagIds = TAGS.map((t) => t.id);
  const randomDocuments = fc.array(
    fc.array(fc.record({ tags: fc.subarray(tagIds, { minLength: 1 }), start: fc.nat(60), length: fc.integer({ min: 1, max: 30 }), block: fc.nat(3) }), { maxLength: 8 }),
    { minLength: 1, maxLength: 6 },
  );
  const build = (docs: { tags: string[]; start: number; length: number; block: number }[][]) => {
    const dataset = new AnalysisDataset();
    dataset.setTags(TAGS);
    dataset.put(docs.map((ps, d) => document(`d${d}`, {}, ps.map((p, i) => passage(`d${d}p${i}`, p.tags, p.start, p.start + p.length, p.block)))));
    return dataset;
  };
  const under = (id: string) => new Set(TAGS.filter((t) => t.id === id || t.parentId === id).map((t) => t.id));

  it('rolled-up counts are distinct passages and documents; co-occurrence is symmetric with the document count on its diagonal', () => {
    fc.assert(
      fc.property(randomDocuments, (docs) => {
        const dataset = build(docs);
        const result = frequencies(dataset, {});
        const byDocument = cooccurrence(dataset, { scope: {}, unit: 'document', rolled: true });
        for (const tag of TAGS) {
          const codes = under(tag.id);
          const flat = docs.flatMap((ps, d) => ps.map((p) => ({ d, p })));
          const passages = flat.filter(({ p }) => p.tags.some((t) => codes.has(t)));
          expect(row(result, tag.id).rolled.passages).toBe(passages.length);
          expect(row(result, tag.id).rolled.documents).toBe(new Set(passages.map(({ d }) => d)).size);
          // A code in no document is left out of the matrix.
          const listed = byDocument.tags.some((t) => t.tagId === tag.id);
          expect(listed ? cell(byDocument, tag.id, tag.id) : 0).toBe(row(result, tag.id).rolled.documents);
          expect(listed).toBe(row(result, tag.id).rolled.documents > 0);
        }
        byDocument.counts.forEach((line, i) => line.forEach((count, j) => expect(count).toBe(byDocument.counts[j]![i])));
      }),
      { numRuns: 200 },
    );
  });
});
