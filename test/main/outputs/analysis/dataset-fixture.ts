import { AnalysisDataset, type AnalysisDocument, type AnalysisPassage, type AnalysisTag } from '../../../../src/main/outputs/analysis/analysis-dataset';

// actors ─┬─ kerry
//         └─ lavrov
// themes ── ceasefire
export const TAGS: AnalysisTag[] = [
  { id: 'actors', parentId: null, path: 'actors' },
  { id: 'kerry', parentId: 'actors', path: 'actors/Kerry' },
  { id: 'lavrov', parentId: 'actors', path: 'actors/Lavrov' },
  { id: 'themes', parentId: null, path: 'themes' },
  { id: 'ceasefire', parentId: 'themes', path: 'themes/ceasefire' },
];

/** A passage over [start, end) in block `block` (or blocks block..blockEnd), its quote `words` words long. */
export const passage = (id: string, tagIds: string[], start: number, end: number, block: number, words = 2, blockEnd = block): AnalysisPassage => ({
  id,
  tagIds,
  start,
  end,
  blockStart: block,
  blockEnd,
  quote: Array.from({ length: words }, (_, i) => `word${i}`).join(' '),
});

export const document = (id: string, details: Partial<AnalysisDocument>, passages: AnalysisPassage[]): AnalysisDocument => ({
  id,
  title: `Title ${id}`,
  outlet: 'Reuters',
  published: '2016-05-04T00:00:00.000Z',
  attributes: {},
  tagIds: [],
  passages,
  ...details,
});

/**
 * d1 (Reuters, May 2016): p1 Kerry+ceasefire [0,10) block 0; p2 Lavrov [5,15) block 0; p3 Kerry [40,50) block 2.
 * d2 (AFP, June 2016, wire): p4 Kerry [0,5) block 0; p5 ceasefire [100,110) block 3; document tag Lavrov.
 * d3 (no outlet, no date): p6 Lavrov [0,20) blocks 0–1; p7 ceasefire [30,35) block 1.
 */
export function fixture(): AnalysisDataset {
  const dataset = new AnalysisDataset();
  dataset.setTags(TAGS);
  dataset.put([
    document('d1', { attributes: { kind: 'wire' } }, [passage('p1', ['kerry', 'ceasefire'], 0, 10, 0, 3), passage('p2', ['lavrov'], 5, 15, 0, 2), passage('p3', ['kerry'], 40, 50, 2, 4)]),
    document('d2', { outlet: 'AFP', published: '2016-06-20T00:00:00.000Z', attributes: { kind: 'wire' }, tagIds: ['lavrov'] }, [passage('p4', ['kerry'], 0, 5, 0, 1), passage('p5', ['ceasefire'], 100, 110, 3, 5)]),
    document('d3', { outlet: '', published: null, attributes: { reviewed: true } }, [passage('p6', ['lavrov'], 0, 20, 0, 6, 1), passage('p7', ['ceasefire'], 30, 35, 1, 1)]),
  ]);
  return dataset;
}
